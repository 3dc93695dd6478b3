"""A plate's background colour, from its rectified image.

Chinese plates say by colour what kind of vehicle carries them (GA 36): blue
small vehicles, yellow large ones and learners, green new energy, white
police, armed police and military, black foreign-owned and Hong Kong/Macau
vehicles.  The background is most of a plate's area (characters cover about
a third), so it is the larger of the two classes an Otsu threshold splits the
plate into; its median colour is then named by hue, saturation and value.
"""

from __future__ import annotations

from enum import StrEnum

import cv2
import numpy as np


class PlateColour(StrEnum):
    BLUE = "blue"
    YELLOW = "yellow"
    GREEN = "green"
    WHITE = "white"
    BLACK = "black"
    UNKNOWN = "unknown"


#: OpenCV hue (0-180) bands of the plate colours: the blank plates of the
#: plate typeface set are blue 113, yellow 22, green 57; real blue plates
#: (cn-crops) range 85-135 under daylight and at dusk.
HUES = ((PlateColour.YELLOW, 10, 38), (PlateColour.GREEN, 38, 85), (PlateColour.BLUE, 85, 140))
#: Below this saturation a background is white or black, not a colour ...
GREY_SATURATION = 50
#: ... except green: a new-energy plate fades to near white at the top (its
#: blank's median saturation is 41).
GREEN_SATURATION = 25
#: A grey background this dark is black; a dark but saturated one keeps its
#: colour (a blue plate at dusk is dark, not black: 38 of 500 cn-crops).
DARK_VALUE = 80


def plate_colour(plate: np.ndarray, inner: tuple[float, float] = (0.08, 0.15)) -> PlateColour:
    """Background colour of a BGR plate image; ``inner`` is the share of width
    and height left out at each side (the margin and the plate's frame)."""
    if plate is None or plate.ndim != 3 or plate.shape[2] < 3 or min(plate.shape[:2]) < 4:
        return PlateColour.UNKNOWN
    h, w = plate.shape[:2]
    body = plate[int(h * inner[1]) : h - int(h * inner[1]), int(w * inner[0]) : w - int(w * inner[0]), :3]
    if body.size == 0:
        return PlateColour.UNKNOWN
    gray = cv2.cvtColor(body, cv2.COLOR_BGR2GRAY)
    _, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    background = ink.astype(bool)
    if background.mean() < 0.5:
        background = ~background
    hsv = cv2.cvtColor(body, cv2.COLOR_BGR2HSV)[background]
    if hsv.size == 0:
        return PlateColour.UNKNOWN
    hue, saturation, value = (float(np.median(hsv[:, i])) for i in range(3))
    by_hue = next((c for c, lo, hi in HUES if lo <= hue < hi), PlateColour.UNKNOWN)
    if saturation >= GREY_SATURATION:
        return by_hue
    if by_hue is PlateColour.GREEN and saturation >= GREEN_SATURATION and value >= DARK_VALUE:
        return PlateColour.GREEN
    return PlateColour.BLACK if value < DARK_VALUE else PlateColour.WHITE
