"""The trained plate detector ahead of the character rows: found, flattened, read, coloured."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from drivers.plates import synthetic
from drivers.plates.colour import PlateColour, plate_colour
from drivers.plates.plate_detector import PlateDetector, priors, shared_detector
from drivers.plates.plate_stage import DetectorStage, plate_candidate
from drivers.plates.reader import PlateReader
from drivers.plates.rectify import is_plausible_quad, rectify


def _inside(corners: np.ndarray, box: tuple[int, int, int, int], slack: float = 0.15) -> bool:
    x, y, w, h = box
    xs, ys = corners[:, 0], corners[:, 1]
    return bool(
        np.all(xs >= x - slack * w)
        and np.all(xs <= x + w + slack * w)
        and np.all(ys >= y - slack * h * 2)
        and np.all(ys <= y + h + slack * h * 2)
    )


def tilted_scene(text: str, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """A plate seen from the side and above on a grey street: the frame and the plate's corners."""
    rng = np.random.default_rng(seed)
    frame = np.clip(rng.normal(110, 12, (720, 1280, 3)), 0, 255).astype(np.uint8)
    cv2.rectangle(frame, (380, 250), (920, 560), (60, 60, 150), -1)  # a red car's rear
    plate = synthetic.render_plate(text, 0.5)
    h, w = plate.shape[:2]
    # Right side nearer the camera: taller; the whole plate turned by about 7°.
    corners = np.float32([[540, 400], [770, 372], [772, 458], [542, 470]])
    warp = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), corners)
    warped = cv2.warpPerspective(plate, warp, (1280, 720))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), warp, (1280, 720))
    frame[mask > 127] = warped[mask > 127]
    return cv2.GaussianBlur(frame, (3, 3), 0.8), corners


def test_the_detector_finds_a_lane_plate_with_its_four_corners() -> None:
    frame, box = synthetic.lane_scene("京A12345", plate_width=200, seed=1)
    found = shared_detector().detect(frame)
    assert found and found[0].score > 0.8
    tl, tr, br, bl = found[0].corners
    assert tl[0] < tr[0] and bl[0] < br[0] and tl[1] < bl[1] and tr[1] < br[1]
    assert _inside(found[0].corners, box)


def test_a_plate_seen_at_an_angle_is_flattened_and_read() -> None:
    frame, corners = tilted_scene("浙A88888")
    found = shared_detector().detect(frame)
    assert found, "the tilted plate is found"
    assert np.abs(found[0].corners - corners).max() < 12
    candidate = plate_candidate(frame, found[0])
    assert candidate.found_by == "detector" and not candidate.two_rows
    reads = PlateReader("ppocr").read_frame(frame)
    assert reads and reads[0].text == "浙A88888" and reads[0].found_by == "detector"


def test_rectification_levels_the_characters() -> None:
    frame, corners = tilted_scene("沪B67890")
    flat = rectify(frame, corners, height=64)
    # Level characters: the ink's rows start and end at the same height left and right.
    ink = cv2.cvtColor(flat, cv2.COLOR_BGR2GRAY) > 180
    h, w = ink.shape
    left = np.nonzero(ink[:, int(0.15 * w) : int(0.35 * w)].any(axis=1))[0]
    right = np.nonzero(ink[:, int(0.65 * w) : int(0.85 * w)].any(axis=1))[0]
    assert abs(int(left.min()) - int(right.min())) <= 4
    assert abs(int(left.max()) - int(right.max())) <= 4
    assert 2.5 < w / h < 4.0  # a plate's proportions, not the slanted view's


def test_corners_that_are_no_plate_shape_are_refused() -> None:
    assert is_plausible_quad(np.float32([[0, 0], [100, 0], [100, 30], [0, 30]]))
    assert not is_plausible_quad(np.float32([[0, 0], [100, 30], [100, 0], [0, 30]]))  # crossed
    assert not is_plausible_quad(np.float32([[0, 0], [30, 0], [30, 100], [0, 100]]))  # upright
    assert not is_plausible_quad(np.full((4, 2), np.nan, np.float32))


def test_when_the_model_finds_nothing_the_rows_still_read_the_plate() -> None:
    blind = DetectorStage(PlateDetector(min_score=1.01))  # no score reaches it
    frame, _ = synthetic.lane_scene("粤BD12345", plate_width=200, seed=2)
    assert blind.detections(frame) == []
    reads = PlateReader("ppocr", detector=blind).read_frame(frame)
    assert reads and reads[0].text == "粤BD12345" and reads[0].found_by == "rows"


