"""Kill the demo console at random moments, again and again, then check that no money went astray.

Used by tests/console/test_kill_soak.py (a few runs) and bench/soak_kill.py (fifty).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from console.domain import ledger
from console.store.charge_models import ChargeRequest
from console.store.migrate import open_and_upgrade
from console.store.models import Card, Filling, FillingStatus, LedgerEntry

OPEN = (FillingStatus.RESERVED, FillingStatus.AUTHORISED, FillingStatus.FILLING, FillingStatus.COMPLETED)


@dataclass
class Report:
    kills: int = 0
    settled: int = 0
    cancelled_at_zero: int = 0
    needs_settlement: int = 0
    settled_fen: int = 0
    delivered_fen: int = 0  # what the pumps' own totals say they delivered
    open_fen: int = 0  # on pumps whose filling the final run left open
    problems: list[str] = field(default_factory=list)


def console(db: Path, seed: int, duration: float | None, home: Path) -> subprocess.Popen:
    argv = [sys.executable, "-m", "console", "--db", str(db), "run", "--headless", "--demo", "--seed", str(seed)]
    if duration is not None:
        argv += ["--duration", str(duration)]
    return subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "PLATEPAY_CONFIG": "", "XDG_CONFIG_HOME": str(home)},
    )


def soak(folder: Path, runs: int, seed: int = 1, final_seconds: float = 20.0) -> Report:
    rng = random.Random(seed)
    db = folder / "station.sqlite3"
    report = Report()
    for run in range(runs):
        proc = console(db, seed * 1000 + run, None, folder)
        # Wait for the first settled filling or a random moment, whichever the dice choose.
        kill_after = rng.uniform(3.0, 14.0)
        started = time.monotonic()
        while time.monotonic() - started < kill_after:
            line = proc.stdout.readline()
            if not line:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        report.kills += 1
    final = console(db, seed * 1000 + runs, final_seconds, folder)
    final.communicate(timeout=final_seconds + 120)
    check(db, report)
    return report


def check(db: Path, report: Report) -> None:
    store, _ = open_and_upgrade(db)
    try:
        with store.read() as session:
            fillings = session.scalars(select(Filling)).all()
            for f in fillings:
                if f.status is FillingStatus.SETTLED:
                    report.settled += 1
                    report.settled_fen += f.amount_fen or 0
                elif f.status is FillingStatus.NEEDS_SETTLEMENT:
                    report.needs_settlement += 1
                elif f.status is FillingStatus.CANCELLED and f.litres:
                    report.cancelled_at_zero += 1
                    report.problems.append(f"filling {f.id} cancelled with {f.litres} L")
            debits = Counter(session.scalars(select(LedgerEntry.filling_id).where(LedgerEntry.filling_id.is_not(None))))
            for filling_id, n in debits.items():
                if n > 1:
                    report.problems.append(f"filling {filling_id} debited {n} times")
            for f in fillings:
                if f.status is FillingStatus.SETTLED and f.card_id is not None and debits.get(f.id) != 1:
                    report.problems.append(f"settled filling {f.id} has {debits.get(f.id, 0)} debits")
            charges = session.scalars(select(ChargeRequest)).all()
            by_id = {f.id: f for f in fillings}
            for c in charges:
                if c.amount_fen != by_id[c.filling_id].amount_fen:
                    report.problems.append(f"charge for {c.filling_id}: {c.amount_fen} fen, filling {by_id[c.filling_id].amount_fen}")
            for card in session.scalars(select(Card)).all():
                entries = session.scalar(select(func.coalesce(func.sum(LedgerEntry.amount_fen), 0)).where(LedgerEntry.card_id == card.id))
                if ledger.funds(session, card.id).balance_fen != entries:
                    report.problems.append(f"card {card.card_no}: balance differs from its ledger")
            open_by_pump = {f.pump_address: f for f in fillings if f.status in OPEN}
    finally:
        store.close()
    for memory in db.parent.glob(f"{db.stem}.pumps-*.json"):
        for address, pump in json.loads(memory.read_text()).items():
            report.delivered_fen += sum(amount for _volume, amount, _fillings in pump["totals"].values())
            if int(address, 16) in open_by_pump:
                report.open_fen += pump["amount"]
    if report.delivered_fen != report.settled_fen + report.open_fen:
        report.problems.append(
            f"pumps delivered {Decimal(report.delivered_fen) / 100} yuan, settled {Decimal(report.settled_fen) / 100}"
            f" + open {Decimal(report.open_fen) / 100}"
        )
