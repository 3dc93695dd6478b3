"""Render the demo's plate media: synthetic plates and lane scenes, no photographs.

    python resources/demo/make_demo_media.py [OUT_DIR]

Writes, for each demo plate, a camera crop (``crop_<plate>.png``), a 1280x720
lane frame (``lane_<plate>.jpg``) and a short MJPG clip of cars pulling in
(``lanes.avi``), plus ``labels.csv`` so ``platepay plates eval`` can check
that the engines read them.  A simulated camera plays them:
``open_camera("sim:resources/demo/plates/lanes.avi")`` or
``open_camera("sim:resources/demo/plates/frames")``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from drivers.plates.synthetic import crop_like_camera, lane_scene, render_plate  # noqa: E402

PLATES = ["京A12345", "沪B67890", "粤BD12345", "苏E5678Q", "浙A88888", "川A1234F"]
CLIP_SIZE = (640, 360)
CLIP_FPS = 10


def _write(path: Path, image: np.ndarray, params: list[int] | None = None) -> None:
    ok, data = cv2.imencode(path.suffix, image, params or [])
    if not ok:
        raise OSError(f"cannot encode {path}")
    data.tofile(str(path))  # non-ASCII file names


def main(out: Path) -> None:
    frames_dir = out / "frames"
    frames_dir.mkdir(parents=True, exist_ok=True)
    rows = ["file,plate,x,y,w,h"]
    for i, text in enumerate(PLATES):
        crop = crop_like_camera(render_plate(text, 0.5), 32, noise=3.0, seed=i)
        _write(out / f"crop_{text}.png", crop)
        rows.append(f"crop_{text}.png,{text},,,,")
        frame, box = lane_scene(text, plate_width=190, angle=(-2.0, 0.0, 3.0)[i % 3], seed=i)
        name = f"lane_{i + 1}.jpg"
        _write(frames_dir / name, frame, [cv2.IMWRITE_JPEG_QUALITY, 80])
        rows.append(f"frames/{name},{text},{box[0]},{box[1]},{box[2]},{box[3]}")
    (out / "labels.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    _clip(out / "lanes.avi")


def _clip(path: Path) -> None:
    """Each car drives up (the plate grows and rises), waits, and leaves."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), CLIP_FPS, CLIP_SIZE)
    if not writer.isOpened():
        raise OSError(f"cannot write {path}")
    for i, text in enumerate(PLATES[:3]):
        for step in range(12):
            t = min(1.0, step / 6)
            frame, _ = lane_scene(
                text,
                size=CLIP_SIZE,
                plate_width=int(70 + 40 * t),
                centre=(0.5, 0.8 - 0.15 * t),
                seed=i,
            )
            writer.write(frame)
        writer.write(np.full((CLIP_SIZE[1], CLIP_SIZE[0], 3), 90, np.uint8))
    writer.release()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "plates")
