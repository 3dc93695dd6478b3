"""The driver's phone sends the odometer with the charge confirmation: the payment platform's
answer to the charge carries it, and it becomes the filling's reading, checked like any other."""

from decimal import Decimal

import pytest

from console.charging.gateway import WebhookGateway
from console.charging.outbox import ChargeOutbox
from console.charging.sink import WebhookSink
from console.fleet import odometer
from console.store.charge_models import ChargeRequest, ChargeState
from console.timeutil import utc_now
from tests.fleet.conftest import local

PLATE = "京A12345"
SECRET = "whsec-fleet-test"


@pytest.fixture
def sink():
    sink = WebhookSink(SECRET).start()
    yield sink
    sink.stop()


def _queue_charge(fleet, filling_id):
    with fleet.store.write() as session:
        session.add(ChargeRequest(id=filling_id, filling_id=filling_id, phone="+8613900000001", amount_fen=100,
                                  payload={"idempotency_key": str(filling_id), "plate": PLATE, "station": fleet.station_id,
                                           "lane": 1},
                                  state=ChargeState.QUEUED, next_attempt_at=utc_now()))


def test_the_odometer_in_the_platforms_answer_becomes_the_fillings_reading(fleet, sink):
    fleet.truck()
    filling = fleet.fill(PLATE, local("2026-12-01 08:00"), "50.000")
    sink.reply_for = lambda payload: {"odometer": "88000.5"} if payload["plate"] == PLATE else None
    events = []
    outbox = ChargeOutbox(fleet.store, WebhookGateway(sink.url, SECRET), events.append)
    _queue_charge(fleet, filling)
    outbox.deliver_due()
    with fleet.store.read() as session:
        reading = odometer.effective(session, filling)
    assert (reading.value, reading.source, reading.operator) == (Decimal("88000.5"), "phone", "+8613900000001")
    assert [e.type for e in events] == ["charge_sent", "charge_delivered"]


def test_a_phone_reading_below_the_last_is_an_alert_and_the_charge_stands(fleet, sink):
    fleet.truck()
    fleet.fill(PLATE, local("2026-12-01 08:00"), "50.000", odometer_value="90000.0")
    filling = fleet.fill(PLATE, local("2026-12-01 12:00"), "50.000")
    sink.reply_for = lambda payload: {"odometer": "8900.0"}
    events = []
    outbox = ChargeOutbox(fleet.store, WebhookGateway(sink.url, SECRET), events.append)
    _queue_charge(fleet, filling)
    outbox.deliver_due()
    [alert] = [e for e in events if e.type == "error"]
    assert alert.code == "odometer_below_last" and alert.params["last"] == Decimal("90000.0")
    assert "charge_delivered" in [e.type for e in events]
    with fleet.store.read() as session:
        assert odometer.effective(session, filling) is None
        assert session.get(ChargeRequest, filling).state is ChargeState.DELIVERED
