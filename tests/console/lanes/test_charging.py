"""The charge request as the payment platform sees it: signed, keyed, and refused when forged."""

from __future__ import annotations

import json

import pytest

import time
import urllib.error
import urllib.request

from console.charging.gateway import (
    IDEMPOTENCY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, ChargeError, WebhookGateway, encode_body, sign, verify,
)
from console.charging.outbox import backoff_seconds
from console.charging.sink import WebhookSink

from .conftest import SECRET, wait_until


@pytest.fixture
def sink():
    sink = WebhookSink(SECRET).start()
    yield sink
    sink.stop()


def charge(key: str, amount_fen: int = 30_000) -> dict:
    return {"idempotency_key": key, "filling_id": key, "amount_fen": amount_fen, "plate": "京A12345"}


def post(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=5) as reply:
            return reply.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_the_signature_covers_timestamp_key_and_exact_body():
    body, now = encode_body(charge("f-1")), int(time.time())
    signature = sign(body, SECRET, "f-1", now)
    assert verify(body, SECRET, key="f-1", timestamp=str(now), signature=signature, now=now) is None
    assert verify(body.replace(b"30000", b"3"), SECRET, key="f-1", timestamp=str(now), signature=signature, now=now)
    assert verify(body, SECRET, key="f-2", timestamp=str(now), signature=signature, now=now)
    assert verify(body, SECRET, key="f-1", timestamp=str(now + 1), signature=signature, now=now)
    assert verify(body, "other", key="f-1", timestamp=str(now), signature=signature, now=now)


def test_a_repeat_with_the_same_key_is_accepted_and_not_charged_twice(sink):
    gateway = WebhookGateway(sink.url, SECRET)
    gateway.send("f-1", charge("f-1"))
    gateway.send("f-1", charge("f-1"))
    assert list(sink.record.charges) == ["f-1"] and sink.record.repeats == 1


def test_a_captured_request_replayed_under_new_keys_charges_nothing_more(sink):
    body, now = encode_body(charge("f-1")), int(time.time())
    headers = {IDEMPOTENCY_HEADER: "f-1", TIMESTAMP_HEADER: str(now), SIGNATURE_HEADER: sign(body, SECRET, "f-1", now)}
    assert post(sink.url, body, headers) == 201
    for new_key in ("replay-1", "replay-2"):  # the attack of the field report: 3 charges for one filling
        assert post(sink.url, body, {**headers, IDEMPOTENCY_HEADER: new_key}) == 401
    assert post(sink.url, body, headers) == 200  # the genuine retry: a repeat, not a charge
    assert list(sink.record.charges) == ["f-1"]
    assert sum(c["amount_fen"] for c in sink.record.charges.values()) == 30_000
    assert sink.record.reasons == ["signature does not match"] * 2


def test_a_stale_request_and_a_key_that_is_not_the_bodys_are_refused(sink):
    old = WebhookGateway(sink.url, SECRET, clock=lambda: time.time() - 3600)
    with pytest.raises(ChargeError):
        old.send("f-9", charge("f-9"))
    with pytest.raises(ChargeError):
        WebhookGateway(sink.url, SECRET).send("f-10", charge("f-11"))
    assert sink.record.charges == {}
    stale, mismatch = sink.record.reasons
    assert stale.startswith("timestamp") and stale.endswith("outside the 300 s window")
    assert mismatch == "idempotency key differs from the body's"


def test_a_wrong_secret_is_refused_for_good(sink):
    with pytest.raises(ChargeError) as refused:
        WebhookGateway(sink.url, "not-the-secret").send("f-2", charge("f-2"))
    assert not refused.value.retry
    assert sink.record.charges == {} and sink.record.rejected == 1


def test_an_unreachable_platform_is_worth_retrying(sink):
    url = sink.url
    sink.stop()
    with pytest.raises(ChargeError) as refused:
        WebhookGateway(url, SECRET, timeout=1).send("f-3", charge("f-3"))
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


def test_the_worked_example_of_docs_charging():
    key = "6f1c2a9e-3b7d-4e51-9a0c-2d8f5e7b1c44"
    body = encode_body({"idempotency_key": key, "filling_id": key, "amount_fen": 30000, "amount": "300.00",
                        "plate": "京A12345", "phone": "+8613900000001"})
    assert sign(body, "whsec-station-north-7", key, 1764633600) == "v1=de1ddd5052eca4c60a255f3bc27d1bbf6dc8062fc5f1bb100dd5c68643ea4447"
