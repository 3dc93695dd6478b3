"""`platepay run --headless`: the core without a window, one JSON object per event on stdout."""

from __future__ import annotations

import signal
import sys
import threading

from console.cli.context import AppContext
from console.cli.output import to_json
from console.lanes.events import LaneEvent

#: Events a person watching the stream cares about; lane_state and pump chatter stay out.
PRINTED = {
    "plate_read", "decision", "authorised", "filling_progress", "filling_completed", "settled",
    "cancelled", "charge_sent", "charge_delivered", "charge_failed", "error", "command_result",
    "emergency_stop", "needs_settlement",
    "gate_entry", "fee", "gate_exit", "gate_amber", "barrier_opened", "barrier_closed",
}


def _read_commands(runtime, ctx: AppContext, emit) -> None:
    """One JSON command per line on stdin (console/headless_commands.py), on a thread of its own."""
    from console.headless_commands import HeadlessCommands

    if sys.stdin is None or sys.stdin.closed:
        return
    commands = HeadlessCommands(runtime.engine, ctx.store, emit)

    def read() -> None:
        for line in sys.stdin:
            commands.handle_line(line)

    threading.Thread(target=read, name="headless-commands", daemon=True).start()


def run_headless(ctx: AppContext) -> int:
    from console.runtime import Runtime

    lock = threading.Lock()

    def emit(event: LaneEvent) -> None:
        if event.type in PRINTED:
            line = to_json(event.to_dict())
            with lock:
                print(line, flush=True)

    from console.demo_traffic import PATIENCE_HEADLESS

    # No cashier watches a headless demo: its cars on red or amber lanes leave after a few seconds.
    runtime = Runtime(ctx.config, ctx.store, demo=ctx.args.demo, seed=getattr(ctx.args, "seed", None),
                      demo_patience=PATIENCE_HEADLESS)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    runtime.subscribe(emit)  # before start: its own events (cameras, pumps, recovery) are printed too
    try:
        runtime.start()
        _read_commands(runtime, ctx, emit)
        done.wait(ctx.args.duration)
    except KeyboardInterrupt:
        pass
    finally:
        runtime.stop()
    return 0
