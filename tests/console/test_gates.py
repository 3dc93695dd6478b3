"""Gate lanes on the real engine and store: in at the entry gate, out at the exit gate, paid once."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from console.config import Config, Lane
from console.demo import seed
from console.gates.states import GateState
from console.lanes import events as ev
from console.lanes.commands import OperatorRef
from console.lanes.engine import LaneEngine, StationCommandRefused
from console.store.models import EntryKind, LedgerEntry, ParkingSession, Role, SessionStatus
from tests.console.lanes.conftest import wait_until

CASHIER = OperatorRef("cashier", Role.CASHIER)


class Heard:
    def __init__(self) -> None:
        self.events, self._lock = [], threading.Condition()

    def __call__(self, event) -> None:
        with self._lock:
            self.events.append(event)
            self._lock.notify_all()

    def wait(self, type_: str, timeout: float = 10.0, **match):
        def found():
            return [e for e in self.events if e.type == type_ and all(getattr(e, k) == v for k, v in match.items())]
        with self._lock:
            assert self._lock.wait_for(found, timeout), f"no {type_} {match} in {[e.type for e in self.events]}"
            return found()[-1]


@pytest.fixture
def car_park(store):
    with store.write() as session:
        seed(session, station_id="demo")
    config = Config(lanes=(Lane(id=5, kind="gate", gate="entry"), Lane(id=6, kind="gate", gate="exit"),
                           Lane(id=7, kind="gate", gate="toll")))
    engine = LaneEngine(config, store, {})
    heard = Heard()
    engine.subscribe(heard)
    engine.start()
    yield engine, heard
    engine.shutdown()


def fees_taken(store) -> list[int]:
    with store.read() as session:
        return [e.amount_fen for e in session.scalars(select(LedgerEntry).where(LedgerEntry.kind.in_((EntryKind.PARKING, EntryKind.TOLL))))]


def backdate(store, plate: str, hours: float) -> None:
    with store.write() as session:
        stay = session.scalar(select(ParkingSession).where(ParkingSession.plate == plate, ParkingSession.status == SessionStatus.OPEN))
        stay.entered_at = stay.entered_at - timedelta(hours=hours)


def test_a_registered_car_goes_in_and_out_and_pays_once(car_park, store):
    engine, heard = car_park
    engine.submit_plate(5, "京A12345", 0.97)
    entry = heard.wait("gate_entry", plate="京A12345")
    backdate(store, "京A12345", 3)  # three hours in the car park
    engine.submit_plate(6, "京A12345", 0.97)
    gone = heard.wait("gate_exit", plate="京A12345")
    fee = heard.wait("fee", lane=6)
    assert gone.stay_id == entry.stay_id and gone.paid_by == "card" and gone.fee_fen == fee.fee_fen > 0
    assert fees_taken(store) == [-fee.fee_fen]
    # The camera reads the plate again while the barrier is up: nothing more is taken.
    engine.wait_idle()
    engine.vehicle_left(6)
    engine.submit_plate(6, "京A12345", 0.97)
    engine.wait_idle()
    assert fees_taken(store) == [-fee.fee_fen]


def test_unknown_plates_no_stay_and_short_cards_wait_for_the_booth(car_park, store):
    engine, heard = car_park
    engine.submit_plate(5, "浙A88888", 0.99)  # registered nowhere
    assert heard.wait("gate_amber", lane=5).why == "unknown_plate"
    engine.submit_plate(6, "粤BD12345", 0.99)  # never seen entering
    assert heard.wait("gate_amber", lane=6).why == "no_stay"
    engine.gate_open(5, CASHIER, "visitor for the office", "浙A88888")
    assert heard.wait("gate_entry", plate="浙A88888").by == "cashier"
    with pytest.raises(StationCommandRefused):
        engine.gate_open(6, CASHIER, "let out", "京A99999")  # not the vehicle shown: refused
    assert engine.gates[6].view.state is GateState.AMBER


def test_a_second_entry_is_flagged_not_charged_twice(car_park, store):
    engine, heard = car_park
    engine.submit_plate(5, "京A12345", 0.97)
    heard.wait("gate_entry", plate="京A12345")
    engine.vehicle_left(5)
    engine.wait_idle()
    engine.submit_plate(5, "京A12345", 0.97)  # again, without having left
    assert heard.wait("gate_amber", lane=5).why == "second_entry"
    with store.read() as session:
        assert len(session.scalars(select(ParkingSession).where(ParkingSession.plate == "京A12345")).all()) == 1


def test_a_toll_takes_its_fixed_fee_at_one_pass(car_park, store):
    engine, heard = car_park
    engine.submit_plate(7, "粤BD12345", 0.99)
    gone = heard.wait("gate_exit", lane=7)
    assert gone.fee_fen == engine.config.tariff.vehicle_class("small").toll_fen
    assert fees_taken(store) == [-gone.fee_fen]


def test_a_yellow_plate_pays_as_a_large_vehicle_at_the_toll_and_in_the_car_park(car_park, store):
    engine, heard = car_park
    tariff = engine.config.tariff
    engine.submit_plate(7, "京A12345", 0.99, colour="yellow")
    assert heard.wait("gate_exit", lane=7).fee_fen == tariff.vehicle_class("large").toll_fen > tariff.vehicle_class("small").toll_fen
    engine.submit_plate(5, "苏E5678Q", 0.99, colour="yellow")
    heard.wait("gate_entry", plate="苏E5678Q")
    engine.wait_idle()
    engine.vehicle_left(5)
    engine.wait_idle()
    engine.submit_plate(5, "京A12345", 0.99, colour="blue")
    heard.wait("gate_entry", plate="京A12345")
    for plate in ("苏E5678Q", "京A12345"):
        backdate(store, plate, 3)
    engine.submit_plate(6, "苏E5678Q", 0.99)  # the exit camera need not see the colour: the stay knows its class
    large = heard.wait("gate_exit", plate="苏E5678Q").fee_fen
    engine.wait_idle()
    engine.vehicle_left(6)
    engine.wait_idle()
    engine.submit_plate(6, "京A12345", 0.99)
    small = heard.wait("gate_exit", plate="京A12345", lane=6).fee_fen
    assert large > small > 0
    with store.read() as session:
        classes = dict(session.execute(select(ParkingSession.plate, ParkingSession.vehicle_class).where(ParkingSession.kind == "parking")).all())
    assert classes == {"苏E5678Q": "large", "京A12345": "small"}


def test_a_card_that_cannot_pay_waits_and_the_booth_takes_cash(car_park, store):
    engine, heard = car_park
    engine.submit_plate(5, "沪B67890", 0.99)  # ¥30 on the card
    heard.wait("gate_entry", plate="沪B67890")
    backdate(store, "沪B67890", 80)  # more than three days: more than ¥30
    engine.submit_plate(6, "沪B67890", 0.99)
    assert heard.wait("gate_amber", lane=6).why == "insufficient"
    engine.gate_paid_by_hand(6, CASHIER, "paid cash", "沪B67890")
    gone = heard.wait("gate_exit", plate="沪B67890")
    assert gone.paid_by == "booth" and fees_taken(store) == []


@pytest.fixture
def gates_on_a_relay(store):
    """Entry and exit gates whose barriers and loops pymodbus's server plays, as in the demo."""
    from drivers.signals.barrier import Barrier, BarrierSettings
    from drivers.signals.relay import open_relay
    from drivers.signals.simulator import RelaySimulator, SimulatedBarrier

    from console.charging.gateway import WebhookGateway
    from console.charging.sink import WebhookSink

    with store.write() as session:
        seed(session, station_id="demo")
    lanes = (Lane(id=1, kind="gate", gate="entry"), Lane(id=2, kind="gate", gate="exit"))
    arms = {lane.id: SimulatedBarrier(open_coil=lane.open_coil, close_coil=lane.open_coil + 1, loop_input=lane.loop, travel_seconds=0.1)
            for lane in lanes}
    sim = RelaySimulator(barriers=list(arms.values())).start()
    relay = open_relay(sim.url)
    heard = Heard()
    holder: dict = {}

    def listen(event, lane_id):
        holder["engine"].gates[lane_id].barrier_event(event.kind.value)

    def fault(message, lane_id):
        holder["engine"].publish(ev.ErrorEvent(lane=lane_id, code="barrier", message=message))

    barriers = {lane.id: Barrier(relay, BarrierSettings(unit=1, open_coil=lane.open_coil, close_coil=lane.open_coil + 1, loop_input=lane.loop,
                                                         pulse_seconds=0.1, close_after_clear_seconds=0.3, travel_seconds=0.1),
                                 name=f"lane-{lane.id}", listener=lambda e, i=lane.id: listen(e, i), on_fault=lambda m, i=lane.id: fault(m, i))
                for lane in lanes}
    sink = WebhookSink("gate-secret").start()
    engine = holder["engine"] = LaneEngine(Config(lanes=lanes), store, {}, relay=relay, barriers=barriers,
                                           gateway=WebhookGateway(sink.url, "gate-secret", timeout=2))
    engine.subscribe(heard)
    engine.start()
    for barrier in barriers.values():
        barrier.start()
    yield engine, heard, arms, sim, sink
    for barrier in barriers.values():
        barrier.stop()
    engine.shutdown()
    sim.stop()
    sink.stop()


