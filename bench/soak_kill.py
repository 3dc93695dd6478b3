"""Soak (not a test): the demo console SIGKILLed at random moments, N runs on one station database.

    .venv/bin/python bench/soak_kill.py [--runs 50] [--seed 1]

After the kills a last run recovers; then every filling is checked against the
pumps' own totals: what they delivered = what was settled + what is still on a
pump whose filling is open.  Also: no filling cancelled with fuel, none held for
a manual settlement, no duplicate debit, every charge equal to its filling.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.console.soak import soak  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=50)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        r = soak(Path(folder), args.runs, args.seed)
    print(f"{r.kills} kills in {time.monotonic() - started:.0f} s; {r.settled} fillings settled")
    print(f"pumps delivered ¥{Decimal(r.delivered_fen) / 100}; settled ¥{Decimal(r.settled_fen) / 100}; still on a pump ¥{Decimal(r.open_fen) / 100}")
    print(f"cancelled with fuel: {r.cancelled_at_zero}; held for manual settlement: {r.needs_settlement}")
    for problem in r.problems:
        print("PROBLEM:", problem)
    return 1 if r.problems else 0


if __name__ == "__main__":
    sys.exit(main())
