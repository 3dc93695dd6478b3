"""Build Chinese full-scene sets to measure recognition on, in ``plates eval``'s format.

Real street photographs of Chinese plates are not in ``shared/``; these sets
stand in for them.  Each scene is a real photograph of a vehicle (the US
scenes of ``shared/data/plates/scenes-us``) whose own plate is painted out
and replaced, at the same place, by a Chinese plate:

* ``cn-scenes``: ordinary plates (blue, yellow, green new-energy small and
  large) drawn from the real plate typeface and blank plates
  (``shared/data/plate-glyphs``, MIT), all 31 provinces;
* ``cn-special``: police, armed police, embassy, consulate, Hong Kong and
  Macau, two-row lorry plates, from the same glyphs;
* ``cn-crops-scenes``: the real plate crops of ``cn-crops`` pasted in (real
  plate pixels, mostly Anhui);
* ``no-plate``: the photographs with their plate painted out and nothing put
  back: a reader must find no plate there.

Every plate is seen at a distance (plate 60-300 px wide in a 1280 px frame),
turned (perspective, roll), blurred, lit (gamma, a shadow) and compressed at
random, with a seed, so a set is the same on every machine.

    python bench/make_cn_scenes.py --out /tmp/cn-sets
    platepay plates eval /tmp/cn-sets/cn-scenes
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drivers.plates.evaluate import load_samples  # noqa: E402
from drivers.plates.images import load_image  # noqa: E402
from drivers.plates.syntax import PROVINCES, SERIAL_LETTERS  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
MM = 3.0  # pixels per millimetre of a rendered plate
DIGITS = "0123456789"


class Glyphs:
    """The plate typeface: ink masks by (set, character), blank plates by name."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._cache: dict[str, np.ndarray] = {}

    def ink(self, name: str) -> np.ndarray:
        if name not in self._cache:
            gray = load_image(self.folder / "font_model" / f"{name}.jpg")[:, :, 0]
            ink = 255 - gray  # black glyph on white → ink mask
            ink[ink < 40] = 0  # JPEG ringing round the strokes is no ink
            ys, xs = np.nonzero(ink)
            self._cache[name] = ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
        return self._cache[name]

    def blank(self, name: str, size_mm: tuple[int, int]) -> np.ndarray:
        image = load_image(self.folder / "plate_model" / f"{name}.PNG")
        return cv2.resize(image, (int(size_mm[0] * MM), int(size_mm[1] * MM)))


def _put(plate: np.ndarray, ink: np.ndarray, x_mm: float, y_mm: float, w_mm: float, h_mm: float, colour) -> None:
    w, h = int(w_mm * MM), int(h_mm * MM)
    x, y = int(x_mm * MM), int(y_mm * MM)
    if ink.shape[1] < 0.4 * ink.shape[0] * w / h:  # a narrow glyph (1) keeps its width, centred
        narrow = max(2, int(h * ink.shape[1] / ink.shape[0]))
        x, w = x + (w - narrow) // 2, narrow
    mask = cv2.resize(ink, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32)[..., None] / 255
    region = plate[y : y + h, x : x + w].astype(np.float32)
    mask = mask[: region.shape[0], : region.shape[1]]
    plate[y : y + h, x : x + w] = (region * (1 - mask) + np.array(colour) * mask).astype(np.uint8)


WHITE, BLACK, RED = (255, 255, 255), (10, 10, 10), (30, 30, 220)


def one_row(glyphs: Glyphs, text: str, blank: str, ink, dot_after: int, red: str = "") -> np.ndarray:
    """A 440 x 140 mm plate: characters 45 x 90 mm at a 57 mm pitch, 22 mm
    more after the separator dot (GA 36)."""
    plate = glyphs.blank(blank, (440, 140))
    for i, ch in enumerate(text):
        x = 15.5 + 57 * i + (22 if i >= dot_after else 0)
        _put(plate, glyphs.ink(f"140_{ch}"), x, 25, 45, 90, RED if ch in red else ink)
    return plate


def new_energy(glyphs: Glyphs, text: str, blank: str) -> np.ndarray:
    """A 480 x 140 mm plate of eight characters 43 mm wide at a 52 mm pitch."""
    plate = glyphs.blank(blank, (480, 140))
    for i, ch in enumerate(text):
        x = 17 + 52 * i + (36 if i >= 2 else 0)
        _put(plate, glyphs.ink(f"green_{ch}"), x, 25, 43, 90, BLACK)
    return plate


