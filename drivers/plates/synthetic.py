"""Synthetic Chinese plates and lane scenes, for tests, demos and the simulated camera.

The layout follows GA 36 (440 x 140 mm, characters 45 x 90 mm on a 57 mm
pitch, a separator dot after the authority letter; new-energy plates 480 mm
with eight characters).  Glyphs come from a CJK font (``fonts``), stretched
to the plate's tall character cell, so they differ from the real plate
typeface: a read of these is a fair test, not a copy of the real thing.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from drivers.plates.fonts import load_font
from drivers.plates.syntax import PlateKind, normalize_plate


@dataclass(frozen=True, slots=True)
class Colours:
    background: tuple[int, int, int]  # BGR
    ink: tuple[int, int, int]
    fade_to: tuple[int, int, int] | None = None  # new-energy plates fade downwards


BLUE = Colours((166, 57, 0), (255, 255, 255))
YELLOW = Colours((0, 190, 250), (20, 20, 20))
GREEN = Colours((160, 240, 200), (20, 20, 20), fade_to=(80, 200, 60))
WHITE = Colours((245, 245, 245), (20, 20, 20))


def colours_for(kind: PlateKind) -> Colours:
    if kind in (PlateKind.NEW_ENERGY_SMALL, PlateKind.NEW_ENERGY_LARGE):
        return GREEN
    if kind in (PlateKind.POLICE, PlateKind.ARMED_POLICE):
        return WHITE
    if kind in (PlateKind.LEARNER, PlateKind.TRAILER):
        return YELLOW
    return BLUE


def _glyph(ch: str, cell: tuple[int, int], scale: float) -> np.ndarray:
    """Ink mask (0-255) of one character stretched into a w x h cell."""
    from PIL import Image, ImageDraw

    font = load_font(int(100 * scale) or 1)
    canvas = Image.new("L", (int(140 * scale) + 4, int(140 * scale) + 4), 0)
    ImageDraw.Draw(canvas).text((2, 0), ch, fill=255, font=font)
    ink = np.asarray(canvas)
    ys, xs = np.nonzero(ink > 40)
    if len(xs) == 0:
        return np.zeros((cell[1], cell[0]), np.uint8)
    ink = ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    w, h = cell
    if ink.shape[1] < ink.shape[0] * 0.35:  # narrow glyphs (1, J) keep their width
        w = max(2, int(h * ink.shape[1] / ink.shape[0] * 1.2))
    out = np.zeros((cell[1], cell[0]), np.uint8)
    glyph = cv2.resize(ink, (w, h), interpolation=cv2.INTER_AREA)
    x = (cell[0] - w) // 2
    out[:, x : x + w] = glyph
    return out


def render_plate(text: str, scale: float = 1.0, colours: Colours | None = None) -> np.ndarray:
    """BGR image of a plate, ``scale`` pixels per millimetre (1.0 -> 440 x 140)."""
    plate = normalize_plate(text)
    colours = colours or colours_for(plate.kind)
    chars = plate.text
    eight = len(chars) == 8
    width_mm = 480 if eight else 440
    W, H = int(width_mm * scale), int(140 * scale)
    image = np.empty((H, W, 3), np.uint8)
    image[:] = colours.background
    if colours.fade_to is not None:
        t = np.linspace(0, 1, H)[:, None, None]
        image[:] = (np.array(colours.background) * (1 - t) + np.array(colours.fade_to) * t).astype(
            np.uint8
        )
    # Frame line a few millimetres inside the edge, as on a pressed plate.
    m = max(1, int(5 * scale))
    cv2.rectangle(image, (m, m), (W - m - 1, H - m - 1), colours.ink, max(1, int(2 * scale)))
    # Character width, pitch and the wider gap (with the dot) after the letter, in mm.
    char_w, pitch, gap = (43, 52, 49) if eight else (45, 57, 34)
    cell = (int(char_w * scale), int(90 * scale))
    top = int(25 * scale)
    x = 15.5 if not eight else 17.0
    for i, ch in enumerate(chars):
        if i == 2:
            letter_end = x - (pitch - char_w)
            dot = (int((letter_end + gap / 2) * scale), int(70 * scale))
            cv2.circle(image, dot, max(1, int(5 * scale)), colours.ink, -1)
            x = letter_end + gap
        mask = _glyph(ch, cell, scale).astype(np.float32)[..., None] / 255
        ink = (252, 20, 20) if ch in "警" else colours.ink
        x0 = int(x * scale)
        region = image[top : top + cell[1], x0 : x0 + cell[0]].astype(np.float32)
        w = region.shape[1]
        blended = (
            region * (1 - mask[:, :w]) + np.array(ink[::-1] if ch in "警" else ink) * mask[:, :w]
        )
        image[top : top + cell[1], x0 : x0 + w] = blended.astype(np.uint8)
        x += pitch
    return image


def render_double_row_plate(text: str, scale: float = 1.0) -> np.ndarray:
    """BGR image of a yellow two-row plate (large vehicles' rear, 440 x 220 mm):
    province and letter 80 x 60 mm on the upper row, the five others 65 x 110
    mm below."""
    plate = normalize_plate(text)
    if len(plate.text) != 7:
        raise ValueError(f"a two-row plate holds 7 characters, not {plate.text!r}")
    colours = YELLOW
    W, H = int(440 * scale), int(220 * scale)
    image = np.empty((H, W, 3), np.uint8)
    image[:] = colours.background
    m = max(1, int(5 * scale))
    cv2.rectangle(image, (m, m), (W - m - 1, H - m - 1), colours.ink, max(1, int(2 * scale)))
    cv2.circle(image, (int(220 * scale), int(45 * scale)), max(1, int(5 * scale)), colours.ink, -1)
    upper = [(plate.text[0], 110.0), (plate.text[1], 250.0)]
    lower = [(ch, 27.5 + 80.0 * i) for i, ch in enumerate(plate.text[2:])]
    for chars, (cw, ch_h), top in ((upper, (80, 60), 15), (lower, (65, 110), 95)):
        cell = (int(cw * scale), int(ch_h * scale))
        for ch, x in chars:
            mask = _glyph(ch, cell, scale).astype(np.float32)[..., None] / 255
            x0, y0 = int(x * scale), int(top * scale)
            region = image[y0 : y0 + cell[1], x0 : x0 + cell[0]].astype(np.float32)
            blended = region * (1 - mask[: region.shape[0], : region.shape[1]]) + np.array(
                colours.ink
            ) * mask[: region.shape[0], : region.shape[1]]
            image[y0 : y0 + cell[1], x0 : x0 + region.shape[1]] = blended.astype(np.uint8)
    return image


def crop_like_camera(
    plate: np.ndarray, height: int = 24, noise: float = 4.0, seed: int = 0
) -> np.ndarray:
    """A plate shrunk to a camera crop's size, slightly blurred and noisy."""
    rng = np.random.default_rng(seed)
    w = int(plate.shape[1] * height / plate.shape[0])
    small = cv2.resize(
        cv2.GaussianBlur(plate, (5, 5), 1.2), (w, height), interpolation=cv2.INTER_AREA
    )
    noisy = small.astype(np.float32) + rng.normal(0, noise, small.shape)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def lane_scene(
    text: str,
    size: tuple[int, int] = (1280, 720),
    plate_width: int = 180,
    centre: tuple[float, float] = (0.5, 0.62),
    angle: float = 0.0,
    seed: int = 0,
    double_row: bool = False,
) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A frame with a car-coloured body, a bumper and the plate; returns it and the plate box."""
    rng = np.random.default_rng(seed)
    W, H = size
    frame = np.empty((H, W, 3), np.uint8)
    ramp = np.linspace(70, 150, H, dtype=np.float32)[:, None, None]
    frame[:] = np.clip(ramp + rng.normal(0, 6, (H, W, 1)), 0, 255).astype(np.uint8)
    body = tuple(int(v) for v in rng.integers(30, 220, 3))
    cx, cy = int(centre[0] * W), int(centre[1] * H)
    cv2.rectangle(
        frame,
        (cx - plate_width * 2, cy - plate_width),
        (cx + plate_width * 2, cy + plate_width // 2),
        body,
        -1,
    )
    cv2.rectangle(
        frame,
        (cx - plate_width * 2, cy + plate_width // 3),
        (cx + plate_width * 2, cy + plate_width // 2),
        (30, 30, 30),
        -1,
    )
    render = render_double_row_plate if double_row else render_plate
    plate = render(text, scale=plate_width / 440)
    ph, pw = plate.shape[:2]
    rot = cv2.getRotationMatrix2D((pw / 2, ph / 2), angle, 1.0)
    rot[0, 2] += cx - pw / 2
    rot[1, 2] += cy - ph / 2
    mask = cv2.warpAffine(np.full((ph, pw), 255, np.uint8), rot, (W, H))
    warped = cv2.warpAffine(plate, rot, (W, H))
    frame[mask > 127] = warped[mask > 127]
    frame = cv2.GaussianBlur(frame, (3, 3), 0.8)
    ys, xs = np.nonzero(mask > 127)
    box = (int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1))
    return frame, box
