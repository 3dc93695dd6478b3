"""The console killed after the exit took the fee and before the barrier rose: after the
restart the car is let out on a second read, and nothing is taken twice."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from sqlalchemy import select

from console.config import Config, Lane
from console.demo import seed
from console.lanes.engine import LaneEngine
from console.store.charge_models import ChargeRequest
from console.store.migrate import open_and_upgrade
from console.store.models import EntryKind, LedgerEntry, ParkingSession, SessionStatus
from tests.console.test_gates import Heard, backdate

LANES = (Lane(id=5, kind="gate", gate="entry"), Lane(id=6, kind="gate", gate="exit"))

# The console's own engine in a process of its own, whose exit barrier ends the process the
# moment it is told to rise: the fee is committed, the arm never moves.
_CONSOLE = textwrap.dedent("""
    import os, sys, time
    from console.config import Config, Lane
    from console.lanes.engine import LaneEngine
    from console.store.migrate import open_and_upgrade

    class KilledAtTheBarrier:
        def open(self):
            os._exit(137)

    store, _ = open_and_upgrade(sys.argv[1])
    lanes = (Lane(id=5, kind="gate", gate="entry"), Lane(id=6, kind="gate", gate="exit"))
    engine = LaneEngine(Config(lanes=lanes), store, {}, barriers={6: KilledAtTheBarrier()})
    engine.start()
    engine.submit_plate(6, "京A12345", 0.97)
    time.sleep(20)
    sys.exit("the barrier was never told to rise")
""")


def _fees(store) -> list[int]:
    with store.read() as session:
        return [e.amount_fen for e in session.scalars(select(LedgerEntry).where(LedgerEntry.kind == EntryKind.PARKING))]


def test_killed_between_the_charge_and_the_barrier_the_car_is_let_out_and_charged_once(tmp_path):
    path = tmp_path / "station.sqlite3"
    store, _ = open_and_upgrade(path)
    with store.write() as session:
        seed(session, station_id="demo")
    engine = LaneEngine(Config(lanes=LANES), store, {})
    heard = Heard()
    engine.subscribe(heard)
    engine.start()
    engine.submit_plate(5, "京A12345", 0.97)
    heard.wait("gate_entry", plate="京A12345")
    engine.shutdown()
    backdate(store, "京A12345", 3)
    store.close()

    killed = subprocess.run([sys.executable, "-c", _CONSOLE, str(path)], capture_output=True, text=True, timeout=60)
    assert killed.returncode == 137, killed.stderr

    store, _ = open_and_upgrade(path)
    try:
        taken = _fees(store)
        assert len(taken) == 1 and taken[0] < 0  # the fee went with the stay's close, in one transaction
        with store.read() as session:
            stay = session.scalar(select(ParkingSession).where(ParkingSession.plate == "京A12345"))
            assert stay.status is SessionStatus.CLOSED
            assert session.get(ChargeRequest, stay.id) is not None  # the phone is still told, once
        engine = LaneEngine(Config(lanes=LANES), store, {})
        heard = Heard()
        engine.subscribe(heard)
        engine.start()
        try:
            engine.submit_plate(6, "京A12345", 0.97)  # the car is still at the arm: read again
            gone = heard.wait("gate_exit", plate="京A12345")
            assert gone.already and gone.stay_id == str(stay.id)
            engine.wait_idle()
            assert engine.gates[6].view.barrier == "open"
            assert _fees(store) == taken
        finally:
            engine.shutdown()
    finally:
        store.close()
