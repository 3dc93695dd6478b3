"""Cameras keep the newest frame, survive a source that drops, and stop when told."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from drivers.cameras import CameraConfigError, CameraState, Frame, open_camera
from drivers.cameras.opencv import OpenCVCamera
from drivers.cameras.simulated import SimulatedCamera

from .conftest import MjpegServer, numbered_frame


def _wait_for(predicate, timeout: float = 10.0) -> bool:
    done = threading.Event()
    deadline = 0.0
    while deadline < timeout:
        if predicate():
            return True
        done.wait(0.05)
        deadline += 0.05
    return predicate()


def test_an_ip_camera_that_hangs_up_is_reconnected_and_frames_keep_coming(
    mjpeg_server: MjpegServer,
) -> None:
    camera = OpenCVCamera(mjpeg_server.url, name="lane1", backoff_initial=0.1, backoff_max=0.5)
    seen: list[Frame] = []
    camera.add_listener(seen.append)
    camera.start()
    try:
        assert _wait_for(
            lambda: mjpeg_server.connections >= 2 and len(seen) > mjpeg_server.drop_after
        )
        status = camera.status()
        assert status.reconnects >= 1
        assert status.frames == len(seen)
        assert status.last_frame_at is not None
        assert camera.latest() is seen[-1]
    finally:
        assert camera.stop()
    assert camera.status().state is CameraState.STOPPED
    assert not camera.running


def test_a_camera_that_vanishes_reports_the_error_and_stops_cleanly(
    mjpeg_server: MjpegServer,
) -> None:
    camera = OpenCVCamera(mjpeg_server.url, backoff_initial=0.1, backoff_max=0.2)
    camera.start()
    try:
        assert camera.wait_frame(timeout=10) is not None
        mjpeg_server.close()
        assert _wait_for(lambda: camera.status().last_error is not None)
        assert camera.status().state in (CameraState.RECONNECTING, CameraState.RUNNING)
    finally:
        assert camera.stop(timeout=8)


def test_a_video_file_plays_and_loops_for_the_demo(short_clip: Path) -> None:
    camera = open_camera(str(short_clip), loop=True)
    with camera:
        assert _wait_for(lambda: camera.status().frames > 15)
    assert camera.status().reconnects == 0
    assert camera.status().last_error is None


def test_a_missing_video_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    camera = open_camera(str(tmp_path / "nope.mp4"), backoff_initial=0.05, backoff_max=0.1)
    with camera:
        assert _wait_for(lambda: camera.status().reconnects >= 2)
        assert "not found" in (camera.status().last_error or "")
    assert camera.latest() is None


def test_a_slow_consumer_gets_the_newest_frame_not_a_backlog() -> None:
    images = [numbered_frame(n) for n in range(30)]
    camera = SimulatedCamera(images, fps=200, loop=False)
    with camera:
        assert _wait_for(lambda: camera.status().frames >= 30)
    latest = camera.latest()
    assert latest is not None and latest.seq >= 30
    assert np.array_equal(latest.image, images[-1]) or latest.seq > 30


def test_a_simulated_camera_plays_a_folder_and_skips_bad_files(tmp_path: Path) -> None:
    import cv2

    for n in range(3):
        cv2.imwrite(str(tmp_path / f"{n}.png"), numbered_frame(n))
    (tmp_path / "3.png").write_bytes(b"not a png")
    camera = open_camera(f"sim:{tmp_path}", fps=100)
    with camera:
        frame = camera.wait_frame(timeout=5)
        assert frame is not None and frame.image.shape == (120, 160, 3)
        assert _wait_for(lambda: camera.status().frames >= 6)
    assert camera.status().last_error is None


def test_a_listener_that_raises_does_not_stop_capture() -> None:
    camera = SimulatedCamera([numbered_frame(0)], fps=100)

    def broken(frame: Frame) -> None:
        raise RuntimeError("consumer bug")

    camera.add_listener(broken)
    with camera:
        assert _wait_for(lambda: camera.status().frames >= 5)


@pytest.mark.parametrize("bad", ["", "ftp-ish", None])
def test_a_source_nobody_can_open_is_a_config_error(bad: object) -> None:
    with pytest.raises(CameraConfigError):
        open_camera(bad)  # type: ignore[arg-type]


def test_a_usb_camera_that_is_not_plugged_in_is_retried_with_backoff() -> None:
    camera = open_camera(97, backoff_initial=0.05, backoff_max=0.1)
    with camera:
        assert _wait_for(lambda: camera.status().reconnects >= 2)
        assert "cannot open 97" in (camera.status().last_error or "")
    assert camera.status().state is CameraState.STOPPED