def two_rows(glyphs: Glyphs, text: str, blank: str = "yellow_220") -> np.ndarray:
    """A 440 x 220 mm rear plate: province and letter 80 x 60 mm above, five characters 65 x 110 mm below."""
    plate = glyphs.blank(blank, (440, 220))
    _put(plate, glyphs.ink(f"220_{text[0]}"), 110, 15, 80, 60, BLACK)
    _put(plate, glyphs.ink(f"220_up_{text[1]}"), 250, 15, 80, 60, BLACK)
    for i, ch in enumerate(text[2:]):
        name = f"220_{ch}" if ch in DIGITS else f"220_down_{ch}"
        _put(plate, glyphs.ink(name), 27.5 + 80 * i, 95, 65, 110, BLACK)
    return plate


def _serial(rng: np.random.Generator, n: int, letters: int = 2) -> str:
    chars = [rng.choice(list(DIGITS)) for _ in range(n)]
    for i in rng.choice(n, size=min(n, int(rng.integers(0, letters + 1))), replace=False):
        chars[i] = rng.choice(list(SERIAL_LETTERS))
    return "".join(chars)


def ordinary_plate(glyphs: Glyphs, rng: np.random.Generator) -> tuple[str, np.ndarray]:
    province, letter = rng.choice(list(PROVINCES)), rng.choice(list(SERIAL_LETTERS))
    kind = rng.choice(["blue", "blue", "blue", "blue", "yellow", "green", "green", "green_yellow"])
    if kind == "green":
        text = province + letter + rng.choice(list("DF")) + _serial(rng, 1, 1) + "".join(rng.choice(list(DIGITS), 4))
        return text, new_energy(glyphs, text, "green_140")
    if kind == "green_yellow":
        text = province + letter + "".join(rng.choice(list(DIGITS), 5)) + rng.choice(list("DF"))
        return text, new_energy(glyphs, text, "green_yellow_140")
    text = province + letter + _serial(rng, 5)
    return text, one_row(glyphs, text, f"{kind}_140", WHITE if kind == "blue" else BLACK, 2)


def special_plate(glyphs: Glyphs, rng: np.random.Generator) -> tuple[str, np.ndarray]:
    province, letter = rng.choice(list(PROVINCES)), rng.choice(list(SERIAL_LETTERS))
    four = "".join(rng.choice(list(DIGITS), 4))
    kind = rng.choice(["police", "armed", "embassy", "consulate", "hk", "macau", "two_rows", "two_rows"])
    if kind == "police":
        text = province + letter + four + "警"
        return text, one_row(glyphs, text, "white_140", BLACK, 1, red="警")
    if kind == "armed":
        text = "WJ" + _serial(rng, 5, 0)
        return text, one_row(glyphs, text, "white_army_140", BLACK, 2, red="WJ")
    if kind == "embassy":
        text = "使" + "".join(rng.choice(list(DIGITS), 6))
        return text, one_row(glyphs, text, "black_shi_140", WHITE, 3, red="使")
    if kind == "consulate":
        text = province + letter + four + "领"
        return text, one_row(glyphs, text, "black_ling_140", WHITE, 4, red="领")
    if kind in ("hk", "macau"):
        text = "粤Z" + four + ("港" if kind == "hk" else "澳")
        return text, one_row(glyphs, text, "black_140", WHITE, 2)
    text = province + letter + _serial(rng, 5)
    return text, two_rows(glyphs, text)


