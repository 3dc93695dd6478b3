"""``platepay plates``: read plate images and measure recognition on labelled folders."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from console import config
from drivers.plates.engine import engine_names
from drivers.plates.evaluate import BadLabels, evaluate, guess_region, load_samples
from drivers.plates.images import BadImage, load_image
from drivers.plates.plate_detector import INPUT_WIDTH, PlateDetector
from drivers.plates.plate_stage import DetectorStage
from drivers.plates.reader import PlateReader
from drivers.plates.syntax import Region
from drivers.plates.types import EngineUnavailable, UnknownEngine


def register(subparsers: argparse._SubParsersAction) -> None:
    plates = subparsers.add_parser("plates", help="read licence plates from images")
    sub = plates.add_subparsers(dest="plates_command", required=True)
    regions = [str(r) for r in Region]

    read = sub.add_parser("read", help="print one JSON line per image")
    read.add_argument("images", nargs="+", metavar="IMAGE")
    read.add_argument(
        "--engine",
        help=f"one of {', '.join(engine_names())} (default: [recognition] engine of the station)",
    )
    read.add_argument(
        "--region", choices=regions, help="default: [station] region of the station's configuration"
    )
    _detector_arguments(read)
    read.set_defaults(func=_read_command)

    ev = sub.add_parser("eval", help="accuracy and speed over a labelled folder, as JSON")
    ev.add_argument("dir", metavar="DIR")
    ev.add_argument("--engine", help=f"one of {', '.join(engine_names())} (default: per region)")
    ev.add_argument("--region", choices=regions, help="default: cn if the labels hold Chinese")
    ev.add_argument("--limit", type=int, help="only the first N images")
    ev.add_argument("--batch", type=int, default=1, help="crops read per engine call (default 1)")
    ev.add_argument("--verbose", action="store_true", help="also one JSON line per image on stderr")
    _detector_arguments(ev)
    ev.set_defaults(func=_accepts_context(_eval))


def _detector_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--detector",
        choices=["auto", "on", "off"],
        default="auto",
        help="the trained plate detector ahead of the character rows (auto: the region's default)",
    )
    parser.add_argument(
        "--detector-width", type=int, help="width frames are shrunk to for the detector (default 640)"
    )


def _stage(args: argparse.Namespace) -> DetectorStage | bool:
    if args.detector == "off":
        return False
    if args.detector == "auto" and not args.detector_width:
        return True
    width = args.detector_width or INPUT_WIDTH
    return DetectorStage(PlateDetector(input_width=width))


def _accepts_context(handler: Callable[[argparse.Namespace], int]) -> Callable[[Any], int]:
    """``platepay``'s main passes a context holding the args (``ctx.args``); tests pass the args."""

    def run(ctx_or_args: Any) -> int:
        return handler(getattr(ctx_or_args, "args", ctx_or_args))

    run.__name__ = handler.__name__
    return run


def _reader(
    engine: str | None, region: Region, detector: DetectorStage | bool = True
) -> PlateReader | None:
    try:
        return PlateReader(engine, region, detector=detector)
    except (UnknownEngine, EngineUnavailable) as exc:
        print(json.dumps({"error": str(exc).strip("'\"")}, ensure_ascii=False), file=sys.stderr)
        return None


def _read_command(ctx_or_args: Any) -> int:
    """``plates read``: what is not given comes from the station's configuration."""
    args = getattr(ctx_or_args, "args", ctx_or_args)
    try:
        if ctx_or_args is not args and hasattr(ctx_or_args, "config"):
            station = ctx_or_args.config  # the console's context: loaded and checked already
        else:  # the parsed arguments alone (tests, scripts)
            station = config.load(getattr(args, "config", None))
    except config.ConfigError as exc:
        print(json.dumps({"error": str(exc)}, ensure_ascii=False), file=sys.stderr)
        return 2
    region = args.region or station.station.region
    engine = args.engine or (None if station.recognition.engine == "auto" else station.recognition.engine)
    return _read(args, engine, Region(region))


def _read(args: argparse.Namespace, engine: str | None, region: Region) -> int:
    reader = _reader(engine, region, _stage(args))
    if reader is None:
        return 2
    failures = 0
    for name in args.images:
        line: dict[str, object] = {"file": name}
        try:
            image = load_image(name)
        except BadImage as exc:
            failures += 1
            line["error"] = str(exc)
        else:
            start = time.perf_counter()
            try:
                read = reader.read_image(image)
            except Exception as exc:  # one image the engines choke on must not end the batch
                failures += 1
                line["error"] = f"cannot read plates in this image: {type(exc).__name__}: {exc}"
                print(json.dumps(line, ensure_ascii=False), flush=True)
                continue
            ms = round((time.perf_counter() - start) * 1000, 2)
            if read is None:
                line.update(plate=None, confidence=0.0, box=None, engine=reader.engine.name)
            else:
                line.update(read.to_json())
            line["ms"] = ms
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 1 if failures == len(args.images) else 0


def _eval(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    if not folder.is_dir():
        print(json.dumps({"error": f"{folder}: not a folder"}), file=sys.stderr)
        return 2
    try:
        samples = load_samples(folder)
    except BadLabels as exc:
        print(json.dumps({"error": str(exc)}, ensure_ascii=False), file=sys.stderr)
        return 2
    if args.limit:
        samples = samples[: args.limit]
    region = Region(args.region) if args.region else guess_region(samples)
    reader = _reader(args.engine, region, _stage(args))
    if reader is None:
        return 2

    def show(item: dict[str, object]) -> None:
        print(json.dumps(item, ensure_ascii=False), file=sys.stderr)

    result = evaluate(
        reader, samples, batch=max(1, args.batch), on_item=show if args.verbose else None
    )
    print(json.dumps(result, ensure_ascii=False))
    return 0
