"""How smooth the cashier's window stays: GUI-thread stalls and CPU, with 4 and 16 demo lanes.

    .venv/bin/python bench/bench_ui.py [--lanes 4 16] [--seconds 20] [--source demo|synthetic] [--fps 25]

Each run starts the whole demo (`Runtime`: DART pumps on a pty, relay, webhook,
demo traffic, cameras and plate recognition) with N lanes and opens the real
main window (offscreen unless DISPLAY is set).  A 5 ms QTimer on the GUI
thread records how late each tick fires: the worst lateness is the longest
time the window could not react.  CPU is the process's (all threads, the
recognition included) and the GUI thread's own (time.thread_time on that
thread), both as a share of one core.

`--source synthetic` measures the window alone: the runtime runs without its
demo cameras and plate recognition, a thread drives vehicles through the lanes
(plate, authorise, nozzle, filling, settlement), and every tile is fed by a
camera playing 1280×720 frames at `--fps` (a new array each frame, as real
cameras deliver).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from console.config import Bus, Config, Lane  # noqa: E402
from console.demo import seed  # noqa: E402
from console.runtime import Runtime  # noqa: E402
from console.store.migrate import open_and_upgrade  # noqa: E402
from drivers.cameras.simulated import SimulatedCamera  # noqa: E402
from ui.app import Console  # noqa: E402
from ui.fonts import load_fonts  # noqa: E402

TICK_MS = 5


def demo_config(lanes: int) -> Config:
    return Config(buses=(Bus(),), lanes=tuple(Lane(id=n, name=str(n), pump_address=0x4F + n) for n in range(1, lanes + 1)))


def synthetic_frames(count: int = 8) -> list[np.ndarray]:
    rng = np.random.default_rng(1)
    return [np.ascontiguousarray(rng.integers(0, 255, (720, 1280, 3), dtype=np.uint8)) for _ in range(count)]


class SyntheticTraffic:
    """Vehicles without cameras: a registered plate every second on an idle lane, the nozzle lifted once authorised."""

    PLATES = ("京A12345", "粤BD12345", "苏E5678Q", "沪B67890", "浙A88888")

    def __init__(self, runtime: Runtime) -> None:
        self._engine = runtime.engine
        self._sim = next(sim for key, sim in runtime.simulators.items() if key.startswith("pumps:"))
        self._stop = threading.Event()
        self._engine.subscribe(self._on_event)
        self._thread = threading.Thread(target=self._run, name="synthetic-traffic", daemon=True)
        self._thread.start()

    def _on_event(self, event) -> None:
        if event.type == "authorised":
            threading.Timer(0.5, self._sim.lift, (event.pump_address,)).start()
        elif event.type == "decision" and event.result != "green":
            threading.Timer(3.0, self._engine.vehicle_left, (event.lane,)).start()

    def _run(self) -> None:
        rng = random.Random(3)
        while not self._stop.wait(1.0):
            idle = [v.lane for v in self._engine.views() if v.state.value == "idle"]
            if idle:
                self._engine.submit_plate(rng.choice(idle), rng.choice(self.PLATES), 0.95)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)


def run(lanes: int, seconds: float, source: str, fps: float, warmup: float = 4.0, operator: bool = False) -> dict:
    app = QApplication.instance() or QApplication([])
    load_fonts(app)
    folder = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    store, _ = open_and_upgrade(folder / "station.sqlite3")
    with store.write() as session:
        seed(session, station_id="demo")
    config = demo_config(lanes)
    runtime = Runtime(config, store, demo=True, seed=7)
    if source == "synthetic":
        # The window alone: no recognition or demo cameras competing for the cores and the GIL.
        runtime._start_cameras = lambda: None
        runtime._start_demo_traffic = lambda: None
    runtime.start()
    traffic = SyntheticTraffic(runtime) if source == "synthetic" else None
    extra: list[SimulatedCamera] = []
    if source == "synthetic":
        console = Console(app, config, store, runtime.engine)
        frames = synthetic_frames()
        for lane in config.lanes:
            # Each lane plays the frames in its own order: a new array every frame, never mutated.
            camera = SimulatedCamera(frames[lane.id % len(frames):] + frames[:lane.id % len(frames)], name=f"syn-{lane.id}", fps=fps, repeat=1)
            console.bridge.attach_camera(lane.id, camera)
            camera.start()
            extra.append(camera)
    else:
        console = Console(app, config, store, runtime.engine, runtime=runtime)
    window = console.build_window()
    window.resize(1280, 800) if lanes <= 4 else window.resize(1600, 960)
    if operator:  # a cashier logged in: the auto-logout's activity filter sees every event
        from console.lanes.engine import OperatorRef
        from console.store.models import Role

        console.session.log_in(OperatorRef("bench", Role.CASHIER), "bench")

    lateness: list[float] = []
    clock = QElapsedTimer()
    state = {"last": None, "measuring": False}

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if state["measuring"] and state["last"] is not None:
            lateness.append(now - state["last"] - TICK_MS)
        state["last"] = now

    timer = QTimer()
    timer.setTimerType(timer.timerType().PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    marks: dict[str, float] = {}

    def start_measuring() -> None:
        marks.update(wall=time.monotonic(), cpu=time.process_time(), gui=time.thread_time(),
                     paints=sum(t.video.shown for t in window.lanes.tiles.values()), frames=console.bridge.frames_received)
        state["measuring"] = True

    def stop_measuring() -> None:
        wall = time.monotonic() - marks["wall"]
        marks.update(
            wall=wall, cpu=(time.process_time() - marks["cpu"]) / wall, gui=(time.thread_time() - marks["gui"]) / wall,
            paints=(sum(t.video.shown for t in window.lanes.tiles.values()) - marks["paints"]) / wall / lanes,
            frames=(console.bridge.frames_received - marks["frames"]) / wall / lanes,
        )
        app.quit()

    clock.start()
    timer.start()
    QTimer.singleShot(int(warmup * 1000), start_measuring)
    QTimer.singleShot(int((warmup + seconds) * 1000), stop_measuring)
    app.exec()
    timer.stop()
    if traffic is not None:
        traffic.stop()
    for camera in extra:
        camera.stop()
    console.shutdown()
    window.close()
    store.close()
    lateness.sort()
    return {
        "lanes": lanes, "source": source, "seconds": round(marks["wall"], 1),
        "max_stall_ms": round(lateness[-1] + TICK_MS, 1) if lateness else None,
        "p99_stall_ms": round(lateness[int(len(lateness) * 0.99)] + TICK_MS, 1) if lateness else None,
        "median_tick_ms": round(statistics.median(lateness) + TICK_MS, 2) if lateness else None,
        "process_cpu_cores": round(marks["cpu"], 2), "gui_thread_cpu_cores": round(marks["gui"], 2),
        "frames_in_per_lane_s": round(marks["frames"], 1), "paints_per_lane_s": round(marks["paints"], 1),
        "load": os.getloadavg()[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lanes", type=int, nargs="+", default=[4, 16])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--source", choices=("demo", "synthetic"), default="demo")
    parser.add_argument("--fps", type=float, default=25.0)
    parser.add_argument("--operator", action="store_true", help="log a cashier in for the run (auto-logout watching)")
    parser.add_argument("--switch-interval", type=float, metavar="S", help="sys.setswitchinterval for the run (Python's default is 0.005)")
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    print(f"{os.cpu_count()} cores, {os.environ['QT_QPA_PLATFORM']}, {args.seconds:g} s measured per run")
    print("| lanes | source | longest stall (ms) | p99 stall (ms) | process CPU (cores) | GUI thread CPU (cores) | frames in /lane/s | shown /lane/s | machine load (1 min) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for lanes in args.lanes:
        r = run(lanes, args.seconds, args.source, args.fps, operator=args.operator)
        print(f"| {r['lanes']} | {r['source']} | {r['max_stall_ms']} | {r['p99_stall_ms']} | {r['process_cpu_cores']} | "
              f"{r['gui_thread_cpu_cores']} | {r['frames_in_per_lane_s']} | {r['paints_per_lane_s']} | {r['load']:.1f} |", flush=True)


if __name__ == "__main__":
    main()
