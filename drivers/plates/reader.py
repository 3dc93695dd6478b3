"""Entry point of recognition: frames or crops in, typed ``PlateRead`` out."""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np

from drivers.plates import plausible
from drivers.plates.colour import PlateColour, plate_colour
from drivers.plates.detect import (
    COARSE_WIDTH,
    MAX_WIDTH,
    Candidate,
    find_plates,
    find_small_plates,
    overlap,
)
from drivers.plates.engine import EngineText, PlateEngine, get_engine
from drivers.plates.plate_detector import shared_detector
from drivers.plates.plate_stage import DetectorStage
from drivers.plates.repair import score
from drivers.plates.syntax import Region
from drivers.plates.types import Box, PlateRead

#: An image this small with a plate's proportions is taken to be a plate crop.
CROP_MAX_HEIGHT = 160
CROP_ASPECT = (1.8, 8.0)
#: A frame read below this confidence is taken for text that is no plate (a
#: sign, an advertising plate): the constrained decoder always finds *some*
#: valid plate, so its confidence is what tells a plate from a pretender.
MIN_CONFIDENCE = 0.3
#: A frame read this confident, of a usual plate length, ends the search
#: (0.8 and 0.5 gave the same reads on scenes-us; 0.7 costs 20% less CPU than 0.8).
SURE = 0.7
#: The coarse look reads only its best row of this many characters (a plate
#: seen whole: a lane camera's); when that is no sure plate, the full search
#: follows.  On scenes-us the bound halves the coarse reads that are not sure
#: and keeps 20 of the 22 sure ones.
COARSE_ROW = (5, 8)
#: Margin left of a found row, in character heights, outside China.
LEAD_GENERIC = 1.2
#: Margin right of a found row, in character heights, outside China.
TAIL_GENERIC = 0.8

#: Whether a region's reader runs the trained plate detector: in China ahead
#: of the rows (synthetic Chinese scenes 45.5 → 56.5% exact), elsewhere after
#: them when they gave no sure read (scenes-us: same 77.0% exact, characters
#: 90.2 → 92.5%, same median CPU; ahead of them it read 3 fewer), see
#: docs/recognition.md.
DETECTOR_BY_REGION = {Region.CN: True, Region.GENERIC: True}

# The smallest side an image may have for a plate to be found in it at all.
MIN_IMAGE_SIDE = 12