def test_the_barrier_opens_for_the_paid_car_and_never_comes_down_on_it(gates_on_a_relay, store):
    engine, heard, arms, _, _ = gates_on_a_relay
    engine.submit_plate(1, "京A12345", 0.97)
    heard.wait("barrier_opened", lane=1)
    wait_until(lambda: arms[1].arm.name == "UP")
    arms[1].vehicle_arrives()
    time.sleep(1.0)  # longer than the settle time: the car sits on the loop
    assert arms[1].arm.name == "UP" and arms[1].closed_on_vehicle == 0
    arms[1].vehicle_leaves()
    heard.wait("barrier_closed", lane=1)
    wait_until(lambda: arms[1].arm.name == "DOWN")
    assert arms[1].closed_on_vehicle == 0 and arms[1].lowered_on_vehicle == 0
    engine.wait_idle()
    assert engine.gates[1].view.state is GateState.IDLE  # the car passed: the gate is ready for the next


def test_in_and_out_through_real_barriers_the_fee_reaches_the_phone_on_duty_once(gates_on_a_relay, store):
    engine, heard, arms, _, sink = gates_on_a_relay
    engine.submit_plate(1, "京A12345", 0.97)
    entry = heard.wait("gate_entry", plate="京A12345")
    wait_until(lambda: arms[1].arm.name == "UP")
    arms[1].vehicle_arrives()
    time.sleep(0.5)  # on the loop for a few of the barrier's polls
    arms[1].vehicle_leaves()
    heard.wait("barrier_closed", lane=1)
    backdate(store, "京A12345", 2)

    engine.submit_plate(2, "京A12345", 0.97)
    gone = heard.wait("gate_exit", lane=2)
    heard.wait("barrier_opened", lane=2)
    wait_until(lambda: arms[2].arm.name == "UP")
    wait_until(lambda: entry.stay_id in sink.record.charges)
    charge = sink.record.charges[entry.stay_id]
    assert (charge["kind"], charge["amount_fen"], charge["plate"]) == ("parking", gone.fee_fen, "京A12345") and gone.fee_fen > 0
    assert charge["phone"] == gone.phone and charge["phone"]
    assert fees_taken(store) == [-gone.fee_fen]
    arms[2].vehicle_arrives()
    time.sleep(0.5)  # on the loop for a few of the barrier's polls
    arms[2].vehicle_leaves()
    heard.wait("barrier_closed", lane=2)
    assert arms[2].closed_on_vehicle == 0 and sink.record.repeats == 0


