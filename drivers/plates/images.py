"""Load images from files defensively: a bad file is an error for that file only."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_PIXELS = 40_000_000


class BadImage(ValueError):
    """The file is missing, empty, too large or not a decodable image."""


def load_image(path: str | Path) -> np.ndarray:
    """BGR image of a file (any path, including non-ASCII ones); raises BadImage."""
    path = Path(path)
    if path.is_dir():
        raise BadImage(f"{path}: a folder, not an image (give the image files, e.g. {path}/*.jpg)")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadImage(f"{path}: cannot read ({exc.strerror})") from exc
    if size == 0:
        raise BadImage(f"{path}: empty file")
    if size > MAX_FILE_BYTES:
        raise BadImage(f"{path}: {size} bytes, more than the {MAX_FILE_BYTES} allowed for an image")
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except OSError as exc:
        raise BadImage(f"{path}: cannot read ({exc.strerror})") from exc
    # Refuse decompression bombs before decoding: a small file may claim a huge size.
    try:
        header = cv2.imdecode(data, cv2.IMREAD_REDUCED_GRAYSCALE_8)
    except cv2.error:
        header = np.zeros((1, 1), np.uint8)  # a side under 8 pixels cannot be reduced: it is tiny, not a bomb
    if header is None:
        raise BadImage(f"{path}: not an image OpenCV can decode")
    if header.shape[0] * header.shape[1] * 64 > MAX_PIXELS:
        raise BadImage(f"{path}: more than {MAX_PIXELS} pixels")
    try:
        image = cv2.imdecode(data, cv2.IMREAD_COLOR)
    except cv2.error as exc:
        raise BadImage(f"{path}: not an image OpenCV can decode ({exc.err})") from None
    if image is None:
        raise BadImage(f"{path}: not an image OpenCV can decode")
    return image
