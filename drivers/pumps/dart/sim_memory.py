"""A simulated pump's memory on disk, as a real pump's survives its controller's restart.

The demo runs its pumps inside the console process, so without this a crash
of the console would also wipe the pumps' figures, which no real forecourt
does.  The file is replaced atomically; when the process is killed the pumps
come back as after a power cut: the filling under way ends, its figures kept.
"""

from __future__ import annotations

import json
import os
import tempfile
from decimal import Decimal
from pathlib import Path

from drivers.pumps.dart.sim_pump import NozzleTotals, SimPump
from drivers.pumps.types import PumpStatus

_FIELDS = ("nozzle", "allowed", "volume", "amount", "authorisations")


def snapshot(pumps: list[SimPump]) -> dict:
    return {
        f"{p.address:02X}": {
            "status": p.status.value,
            "litres": str(p.litres),
            "prices": list(p.prices),
            "preset": list(p.preset) if p.preset else None,
            "totals": {str(n): [t.volume, t.amount, t.fillings] for n, t in p.totals.items()},
            **{name: getattr(p, name) for name in _FIELDS},
        }
        for p in pumps
    }


def save(path: Path, pumps: list[SimPump]) -> None:
    """Replace the file whole.  No fsync: a killed process loses nothing the kernel holds,
    and the demo does not simulate the PC losing power."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "w") as out:
        json.dump(snapshot(pumps), out)
    os.replace(temporary, path)


def restore(path: Path, pumps: list[SimPump]) -> bool:
    """Put back what the pumps remembered; False when there is nothing (or nothing readable)."""
    try:
        saved = json.loads(path.read_text())
    except (OSError, ValueError):
        return False
    for p in pumps:
        state = saved.get(f"{p.address:02X}")
        if not isinstance(state, dict):
            continue
        p.status = PumpStatus(state["status"])
        p.litres = Decimal(state["litres"])
        p.prices = list(state["prices"])
        p.preset = tuple(state["preset"]) if state["preset"] else None
        p.totals = {int(n): NozzleTotals(*v) for n, v in state["totals"].items()}
        for name in _FIELDS:
            setattr(p, name, tuple(state[name]) if name == "allowed" else state[name])
        p.nozzle_out = False
        p.outbox = []
    return True
