"""Accuracy and speed of a reader over a folder of labelled images."""

from __future__ import annotations

import csv
import resource
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from drivers.plates.images import BadImage, load_image
from drivers.plates.reader import PlateReader, looks_like_crop
from drivers.plates.syntax import InvalidPlate, Region, clean, normalize_plate
from drivers.plates.textdist import char_accuracy
from drivers.plates.types import Box, PlateRead

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"}


@dataclass(frozen=True, slots=True)
class Sample:
    path: Path
    plate: str
    box: Box | None = None


class BadLabels(ValueError):
    """labels.csv is missing a column or holds an unusable row."""


def load_samples(folder: str | Path) -> list[Sample]:
    """Labelled images of a folder: ``labels.csv`` (file,plate[,x,y,w,h]) or file-name stems."""
    folder = Path(folder)
    labels = folder / "labels.csv"
    if labels.is_file():
        with labels.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or not {"file", "plate"} <= set(reader.fieldnames):
                raise BadLabels(f"{labels}: the header must name at least the columns file,plate")
            samples = []
            for n, row in enumerate(reader, start=2):
                box = None
                if all(row.get(k) not in (None, "") for k in "xywh"):
                    try:
                        box = tuple(int(float(row[k])) for k in "xywh")
                    except ValueError as exc:
                        raise BadLabels(f"{labels}:{n}: box must be numbers ({exc})") from exc
                samples.append(Sample(folder / row["file"], row["plate"], box))  # type: ignore[arg-type]
            return samples
    return [
        Sample(p, p.stem.split("_")[0])
        for p in sorted(folder.iterdir())
        if p.suffix.lower() in IMAGE_SUFFIXES
    ]


def guess_region(samples: list[Sample]) -> Region:
    return Region.CN if any(ord(ch) > 127 for s in samples for ch in s.plate) else Region.GENERIC


def canonical(text: str, region: Region) -> str:
    try:
        return normalize_plate(text, region).text
    except InvalidPlate:
        return clean(text)


def _inside(found: Box, truth: Box) -> bool:
    ix = max(0, min(found[0] + found[2], truth[0] + truth[2]) - max(found[0], truth[0]))
    iy = max(0, min(found[1] + found[3], truth[1] + truth[3]) - max(found[1], truth[1]))
    return ix * iy >= 0.4 * max(1, found[2] * found[3])


def _cpu_seconds() -> float:
    """CPU time of this process and of finished children (Tesseract runs as one)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@dataclass(frozen=True, slots=True)
class _Timed:
    sample: Sample
    read: PlateRead | None
    ms: float
    cpu_ms: float
    error: str | None = None


def _timed_reads(reader: PlateReader, samples: list[Sample], batch: int) -> Iterator[_Timed]:
    """Each sample's best read with wall and CPU milliseconds (per crop when batched)."""
    pending: list[tuple[Sample, np.ndarray]] = []

    def flush() -> Iterator[_Timed]:
        wall, cpu = time.perf_counter(), _cpu_seconds()
        reads = reader.read_crops([img for _, img in pending])
        ms = (time.perf_counter() - wall) * 1000 / len(pending)
        cpu_ms = (_cpu_seconds() - cpu) * 1000 / len(pending)
        for (s, _), r in zip(pending, reads, strict=True):
            yield _Timed(s, r, ms, cpu_ms)
        pending.clear()

    for s in samples:
        try:
            image = load_image(s.path)
        except BadImage as exc:
            yield _Timed(s, None, 0.0, 0.0, str(exc))
            continue
        if s.box is None and looks_like_crop(image):
            pending.append((s, image))
            if len(pending) >= batch:
                yield from flush()
            continue
        wall, cpu = time.perf_counter(), _cpu_seconds()
        found = reader.read_frame(image)
        yield _Timed(
            s,
            found[0] if found else None,
            (time.perf_counter() - wall) * 1000,
            (_cpu_seconds() - cpu) * 1000,
        )
    if pending:
        yield from flush()


def evaluate(
    reader: PlateReader,
    samples: list[Sample],
    batch: int = 1,
    on_item: Callable[[dict[str, object]], None] | None = None,
) -> dict[str, object]:
    """The figures of ``platepay plates eval``; ``on_item`` sees each image's outcome."""
    times: list[float] = []
    cpu_times: list[float] = []
    exact = detected = with_box = errors = 0
    chars: list[float] = []
    for item in _timed_reads(reader, samples, batch):
        s, read, error = item.sample, item.read, item.error
        truth = canonical(s.plate, reader.region)
        text = read.text if read else ""
        ok = text == truth
        exact += ok
        chars.append(char_accuracy(text, truth))
        if error:
            errors += 1
        else:
            times.append(item.ms)
            cpu_times.append(item.cpu_ms)
        if s.box is not None:
            with_box += 1
            detected += bool(read and _inside(read.box, s.box))
        if on_item:
            on_item({"file": s.path.name, "truth": truth, "plate": text, "ok": ok, "error": error})
    n = len(samples)
    ordered = sorted(times)
    return {
        "n": n,
        "exact": exact,
        "exact_rate": round(exact / n, 4) if n else 0.0,
        "char_accuracy": round(statistics.fmean(chars), 4) if chars else 0.0,
        "detected_rate": round(detected / with_box, 4) if with_box else None,
        "median_ms": round(statistics.median(times), 2) if times else None,
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2)
        if times
        else None,
        # Wall time depends on what else the machine runs; CPU time much less.
        "median_cpu_ms": round(statistics.median(cpu_times), 2) if cpu_times else None,
        "engine": reader.engine.name,
        "region": str(reader.region),
        "errors": errors,
    }
