"""A real local HTTP/MJPEG camera that drops its viewers, and a short video clip."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import cv2
import numpy as np
import pytest


def numbered_frame(n: int, size: tuple[int, int] = (160, 120)) -> np.ndarray:
    image = np.full((size[1], size[0], 3), 40, np.uint8)
    cv2.putText(image, str(n), (10, 80), cv2.FONT_HERSHEY_SIMPLEX, 2, (255, 255, 255), 3)
    return image


class MjpegServer:
    """Serves numbered JPEG frames as multipart/x-mixed-replace, like an IP camera,
    and hangs up on each viewer after ``drop_after`` frames."""

    def __init__(self, drop_after: int = 15, fps: float = 30.0) -> None:
        self.drop_after = drop_after
        self.fps = fps
        self.connections = 0
        self.up = True
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                if not server.up:
                    self.send_error(503)
                    return
                server.connections += 1
                self.send_response(200)
                self.send_header("Content-Type", "multipart/x-mixed-replace; boundary=frame")
                self.end_headers()
                try:
                    for n in range(server.drop_after):
                        ok, jpeg = cv2.imencode(".jpg", numbered_frame(n))
                        data = jpeg.tobytes()
                        self.wfile.write(
                            b"--frame\r\nContent-Type: image/jpeg\r\n"
                            + f"Content-Length: {len(data)}\r\n\r\n".encode()
                            + data
                            + b"\r\n"
                        )
                        self.wfile.flush()
                        time.sleep(1 / server.fps)
                except (BrokenPipeError, ConnectionResetError):
                    return
                self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/video.mjpg"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def mjpeg_server() -> Iterator[MjpegServer]:
    server = MjpegServer()
    yield server
    server.close()


@pytest.fixture(scope="session")
def short_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clips") / "lane.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 25.0, (160, 120))
    assert writer.isOpened()
    for n in range(10):
        writer.write(numbered_frame(n))
    writer.release()
    return path
