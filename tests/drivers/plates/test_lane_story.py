"""The lane story end to end: a camera shows a car pulling in, one plate event comes out."""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np

from drivers.cameras import Frame, open_camera
from drivers.cameras.simulated import SimulatedCamera
from drivers.plates.reader import PlateReader
from drivers.plates.synthetic import lane_scene
from drivers.plates.tracker import PlateEvent, PlateTracker

ROOT = Path(__file__).resolve().parents[3]


def test_a_car_pulling_in_gives_exactly_one_plate_event(ppocr: PlateReader) -> None:
    empty = np.full((360, 640, 3), 90, np.uint8)
    approach = [
        lane_scene(
            "粤BD12345", size=(640, 360), plate_width=w, centre=(0.5, 0.75 - w / 1000), seed=2
        )[0]
        for w in (90, 100, 110, 120, 120, 120)
    ]
    camera = SimulatedCamera([empty, *approach], fps=50, repeat=2, loop=False)
    tracker = PlateTracker("lane3", min_reads=3)
    events: list[PlateEvent] = []
    done = threading.Event()

    def on_frame(frame: Frame) -> None:
        # Recognition on the capture thread keeps the test simple; the console
        # hands frames to a worker instead.
        events.extend(tracker.update(ppocr.read_frame(frame.image)))
        if frame.seq >= 14:
            done.set()

    camera.add_listener(on_frame)
    with camera:
        assert done.wait(30)
    assert [e.plate for e in events] == ["粤BD12345"]
    assert events[0].kind == "new_energy_small" and events[0].reads >= 3


def test_the_demo_media_are_read_by_the_default_engine(ppocr: PlateReader) -> None:
    from drivers.plates.evaluate import evaluate, load_samples

    folder = ROOT / "resources" / "demo" / "plates"
    result = evaluate(ppocr, load_samples(folder))
    assert result["n"] >= 10 and result["exact_rate"] == 1.0


def test_the_demo_clip_plays_on_a_simulated_camera() -> None:
    clip = ROOT / "resources" / "demo" / "plates" / "lanes.avi"
    camera = open_camera(f"sim:{clip}")
    with camera:
        frame = camera.wait_frame(timeout=10)
    assert frame is not None and frame.image.shape == (360, 640, 3)
    assert cv2.VideoCapture(str(clip)).get(cv2.CAP_PROP_FRAME_COUNT) > 30
