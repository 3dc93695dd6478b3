"""`platepay run --headless`: the core without a window, one JSON object per event on stdout."""

from __future__ import annotations

import time

from console.cli.context import AppContext
from console.cli.output import to_json


def emit(event: dict) -> None:
    print(to_json(event), flush=True)


def run_headless(ctx: AppContext) -> int:
    config = ctx.config
    emit({"type": "started", "station": config.station.id, "lanes": [lane.id for lane in config.lanes], "db": str(ctx.db_path)})
    deadline = None if ctx.args.duration is None else time.monotonic() + ctx.args.duration
    try:
        while deadline is None or time.monotonic() < deadline:
            time.sleep(0.2 if deadline is None else max(0.0, min(0.2, deadline - time.monotonic())))
    except KeyboardInterrupt:
        pass
    emit({"type": "stopped"})
    return 0