def test_a_relay_module_that_stops_answering_leaves_the_barrier_down_and_alerts(gates_on_a_relay, store):
    engine, heard, arms, sim, _ = gates_on_a_relay
    engine.submit_plate(1, "京A12345", 0.97)
    heard.wait("gate_entry", plate="京A12345")
    arms[1].vehicle_arrives()
    time.sleep(0.3)  # over the loop for a few of the barrier's polls
    arms[1].vehicle_leaves()
    heard.wait("barrier_closed", lane=1)
    sim.stop()  # the module loses power
    heard.wait("error", lane=2, code="barrier")
    backdate(store, "京A12345", 1)
    engine.submit_plate(2, "京A12345", 0.97)  # paid, but its barrier cannot move: the booth opens by hand
    amber = heard.wait("gate_amber", lane=2)
    assert (amber.plate, amber.why) == ("京A12345", "barrier_fault")
    assert arms[2].arm.name == "DOWN" and not arms[2].pulses_on(engine.config.lanes[1].open_coil)
    assert len(fees_taken(store)) == 1  # the fee was taken once, before the barrier was asked


def _stay_then_exit(engine, heard, store, plate: str, hours: float):
    engine.submit_plate(5, plate, 0.97)
    heard.wait("gate_entry", plate=plate)
    engine.vehicle_left(5)
    if hours:
        backdate(store, plate, hours)
    engine.wait_idle()
    engine.submit_plate(6, plate, 0.97)
    return heard.wait("gate_exit", plate=plate)