class PlateReader:
    """Detects and reads plates with one engine for one region.

    Thread-safe as far as its engine is (both built-in engines are).
    """

    def __init__(
        self,
        engine: str | PlateEngine | None = None,
        region: Region | str = Region.CN,
        max_candidates: int = 4,
        min_confidence: float = MIN_CONFIDENCE,
        detector: DetectorStage | None | bool = True,
    ) -> None:
        """``detector``: the trained plate detector's stage read ahead of the
        character rows (True: the region's default, see ``default_stage``;
        False or None: rows only; or a stage of one's own, e.g. with the
        lane's region of interest)."""
        self.min_confidence = min_confidence
        self.region = Region(region)
        self.engine = engine if isinstance(engine, PlateEngine) else get_engine(engine, self.region)
        self.max_candidates = max_candidates
        self._coarse = CoarseLook()
        if detector is True:
            detector = default_stage(self.region)
        self.detector: DetectorStage | None = detector or None

    def read_crops(self, crops: Sequence[np.ndarray]) -> list[PlateRead | None]:
        """Read plate crops (one plate each); None where nothing was read."""
        start = time.perf_counter()
        texts = self.engine.read_crops(crops, self.region)
        ms = (time.perf_counter() - start) * 1000 / max(1, len(crops))
        return [
            None if t is None else self._to_read(t, (0, 0, c.shape[1], c.shape[0]), ms, _whole(c))
            for t, c in zip(texts, crops, strict=True)
        ]

    def read_frame(self, frame: np.ndarray, all_plates: bool = False, roi: Box | None = None) -> list[PlateRead]:
        """Accepted plates found in a full frame, most plausible first.

        Candidates are read most plate-like first and reading stops at the
        first sure plate (a lane camera frames one vehicle), which saves a
        recogniser run per candidate; ``all_plates`` reads every candidate.
        ``roi`` (x, y, w, h) is where the lane's plates appear: the trained detector
        looks there (a quarter of the pixels, a quarter of its cost); the rows still
        search the whole frame when it finds no sure plate.
        """
        if frame is None or frame.size == 0:
            return []
        start = time.perf_counter()
        found: list[tuple[Candidate, EngineText]] = []
        read_boxes: list[Box] = []
        sure = False
        # The trained detector sees whole Chinese plates at any angle and
        # distance; the rows below still run when it gave no sure read, since
        # they find the special and two-row plates it was not trained on.
        # Elsewhere it goes after the rows (it was trained on Chinese plates).
        detector_first = self.region is Region.CN
        if self.detector is not None and detector_first:
            sure = self._read_candidates(self.detector.candidates(frame, roi), found, all_plates)
        # A quick look at a quarter of the pixels finds the plate a lane camera
        # frames large; only when it gives no sure plate is the frame searched
        # at full size, then for small plates whose characters touch.
        coarse = frame.shape[1] >= 1.5 * COARSE_WIDTH and self._coarse.worth_trying()
        widths = (COARSE_WIDTH, MAX_WIDTH) if coarse else (MAX_WIDTH,)
        for width in () if sure else widths:
            candidates = [
                c
                for c in self._rows(frame, width)
                if not any(overlap(c.box, box) > 0.4 for box in read_boxes)
            ]
            if width == COARSE_WIDTH and not all_plates:
                candidates = _best_whole_row(candidates)
            read_boxes += [c.box for c in candidates]
            sure = self._read_candidates(candidates, found, all_plates)
            if width == COARSE_WIDTH:
                self._coarse.record(sure)
            if sure:
                break
        if not sure and self.detector is not None and not detector_first:
            sure = self._read_candidates(self.detector.candidates(frame, roi), found, all_plates)
        if not sure:
            small = find_small_plates(frame, read_boxes)
            self._read_candidates(small, found, all_plates)
        ms = (time.perf_counter() - start) * 1000
        reads: dict[str, PlateRead] = {}
        for cand, text in found:
            read = self._to_read(text, cand.box, ms, cand)
            if self.accept(read) and (
                read.text not in reads or reads[read.text].confidence < read.confidence
            ):
                reads[read.text] = read
        return sorted(reads.values(), key=lambda r: -plausibility(r))

    def _rows(self, frame: np.ndarray, width: int) -> list[Candidate]:
        if self.region is Region.CN:
            return find_plates(frame, self.max_candidates, 1.3, max_width=width, two_rows=True)
        return find_plates(
            frame, self.max_candidates, LEAD_GENERIC, tail=TAIL_GENERIC, max_width=width
        )

    def _read_candidates(
        self,
        candidates: list[Candidate],
        found: list[tuple[Candidate, EngineText]],
        all_plates: bool,
    ) -> bool:
        """Read candidates in order into ``found``; True when one was sure."""
        for cand in candidates:
            # One crop per call even for Tesseract: stacked with the frame's
            # non-plate candidates its line finder reads the plate worse.
            text = self.engine.read_crops([cand.crop], self.region)[0]
            if text is None:
                continue
            found.append((cand, text))
            if not all_plates and self._sure(self._to_read(text, cand.box, 0.0, cand)):
                return True
        return False

    def _sure(self, read: PlateRead) -> bool:
        usual = plausibility(read) >= read.confidence
        return self.accept(read) and read.confidence >= SURE and usual

    def accept(self, read: PlateRead) -> bool:
        return read.valid and read.confidence >= self.min_confidence

    def read_image(self, image: np.ndarray) -> PlateRead | None:
        """The best accepted plate of an image that is either a plate crop or a scene."""
        if image.ndim < 2 or min(image.shape[:2]) < MIN_IMAGE_SIDE:
            return None  # no plate can be read in fewer pixels than its characters need
        if looks_like_crop(image):
            read = self.read_crops([image])[0]
            if read is not None and self.accept(read):
                return read
        found = self.read_frame(image)
        return found[0] if found else None

    def _to_read(
        self, text: EngineText, box: Box, ms: float, cand: Candidate | None = None
    ) -> PlateRead:
        scored = score(text.text, text.char_confidences, self.region)
        return PlateRead(
            text=scored.text,
            confidence=scored.confidence,
            box=box,
            kind=scored.kind,
            engine=self.engine.name,
            ms=ms,
            char_confidences=scored.char_confidences,
            region=self.region,
            valid=scored.valid,
            raw=text.text,
            repairs=scored.repairs,
            colour=_colour(cand),
            rows=2 if cand is not None and cand.two_rows else 1,
            found_by=cand.found_by if cand is not None else "crop",
        )