def paint_out(frame: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The photograph with its plate painted over from the surroundings."""
    x, y, w, h = box
    mask = np.zeros(frame.shape[:2], np.uint8)
    pad = max(3, h // 4)
    mask[max(0, y - pad) : y + h + pad, max(0, x - pad) : x + w + pad] = 255
    return cv2.inpaint(frame, mask, 5, cv2.INPAINT_TELEA)


def place(
    frame: np.ndarray, plate: np.ndarray, centre: tuple[float, float], width: float, rng
) -> tuple[np.ndarray, np.ndarray]:
    """The plate pasted at ``centre``, ``width`` px wide, turned and lit at random."""
    ph, pw = plate.shape[:2]
    lit = plate.astype(np.float32) / 255
    lit = lit ** rng.uniform(0.7, 1.6) * rng.uniform(0.55, 1.05)
    if rng.random() < 0.25:  # a shadow over one side
        cut = int(rng.uniform(0.2, 0.8) * pw)
        lit[:, :cut] *= rng.uniform(0.4, 0.8)
    plate = np.clip(lit * 255, 0, 255).astype(np.uint8)
    height = width * ph / pw
    yaw = rng.uniform(-0.25, 0.25)  # one side nearer: taller
    pitch = rng.uniform(0.0, 0.1)  # seen from above: the top narrower
    roll = np.radians(rng.uniform(-8, 8))
    half_w, half_h = width / 2, height / 2
    pts = np.float32(
        [
            [-half_w * (1 - pitch), -half_h * (1 - yaw)],
            [half_w * (1 - pitch), -half_h * (1 + yaw)],
            [half_w, half_h * (1 + yaw)],
            [-half_w, half_h * (1 - yaw)],
        ]
    )
    rot = np.float32([[np.cos(roll), -np.sin(roll)], [np.sin(roll), np.cos(roll)]])
    pts = pts @ rot.T + np.float32(centre)
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    warp = cv2.getPerspectiveTransform(src, pts)
    H, W = frame.shape[:2]
    warped = cv2.warpPerspective(plate, warp, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), warp, (W, H), flags=cv2.INTER_AREA)
    alpha = mask.astype(np.float32)[..., None] / 255
    return (frame * (1 - alpha) + warped * alpha).astype(np.uint8), pts


def camera(frame: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Blur, sensor noise and JPEG compression of a cheap camera."""
    sigma = rng.uniform(0.3, 1.6)
    frame = cv2.GaussianBlur(frame, (0, 0), sigma)
    if rng.random() < 0.2:  # motion blur along the road
        k = int(rng.integers(3, 8))
        kernel = np.zeros((k, k), np.float32)
        kernel[k // 2] = 1 / k
        frame = cv2.filter2D(frame, -1, kernel)
    noisy = frame.astype(np.float32) + rng.normal(0, rng.uniform(1, 6), frame.shape)
    frame = np.clip(noisy, 0, 255).astype(np.uint8)
    ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(45, 92))])
    return cv2.imdecode(data, cv2.IMREAD_COLOR)


def backgrounds(folder: Path, width: int = 1280):
    """The photographs scaled to ``width``, with their plate's box, in a fixed order."""
    for s in load_samples(folder):
        if s.box is None:
            continue
        image = load_image(s.path)
        scale = width / image.shape[1]
        image = cv2.resize(image, (width, int(image.shape[0] * scale)), interpolation=cv2.INTER_AREA)
        yield image, tuple(int(v * scale) for v in s.box)


def build(out: Path, kind: str, n: int, seed: int, glyphs: Glyphs, crops: list[Path]) -> None:
    rng = np.random.default_rng(seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    scenes = list(backgrounds(SHARED / "plates" / "scenes-us"))
    for i in range(n):
        frame, box = scenes[i % len(scenes)]
        frame = paint_out(frame, box)
        name = f"{kind}_{i:03d}.jpg"
        if kind == "no-plate":
            cv2.imwrite(str(folder / name), camera(frame, rng))
            rows.append([name, "", "", "", "", ""])  # right when nothing is read
            continue
        if kind == "cn-crops-scenes":
            path = crops[int(rng.integers(len(crops)))]
            text, plate = path.stem, load_image(path)
        elif kind == "cn-special":
            text, plate = special_plate(glyphs, rng)
        else:
            text, plate = ordinary_plate(glyphs, rng)
        # A 94 px crop enlarged much beyond its size is a blur no camera makes.
        widest = 150 if kind == "cn-crops-scenes" else 300
        width = float(np.exp(rng.uniform(np.log(60), np.log(widest))))
        x, y, w, h = box
        frame, pts = place(frame, plate, (x + w / 2, y + h / 2), width, rng)
        frame = camera(frame, rng)
        ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 95])
        data.tofile(str(folder / name))
        x0, y0 = pts.min(axis=0)
        x1, y1 = pts.max(axis=0)
        rows.append([name, text, int(x0), int(y0), int(x1 - x0), int(y1 - y0)])
    with (folder / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "plate", "x", "y", "w", "h"])
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("/tmp/cn-sets"))
    parser.add_argument("--n", type=int, default=200, help="scenes per set (no-plate: a quarter)")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    glyphs = Glyphs(SHARED / "plate-glyphs")
    crops = sorted((SHARED / "plates" / "cn-crops").glob("*.jpg"))
    for k, (kind, n) in enumerate(
        [("cn-scenes", args.n), ("cn-special", args.n), ("cn-crops-scenes", args.n), ("no-plate", args.n // 4)]
    ):
        build(args.out, kind, n, args.seed + k, glyphs, crops)
        print(f"{args.out / kind}: {n} scenes")


if __name__ == "__main__":
    main()
