"""Nothing is left unsettled: a locked database or a full disk during settlement ends settled, once."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from sqlalchemy import func, select

from console.domain import ledger
from console.store.models import Filling, FillingStatus, LedgerEntry

from .conftest import wait_until

TRUCK = "京A12345"
HOLD_LOCK = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("ROLLBACK")
"""


def fill_until_pump_finished(world) -> str:
    world.engine.submit_plate(1, TRUCK, 0.99)
    authorised = world.events.wait("authorised", lane=1)
    world.sim.lift(0x50)
    world.events.wait("filling_progress", lane=1)
    return authorised.filling_id


def settled_once(world, filling_id: str) -> Filling:
    with world.store.read() as session:
        filling = session.get(Filling, uuid.UUID(filling_id))
        debits = session.scalar(select(func.count()).select_from(LedgerEntry).where(LedgerEntry.filling_id == filling.id))
        assert filling.status is FillingStatus.SETTLED and debits == 1
        assert ledger.funds(session, filling.card_id).reserved_fen == 0
        with world.sim.pump(0x50) as pump:
            assert filling.amount_fen == int(pump.decimals.yuan(pump.amount) * 100) > 0
        return filling


def test_a_database_locked_for_25_seconds_by_another_process_ends_settled_once(make_world):
    world = make_world()
    world.start_engine()
    filling_id = fill_until_pump_finished(world)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(world.db_path), "25"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        world.sim.hang_up(0x50)
        world.events.wait("lane_state", lane=1, state="settling", timeout=20)
        assert not world.events.of("settled", lane=1)
        world.events.wait("settled", lane=1, filling_id=filling_id, timeout=60)
    finally:
        holder.wait(60)
    settled_once(world, filling_id)
    wait_until(lambda: world.engine.lanes[1].view.state.value == "idle")
    assert len(world.events.of("settled", lane=1)) == 1


def test_a_full_disk_during_settlement_ends_settled_once_when_space_returns(make_world, small_disk: Path):
    world = make_world(db_path=small_disk / "station.sqlite3")
    world.start_engine()
    filling_id = fill_until_pump_finished(world)
    filler = small_disk / "filler"
    with open(filler, "wb") as out:  # take every free block of the disk
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    try:
        world.sim.hang_up(0x50)
        world.events.wait("lane_state", lane=1, state="settling", timeout=20)
    finally:
        os.unlink(filler)
    world.events.wait("settled", lane=1, filling_id=filling_id, timeout=60)
    settled_once(world, filling_id)


def test_a_car_arriving_while_the_database_is_locked_goes_amber_not_nowhere(make_world):
    world = make_world()
    world.start_engine()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(world.db_path), "8"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        world.engine.submit_plate(1, TRUCK, 0.99)
        world.events.wait("lane_state", lane=1, state="amber", timeout=30)
        assert any(e.code == "action_failed" for e in world.events.of("error", lane=1))
    finally:
        holder.wait(30)
    with world.sim.pump(0x50) as pump:
        assert pump.authorisations == 0
