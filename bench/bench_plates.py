"""Time plate detection + reading of 1280x720 frames, and reading of crops, on one core.

    python bench/bench_plates.py [--engine NAME] [--runs 30] [--frames DIR] [--crops DIR]

Without folders it uses synthetic frames and crops (drivers.plates.synthetic).
With ``--frames DIR`` each image is scaled to fit 1280x720 (letterboxed)
first, so every timed frame has the production size.  The process is pinned
to one CPU and OpenCV and ONNX Runtime use one thread each: the figure is what
one lane costs one core.  Prints one JSON object: wall and CPU medians and p95.
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

from drivers.plates.detect import find_plates  # noqa: E402
from drivers.plates.images import BadImage, load_image  # noqa: E402
from drivers.plates.reader import PlateReader  # noqa: E402
from drivers.plates.synthetic import crop_like_camera, lane_scene, render_plate  # noqa: E402

SIZE = (1280, 720)
SYNTHETIC = ["京A12345", "沪B67890", "粤BD12345", "苏E5678Q", "浙A88888", "鲁K7T2W3"]


def _fit(image: np.ndarray) -> np.ndarray:
    h, w = image.shape[:2]
    scale = min(SIZE[0] / w, SIZE[1] / h)
    resized = cv2.resize(image, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
    canvas = np.zeros((SIZE[1], SIZE[0], 3), np.uint8)
    canvas[: resized.shape[0], : resized.shape[1]] = resized
    return canvas


def _images(folder: str | None, limit: int) -> list[np.ndarray]:
    out = []
    for p in sorted(Path(folder).iterdir())[:limit] if folder else []:
        try:
            out.append(load_image(p))
        except BadImage:
            continue
    return out


def _stats(wall: list[float], cpu: list[float]) -> dict[str, float]:
    q = sorted(wall)
    return {
        "median_ms": round(statistics.median(wall), 2),
        "p95_ms": round(q[min(len(q) - 1, int(0.95 * len(q)))], 2),
        "cpu_median_ms": round(statistics.median(cpu), 2),
        "n": len(wall),
    }


def _time(fn, items, runs: int) -> dict[str, float]:
    wall, cpu = [], []
    fn(items[0])  # warm-up: first inference allocates
    for i in range(runs):
        item = items[i % len(items)]
        w0, c0 = time.perf_counter(), time.thread_time()
        fn(item)
        cpu.append((time.thread_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    return _stats(wall, cpu)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--engine", default=None, help="an engine name; default: the region's default")
    parser.add_argument("--region", default="cn")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--frames", help="folder of scene images (scaled to 1280x720)")
    parser.add_argument("--crops", help="folder of plate crops")
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    cv2.setNumThreads(1)
    os.environ["PLATEPAY_OCR_THREADS"] = "1"
    reader = PlateReader(args.engine, args.region)

    frames = [_fit(f) for f in _images(args.frames, args.runs)] or [
        lane_scene(t, size=SIZE, seed=i)[0] for i, t in enumerate(SYNTHETIC)
    ]
    crops = _images(args.crops, args.runs) or [
        crop_like_camera(render_plate(t, 0.5), 24, seed=i) for i, t in enumerate(SYNTHETIC)
    ]
    result = {
        "engine": reader.engine.name,
        "region": args.region,
        "frame_1280x720": _time(reader.read_frame, frames, args.runs),
        "detect_only": _time(
            lambda f: find_plates(f, reader.max_candidates, small_plates=True), frames, args.runs
        ),
        "crop": _time(lambda c: reader.read_crops([c]), crops, args.runs),
        "frames_from": args.frames or "synthetic",
        "crops_from": args.crops or "synthetic",
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
