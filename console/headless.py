"""`platepay run --headless`: the core without a window, one JSON object per event on stdout."""

from __future__ import annotations

import signal
import threading

from console.cli.context import AppContext
from console.cli.output import to_json
from console.lanes.events import LaneEvent

#: Events a person watching the stream cares about; lane_state and pump chatter stay out.
PRINTED = {
    "plate_read", "decision", "authorised", "filling_progress", "filling_completed", "settled",
    "cancelled", "charge_sent", "charge_delivered", "charge_failed", "error",
}


def run_headless(ctx: AppContext) -> int:
    from console.runtime import Runtime

    lock = threading.Lock()

    def emit(event: LaneEvent) -> None:
        if event.type in PRINTED:
            line = to_json(event.to_dict())
            with lock:
                print(line, flush=True)

    runtime = Runtime(ctx.config, ctx.store, demo=ctx.args.demo)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    try:
        runtime.start()
        runtime.engine.subscribe(emit)
        done.wait(ctx.args.duration)
    except KeyboardInterrupt:
        pass
    finally:
        runtime.stop()
    return 0
