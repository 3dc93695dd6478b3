"""The charge request as the payment platform sees it: signed, keyed, and refused when forged."""

from __future__ import annotations

import json

import pytest

from console.charging.gateway import ChargeError, WebhookGateway, encode_body, sign, signature_valid
from console.charging.outbox import backoff_seconds
from console.charging.sink import WebhookSink

from .conftest import SECRET, wait_until


@pytest.fixture
def sink():
    sink = WebhookSink(SECRET).start()
    yield sink
    sink.stop()


def test_signature_covers_the_exact_body():
    body = encode_body({"amount_fen": 31_560, "plate": "京A12345"})
    assert signature_valid(body, SECRET, sign(body, SECRET))
    assert not signature_valid(body.replace(b"31560", b"1"), SECRET, sign(body, SECRET))
    assert not signature_valid(body, "other", sign(body, SECRET))


def test_a_repeat_with_the_same_key_is_accepted_and_not_charged_twice(sink):
    gateway = WebhookGateway(sink.url, SECRET)
    payload = {"filling_id": "f-1", "amount_fen": 100}
    gateway.send("f-1", payload)
    gateway.send("f-1", payload)
    assert list(sink.record.charges) == ["f-1"] and sink.record.repeats == 1


def test_a_wrong_secret_is_refused_for_good(sink):
    with pytest.raises(ChargeError) as refused:
        WebhookGateway(sink.url, "not-the-secret").send("f-2", {"amount_fen": 1})
    assert not refused.value.retry
    assert sink.record.charges == {} and sink.record.rejected == 1


def test_an_unreachable_platform_is_worth_retrying(sink):
    url = sink.url
    sink.stop()
    with pytest.raises(ChargeError) as refused:
        WebhookGateway(url, SECRET, timeout=1).send("f-3", {"amount_fen": 1})
    assert refused.value.retry


def test_back_off_doubles_up_to_five_minutes():
    import random

    rng = random.Random(1)
    delays = [backoff_seconds(n, rng) for n in range(1, 12)]
    assert 0.8 <= delays[0] <= 1.2 and 1.6 <= delays[1] <= 2.4
    assert max(delays) <= 300 * 1.2 and delays[-1] >= 300 * 0.8


def test_a_dead_relay_module_costs_the_lights_not_the_filling(make_world):
    world = make_world()
    engine = world.start_engine()
    world.relay_sim.stop()
    engine.submit_plate(1, "京A12345", 0.99)
    world.events.wait("authorised", lane=1)
    assert world.events.wait("error", code="relay").lane == 1
