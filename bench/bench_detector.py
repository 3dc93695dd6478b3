"""What the trained plate detector costs a lane on one core, and each speed lever.

    python bench/bench_detector.py [--runs 60] [--frames DIR]

Frames are 1280x720: a synthetic lane sequence (a car creeping towards the
pump, its plate 170-230 px wide) and, with ``--frames DIR``, the images of a
folder letterboxed to that size (e.g. a set of bench/make_cn_scenes.py).  The
process is pinned to one CPU, OpenCV and ONNX Runtime use one thread, and
CPU time is the thread's (``time.thread_time``), so another job on the
machine does not count.  Prints one JSON object per measurement:

* the detector alone at input widths 320-1280, on the whole frame and on a
  lane's region of interest (the middle 640x400 of the frame, at half size:
  the scale the whole frame has at 640 px);
* ``read_frame`` (detector + rectification + reading, rows as the fallback)
  with the rows alone, the detector at 480 and 640 px, on the region of
  interest, and detecting every 3rd frame with the plate followed between;
* reading a lane's crops one call each against one batched call.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drivers.plates.engine import get_engine  # noqa: E402
from drivers.plates.evaluate import load_samples  # noqa: E402
from drivers.plates.images import load_image  # noqa: E402
from drivers.plates.plate_detector import PlateDetector  # noqa: E402
from drivers.plates.plate_stage import DetectorStage  # noqa: E402
from drivers.plates.reader import PlateReader  # noqa: E402
from drivers.plates.syntax import Region, normalize_plate  # noqa: E402
from drivers.plates.synthetic import lane_scene  # noqa: E402

SIZE = (1280, 720)
LANE_ROI = (320, 200, 640, 400)
PLATES = ["京A12345", "沪B67890", "粤BD12345", "苏E5678Q", "浙A88888", "鲁K7T2W3"]


def lane_sequence(n: int) -> list[tuple[np.ndarray, str]]:
    """A car per plate, ten frames each, creeping nearer (the plate grows and sinks)."""
    frames = []
    for i in range(n):
        text, step = PLATES[(i // 10) % len(PLATES)], i % 10
        frame, _ = lane_scene(
            text, plate_width=170 + 6 * step, centre=(0.5, 0.55 + 0.008 * step), seed=i
        )
        frames.append((frame, text))
    return frames


def letterboxed(folder: Path, limit: int) -> list[tuple[np.ndarray, str]]:
    out = []
    for s in load_samples(folder)[:limit]:
        image = load_image(s.path)
        h, w = image.shape[:2]
        scale = min(SIZE[0] / w, SIZE[1] / h)
        resized = cv2.resize(image, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
        canvas = np.zeros((SIZE[1], SIZE[0], 3), np.uint8)
        canvas[: resized.shape[0], : resized.shape[1]] = resized
        out.append((canvas, s.plate))
    return out


def timed(fn, items) -> tuple[list[float], list[object]]:
    fn(items[0])  # the first inference allocates
    cpu, results = [], []
    for item in items:
        start = time.thread_time()
        results.append(fn(item))
        cpu.append((time.thread_time() - start) * 1000)
    return cpu, results


def report(name: str, cpu: list[float], **extra: object) -> None:
    q = sorted(cpu)
    print(
        json.dumps(
            {
                "measure": name,
                "n": len(cpu),
                "cpu_median_ms": round(statistics.median(cpu), 2),
                "cpu_p95_ms": round(q[min(len(q) - 1, int(0.95 * len(q)))], 2),
                **extra,
            },
            ensure_ascii=False,
        ),
        flush=True,
    )


def exact(reads: list, frames: list[tuple[np.ndarray, str]]) -> float:
    def same(found, truth: str) -> bool:
        return bool(found) and found[0].text == normalize_plate(truth).text

    return round(sum(same(r, t) for r, (_, t) in zip(reads, frames, strict=True)) / len(frames), 4)


def bench(frames: list[tuple[np.ndarray, str]], label: str, engine: str | None) -> None:
    images = [f for f, _ in frames]
    for width in (320, 480, 640, 960, 1280):
        detector = PlateDetector(input_width=width)
        cpu, found = timed(detector.detect, images)
        report(f"{label}: detector alone at {width} px", cpu, found=sum(bool(f) for f in found))
    # The region at the scale the whole frame has at 640 px: a quarter of the pixels.
    roi = PlateDetector(input_width=LANE_ROI[2] // 2)
    cpu, found = timed(lambda f: roi.detect(f, LANE_ROI), images)
    report(f"{label}: detector alone, region of interest {LANE_ROI} at half size", cpu, found=sum(bool(f) for f in found))

    stages = {
        "rows alone (today)": False,
        "detector 480 + rows": DetectorStage(PlateDetector(input_width=480)),
        "detector 640 + rows": DetectorStage(PlateDetector(input_width=640)),
        "detector on region of interest at half size + rows": DetectorStage(
            PlateDetector(input_width=LANE_ROI[2] // 2), roi=LANE_ROI
        ),
        "detector every 3rd frame, followed between + rows": DetectorStage(PlateDetector(input_width=640), every=3),
    }
    for name, stage in stages.items():
        reader = PlateReader(engine, Region.CN, detector=stage)
        cpu, reads = timed(reader.read_frame, images)
        report(f"{label}: read_frame, {name}", cpu, exact=exact(reads, frames), engine=reader.engine.name)

    crops = [c.crop for f in images[:30] for c in DetectorStage(PlateDetector()).candidates(f)]
    lane = [crops[i : i + 2] for i in range(0, len(crops) - 1, 2)]  # two plates in sight
    eng = get_engine(engine, Region.CN)
    cpu, _ = timed(lambda pair: [eng.read_crops([c], Region.CN) for c in pair], lane)
    report(f"{label}: two crops, one call each", cpu, engine=eng.name)
    cpu, _ = timed(lambda pair: eng.read_crops(pair, Region.CN), lane)
    report(f"{label}: two crops, one batched call", cpu, engine=eng.name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--frames", type=Path)
    parser.add_argument("--engine")
    args = parser.parse_args()
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})
    cv2.setNumThreads(1)
    bench(lane_sequence(args.runs), "synthetic lane", args.engine)
    if args.frames:
        bench(letterboxed(args.frames, args.runs), args.frames.name, args.engine)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
