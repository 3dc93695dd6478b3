"""`platepay --selftest`: prove an installation works before a station relies on it.

Each check is independent and says what it found; the exit code is non-zero
when any check failed, with the reason on its line.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

SUBSYSTEMS = (
    "console.config", "console.store.migrate", "console.domain.ledger", "console.lanes.engine",
    "console.charging.outbox", "console.runtime", "console.sync", "drivers.pumps.dart",
    "drivers.plates.reader", "drivers.cameras.registry", "drivers.signals.relay",
)


def check_imports() -> str:
    for name in SUBSYSTEMS:
        importlib.import_module(name)
    return f"{len(SUBSYSTEMS)} subsystems import"


def check_window() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from importlib.metadata import entry_points

    found = list(entry_points(group="platepay.frontends", name="window"))
    if not found:
        raise RuntimeError("no 'window' front end registered (package metadata missing from the install?)")
    found[0].load()
    return "window front end loads"


def check_database() -> str:
    from console.store.migrate import current_revision, head_revision, open_and_upgrade

    with tempfile.TemporaryDirectory() as folder:
        store, _ = open_and_upgrade(Path(folder) / "selftest.sqlite3")
        revision = current_revision(store.engine)
        store.close()
    if revision != head_revision():
        raise RuntimeError(f"database at {revision}, expected {head_revision()}")
    return f"database created and upgraded to revision {revision}"


def check_plate() -> str:
    from console.resources import resources_dir
    from drivers.plates.images import load_image
    from drivers.plates.reader import PlateReader

    image = resources_dir() / "demo" / "plates" / "crop_京A12345.png"
    reader = PlateReader()
    started = time.perf_counter()
    read = reader.read_image(load_image(image))
    ms = (time.perf_counter() - started) * 1000
    if read is None or read.text != "京A12345":
        raise RuntimeError(f"read {read.text if read else 'nothing'} from {image.name}, expected 京A12345")
    return f"plate 京A12345 read by {read.engine} in {ms:.0f} ms"


def check_plate_detector() -> str:
    """The trained detector ships as a model file: a bundle that left it out finds no plate by it."""
    from console.resources import resources_dir
    from drivers.plates.images import load_image
    from drivers.plates.plate_detector import PlateDetector

    frame = load_image(resources_dir() / "demo" / "plates" / "frames" / "lane_1.jpg")
    found = PlateDetector().detect(frame)
    if not found:
        raise RuntimeError("the plate detector found no plate in the demo's lane 1 frame")
    return f"plate detector found {len(found)} plate(s) in a demo frame"


def check_reader_process() -> str:
    """The console reads plates in spawned worker processes; a bundle that
    cannot start one (a frozen executable without multiprocessing support)
    would show live video and never a plate."""
    from console.reader_pool import ReaderPool
    from console.resources import resources_dir
    from drivers.plates.images import load_image

    frame = load_image(resources_dir() / "demo" / "plates" / "frames" / "lane_1.jpg")  # 京A12345
    started = time.perf_counter()
    pool = ReaderPool(None, "cn", workers=1)
    try:
        reads = pool.read_frame(frame)
    finally:
        pool.shutdown()
    ms = (time.perf_counter() - started) * 1000
    if not reads or reads[0].text != "京A12345":
        raise RuntimeError(f"the worker read {[r.text for r in reads]}, expected 京A12345")
    return f"a reader process started and read a lane frame ({ms:.0f} ms with its start-up)"


def check_pump() -> str:
    from drivers.pumps.dart import DartBus, DartSimulator, LineSettings

    sim = DartSimulator.on_pty(pumps=1) if sys.platform != "win32" else DartSimulator.on_socket(pumps=1)
    sim.start()
    bus = DartBus(LineSettings(port=sim.port, response_timeout=0.1), sim.addresses)
    try:
        bus.start()
        if not bus.wait_ready(5):
            raise RuntimeError("the simulated pump did not answer")
        state = bus.state(sim.addresses[0])
    finally:
        bus.shutdown()
        sim.shutdown()
    return f"DART pump 0x{state.address:02X} answered over {'a pty' if sys.platform != 'win32' else 'a socket'}: {state.status.value if state.status else 'no status'}"


def check_reports() -> str:
    """A bundle that left out openpyxl, fpdf2 or fontTools' table modules (loaded by name), or a
    machine with no CJK font, would fail the manager's first Excel or PDF export."""
    import io

    from openpyxl import load_workbook

    from console.reports.export import render
    from console.reports.table import Column, Kind, Report

    report = Report("selftest", "Selftest", (Column("plate", "Plate"), Column("amount", "Amount", Kind.FEN)), [("京A12345", 28791)])
    pdf = render(report, "pdf")
    if b"/FontFile" not in pdf:
        raise RuntimeError("the PDF has no embedded font")
    cell = load_workbook(io.BytesIO(render(report, "xlsx")))["selftest"]["B3"].value
    if str(cell) != "287.91":
        raise RuntimeError(f"the Excel export holds {cell!r}, expected 287.91")
    return f"Excel and PDF exports made (PDF {len(pdf) // 1024} kB with its CJK font)"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("imports", check_imports),
    ("window", check_window),
    ("database", check_database),
    ("recognition", check_plate),
    ("detector", check_plate_detector),
    ("reader", check_reader_process),
    ("pump", check_pump),
    ("reports", check_reports),
)


def run() -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            print(f"ok    {name:<12} {check()}", flush=True)
        except Exception as exc:  # each check reports its own failure and the next one still runs
            failed += 1
            print(f"FAIL  {name:<12} {type(exc).__name__}: {exc}", flush=True)
    print("selftest passed" if not failed else f"selftest failed: {failed} of {len(CHECKS)} checks", flush=True)
    return 1 if failed else 0