#: Where a row of characters was cut out, the plate's background shows
#: between and above them: the row crop's middle, inside its margins.
ROW_INNER = (0.2, 0.05)


def _whole(crop: np.ndarray) -> Candidate:
    """A crop given to be read as one plate, as a candidate."""
    box = (0, 0, crop.shape[1], crop.shape[0])
    return Candidate(box, crop, 0.0, 0, found_by="crop", colour=plate_colour(crop, CROP_INNER))


#: A plate crop is the plate with a thin margin.
CROP_INNER = (0.03, 0.06)


def default_stage(region: Region) -> DetectorStage | None:
    """The detector stage a reader of ``region`` gets unless told otherwise."""
    if not DETECTOR_BY_REGION[region]:
        return None
    return DetectorStage(shared_detector())


def _colour(cand: Candidate | None) -> PlateColour:
    if cand is None:
        return PlateColour.UNKNOWN
    if cand.found_by == "rows" and not cand.two_rows:
        return plate_colour(cand.crop, ROW_INNER)
    return cand.colour


def _best_whole_row(candidates: list[Candidate]) -> list[Candidate]:
    """The best row of a plate seen whole, and its reading as a two-row plate."""
    for i, cand in enumerate(candidates):
        if not cand.two_rows and COARSE_ROW[0] <= cand.n_chars <= COARSE_ROW[1]:
            following = candidates[i + 1 : i + 2]
            return [cand] + [c for c in following if c.two_rows]
    return []


class CoarseLook:
    """Whether the quick look pays on the frames this reader is given.

    It pays on a lane camera that frames plates large (synthetic lanes: 51 →
    30 ms a frame) and costs a wasted read where plates are small (scenes-us:
    27 of 80 frames faster, 44 slower).  So its share of sure plates is
    followed (a moving average over about the last five tries); below
    ``PAYS`` it is skipped, but tried again every ``PROBE``-th frame in case
    the scene changed.  A data race here only mistimes one look.
    """

    PAYS = 0.3
    PROBE = 8

    def __init__(self) -> None:
        self.sure_share = 1.0
        self._skipped = 0

    def worth_trying(self) -> bool:
        if self.sure_share >= self.PAYS or self._skipped >= self.PROBE - 1:
            self._skipped = 0
            return True
        self._skipped += 1
        return False

    def record(self, sure: bool) -> None:
        self.sure_share = 0.8 * self.sure_share + 0.2 * float(sure)


def looks_like_crop(image: np.ndarray) -> bool:
    h, w = image.shape[:2]
    return h <= CROP_MAX_HEIGHT and CROP_ASPECT[0] <= w / max(h, 1) <= CROP_ASPECT[1]


def plausibility(read: PlateRead) -> float:
    """Rank of a frame's reads: confidence, less for lengths plates rarely have,
    printed words and dates (see ``plausible``)."""
    return plausible.plausibility(read.text, read.confidence)