def test_a_two_row_lorry_plate_found_by_the_model_is_read_as_one_line() -> None:
    frame, _ = synthetic.lane_scene("鲁A12345", plate_width=200, double_row=True)
    candidates = DetectorStage(shared_detector()).candidates(frame)
    assert candidates and candidates[0].two_rows
    reads = PlateReader("ppocr").read_frame(frame)
    assert reads[0].text == "鲁A12345" and reads[0].rows == 2
    assert reads[0].colour is PlateColour.YELLOW


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("京A12345", PlateColour.BLUE),
        ("粤BD12345", PlateColour.GREEN),
        ("川A1234警", PlateColour.WHITE),
    ],
)
def test_the_read_names_the_plate_colour(text: str, colour: PlateColour) -> None:
    frame, _ = synthetic.lane_scene(text, plate_width=220, seed=3)
    reads = PlateReader("ppocr").read_frame(frame)
    assert reads and reads[0].text == text
    assert reads[0].colour is colour
    assert reads[0].to_json()["colour"] == str(colour)


def test_colours_of_rendered_plates() -> None:
    black = synthetic.Colours((15, 15, 15), (240, 240, 240))
    yellow = synthetic.render_plate("京A12345", 0.5, synthetic.YELLOW)
    assert plate_colour(yellow) is PlateColour.YELLOW
    assert plate_colour(synthetic.render_plate("粤Z1234港", 0.5, black)) is PlateColour.BLACK
    assert plate_colour(np.zeros((2, 2, 3), np.uint8)) is PlateColour.UNKNOWN


def test_a_street_without_a_plate_gives_no_plate() -> None:
    rng = np.random.default_rng(4)
    frame = np.clip(rng.normal(120, 25, (720, 1280, 3)), 0, 255).astype(np.uint8)
    cv2.rectangle(frame, (300, 200), (1000, 600), (90, 140, 40), -1)  # a car, no plate
    assert PlateReader("ppocr").read_frame(frame) == []


@pytest.mark.parametrize(
    "image",
    [
        np.zeros((0, 0, 3), np.uint8),
        np.zeros((5, 5, 3), np.uint8),
        np.zeros((720, 1280, 3), np.uint8),
        np.full((720, 1280), 255, np.uint8),
        np.zeros((480, 640, 4), np.uint8),
    ],
    ids=["empty", "tiny", "black", "white-gray", "four-channel"],
)
def test_bad_images_give_no_plate_and_no_error(image: np.ndarray) -> None:
    assert shared_detector().detect(image) == []
    assert PlateReader("ppocr").read_image(image) is None


def test_a_gray_frame_is_searched_as_well() -> None:
    frame, box = synthetic.lane_scene("京A12345", plate_width=200, seed=1)
    found = shared_detector().detect(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))
    assert found and _inside(found[0].corners, box)


def test_the_region_of_interest_limits_the_search_and_keeps_frame_coordinates() -> None:
    frame, box = synthetic.lane_scene("京A12345", plate_width=200, seed=1)
    detector = shared_detector()
    around = (box[0] - 150, box[1] - 100, box[2] + 300, box[3] + 200)
    found = detector.detect(frame, around)
    assert found and _inside(found[0].corners, box)
    assert detector.detect(frame, (0, 0, 200, 200)) == []  # the plate is not there


def test_between_full_searches_the_plate_is_followed_near_where_it_was() -> None:
    stage = DetectorStage(shared_detector(), every=3)
    found = []
    for i in range(4):
        frame, box = synthetic.lane_scene("京A12345", plate_width=200, centre=(0.5, 0.6 + 0.01 * i))
        found.append(stage.detections(frame))
        assert found[-1] and _inside(found[-1][0].corners, box), f"frame {i}"


def test_priors_follow_the_models_output_order() -> None:
    p = priors(64, 96)
    # stride 8: 8 x 12 positions x 2 sizes, then 4 x 6 x 2, then 2 x 3 x 2
    assert p.shape == (8 * 12 * 2 + 4 * 6 * 2 + 2 * 3 * 2, 4)
    assert np.allclose(p[0], [4 / 96, 4 / 64, 24 / 96, 24 / 64])
    assert np.allclose(p[1], [4 / 96, 4 / 64, 48 / 96, 48 / 64])
    assert np.allclose(p[2, :2], [12 / 96, 4 / 64])


def test_a_lane_region_of_interest_reaches_the_detector_and_the_rows_still_back_it_up() -> None:
    frame, box = synthetic.lane_scene("京A12345", plate_width=200, seed=1)
    calls: list = []

    class Watching(PlateDetector):
        def detect(self, frame, roi=None):
            calls.append(roi)
            return super().detect(frame, roi)

    reader = PlateReader(region="cn", detector=DetectorStage(Watching()))
    around = (box[0] - 150, box[1] - 100, box[2] + 300, box[3] + 200)
    assert [r.text for r in reader.read_frame(frame, roi=around)][:1] == ["京A12345"]
    assert calls[-1] == around
    # A region set where no plate appears costs the detector's look, not the read.
    assert [r.text for r in reader.read_frame(frame, roi=(0, 0, 200, 200))][:1] == ["京A12345"]