@pytest.mark.parametrize("plate, hours, listed, paid_by", [
    ("京A12345", 0, None, "free"),  # within the free minutes
    ("京A12345", 3, None, "card"),  # three hours of the day band, capped
    ("京A12345", 30, None, "card"),  # past one day: a second 24 hours' cap
    ("粤BD12345", 2, None, "card"),  # a green new-energy plate: its own first free hour
    ("京A12345", 5, "white", "free"),  # whitelisted: free however long
    ("京A12345", 5, "pass", "free"),  # a monthly pass valid today
])
def test_each_kind_of_stay_pays_what_the_tariff_quotes(store, plate, hours, listed, paid_by):
    from datetime import date

    from console.gates.tariff import MonthlyPass, quote
    from drivers.plates.syntax import normalize_plate

    with store.write() as session:
        seed(session, station_id="demo")
    tariff = Config().tariff
    if listed == "white":
        tariff = replace(tariff, whitelist=(plate,))
    if listed == "pass":
        today = date.today()
        tariff = replace(tariff, passes=(MonthlyPass(plate, today - timedelta(days=20), today + timedelta(days=10)),))
    config = Config(lanes=(Lane(id=5, kind="gate", gate="entry"), Lane(id=6, kind="gate", gate="exit")), tariff=tariff)
    engine = LaneEngine(config, store, {})
    heard = Heard()
    engine.subscribe(heard)
    engine.start()
    try:
        gone = _stay_then_exit(engine, heard, store, plate, hours)
    finally:
        engine.shutdown()
    assert gone.paid_by == paid_by
    with store.read() as session:
        stay = session.get(ParkingSession, __import__("uuid").UUID(gone.stay_id))
        cls = stay.vehicle_class
        expected = quote(tariff, cls, stay.entered_at, stay.exited_at, zone=config.station.zone,
                         plate=normalize_plate(plate)).fee_fen
    assert gone.fee_fen == expected and fees_taken(store) == ([-expected] if expected else [])
    if plate == "粤BD12345":
        assert cls == "new_energy_small"


def test_a_blacklisted_plate_waits_at_the_entry(store):
    with store.write() as session:
        seed(session, station_id="demo")
    config = Config(lanes=(Lane(id=5, kind="gate", gate="entry"),), tariff=replace(Config().tariff, blacklist=("京A12345",)))
    engine = LaneEngine(config, store, {})
    heard = Heard()
    engine.subscribe(heard)
    engine.start()
    try:
        engine.submit_plate(5, "京A12345", 0.97)
        assert heard.wait("gate_amber", lane=5).why == "blacklisted"
    finally:
        engine.shutdown()


def test_the_booth_corrects_a_misread_plate_and_the_gate_decides_again(car_park, store):
    engine, heard = car_park
    engine.submit_plate(5, "京A1Z345", 0.99)  # a misread: registered nowhere
    assert heard.wait("gate_amber", lane=5).why == "unknown_plate"
    engine.gate_correct_plate(5, CASHIER, "camera misread", "京A1Z345", "京A12345")
    assert heard.wait("gate_entry", lane=5).plate == "京A12345"


def test_a_toll_reads_the_same_car_again_and_takes_one_fee(car_park, store):
    engine, heard = car_park
    engine.submit_plate(7, "粤BD12345", 0.99)
    heard.wait("gate_exit", lane=7)
    engine.vehicle_left(7)
    engine.wait_idle()
    engine.submit_plate(7, "粤BD12345", 0.99)  # the camera sees it once more before it has gone
    engine.wait_idle()
    assert len(fees_taken(store)) == 1


def test_letting_a_car_out_by_hand_opens_no_stay(car_park, store):
    engine, heard = car_park
    engine.submit_plate(6, "粤BD12345", 0.99)  # never seen entering
    assert heard.wait("gate_amber", lane=6).why == "no_stay"
    engine.gate_open(6, CASHIER, "entered before the camera was fitted", "粤BD12345")
    engine.wait_idle()
    with store.read() as session:
        assert session.scalars(select(ParkingSession).where(ParkingSession.plate == "粤BD12345")).all() == []
