"""What fails, fails cleanly: a platform that is down, a console killed mid-filling."""

from __future__ import annotations

import multiprocessing
import os
import signal
import uuid

from sqlalchemy import func, select

from console.domain import ledger
from console.store.charge_models import ChargeRequest, ChargeState
from console.store.models import Filling, FillingStatus, LedgerEntry

from .conftest import wait_until
from .killed_console import run_until_killed

TRUCK = "京A12345"


def fuel(world, lane: int, plate: str) -> str:
    world.engine.submit_plate(lane, plate, 0.99)
    authorised = world.events.wait("authorised", lane=lane, count=len(world.events.of("authorised", lane=lane)) + 1)
    world.sim.lift(0x4F + lane)
    world.events.wait("filling_progress", lane=lane, filling_id=authorised.filling_id)
    world.sim.hang_up(0x4F + lane)
    world.events.wait("settled", lane=lane, filling_id=authorised.filling_id)
    return authorised.filling_id


def test_charges_wait_out_a_platform_outage_and_arrive_once(make_world):
    world = make_world(sink_available=False)
    world.start_engine()
    first = fuel(world, 1, TRUCK)
    second = fuel(world, 2, "粤BD12345")
    world.events.wait("charge_sent", filling_id=first, count=2)  # tried, refused, tried again
    assert world.sink.record.charges == {}
    world.sink.available = True
    world.events.wait("charge_delivered", filling_id=first, timeout=30)
    world.events.wait("charge_delivered", filling_id=second, timeout=30)
    assert sorted(world.sink.record.charges) == sorted([first, second])
    assert world.sink.record.repeats == 0


def test_queued_charges_resume_after_a_restart(make_world):
    world = make_world(sink_available=False)
    world.start_engine()
    filling_id = fuel(world, 1, TRUCK)
    world.engine.shutdown()
    world.engine = None
    with world.store.read() as session:
        assert session.get(ChargeRequest, uuid.UUID(filling_id)).state is ChargeState.QUEUED
    world.sink.available = True
    world.start_engine()
    world.events.wait("charge_delivered", filling_id=filling_id, timeout=30)
    assert list(world.sink.record.charges) == [filling_id]


def test_console_killed_mid_filling_settles_it_once_with_the_pumps_figures(make_world):
    world = make_world()
    context = multiprocessing.get_context("spawn")
    progress = context.Queue()
    console = context.Process(target=run_until_killed, args=(str(world.db_path), world.sim.port, TRUCK, progress))
    console.start()
    try:
        kind, filling_id = progress.get(timeout=60)
        assert kind == "authorised"
        world.sim.lift(0x50)
        while progress.get(timeout=30)[0] != "filling_progress":
            pass
    finally:
        os.kill(console.pid, signal.SIGKILL)
        console.join(10)
    world.sim.hang_up(0x50)  # the driver finishes while the console is down
    with world.sim.pump(0x50) as pump:
        pump_amount_fen = int(pump.decimals.yuan(pump.amount) * 100)

    world.start_engine()
    settled = world.events.wait("settled", lane=1, filling_id=filling_id, timeout=30)
    completed = world.events.wait("filling_completed", lane=1, filling_id=filling_id)
    assert completed.recovered
    assert settled.amount_fen == pump_amount_fen
    world.engine.wait_idle()
    with world.store.read() as session:
        filling = session.get(Filling, uuid.UUID(filling_id))
        assert filling.status is FillingStatus.SETTLED and filling.amount_fen == settled.amount_fen > 0
        debits = session.scalar(select(func.count()).select_from(LedgerEntry).where(LedgerEntry.filling_id == filling.id))
        assert debits == 1
        assert ledger.funds(session, filling.card_id).reserved_fen == 0

    # A second restart finds nothing open and settles nothing again.
    world.engine.shutdown()
    world.engine = None
    world.events.items.clear()
    world.start_engine()
    world.engine.wait_idle()
    assert not world.events.of("settled")
