"""Cameras: one capture thread each, latest-frame semantics, reconnect with backoff.

from drivers.cameras import open_camera
cam = open_camera("sim:resources/demo/plates", fps=5)   # or 0, "rtsp://…", "clip.mp4"
cam.add_listener(lambda frame: ...)                     # called on the capture thread
cam.start(); ...; cam.latest(); cam.status(); cam.stop()
"""

from drivers.cameras.base import Camera, CameraState, CameraStatus, Frame, FrameListener
from drivers.cameras.registry import CameraConfigError, camera_kinds, open_camera, register_camera

__all__ = [
    "Camera",
    "CameraConfigError",
    "CameraState",
    "CameraStatus",
    "Frame",
    "FrameListener",
    "camera_kinds",
    "open_camera",
    "register_camera",
]
