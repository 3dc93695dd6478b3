"""Open a camera from a configuration string, so callers never name a class.

``0`` (USB index), ``rtsp://…``, ``http(s)://…``, a video file,
``sim:FOLDER`` (images played in a loop) or ``sim:CLIP.mp4`` (a clip, looping).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from drivers.cameras.base import Camera
from drivers.cameras.opencv import OpenCVCamera
from drivers.cameras.simulated import SimulatedCamera, simulated_clip


class CameraConfigError(ValueError):
    """The camera source string names nothing we can open."""


_SCHEMES: dict[str, Callable[..., Camera]] = {}


def register_camera(scheme: str, factory: Callable[..., Camera]) -> None:
    """``factory(rest_of_source, **options)`` makes cameras for ``scheme:…`` sources."""
    _SCHEMES[scheme] = factory


def camera_kinds() -> list[str]:
    return sorted(["usb", "rtsp", "http", "file", *_SCHEMES])


def open_camera(source: str | int, name: str | None = None, **options: object) -> Camera:
    """A stopped camera for ``source``; call ``start()`` on it."""
    if isinstance(source, int) or (isinstance(source, str) and source.isdigit()):
        return OpenCVCamera(int(source), name=name, **options)  # type: ignore[arg-type]
    if not isinstance(source, str) or not source:
        raise CameraConfigError(
            f"camera source {source!r}: give a device index, a URL, a file or sim:PATH"
        )
    scheme, sep, rest = source.partition(":")
    if sep and scheme in _SCHEMES:
        return _SCHEMES[scheme](rest, name=name, **options)
    if source.startswith(("rtsp://", "rtsps://", "http://", "https://")):
        return OpenCVCamera(source, name=name, **options)  # type: ignore[arg-type]
    if Path(source).suffix:
        return OpenCVCamera(source, name=name, **options)  # type: ignore[arg-type]
    raise CameraConfigError(
        f"camera source {source!r}: give a device index, an rtsp:// or http:// URL,"
        " a video file or sim:PATH"
    )


def _sim(rest: str, name: str | None = None, **options: object) -> Camera:
    path = Path(rest)
    if path.is_file():
        return simulated_clip(path, name=name, loop=bool(options.get("loop", True)))
    return SimulatedCamera(path, name=name or f"sim:{path.name}", **options)  # type: ignore[arg-type]


register_camera("sim", _sim)
