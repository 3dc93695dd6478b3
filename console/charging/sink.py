"""A local payment-platform endpoint: the webhook's peer in the demo and the tests.

It verifies each request as a payment platform must (console.charging.gateway.verify:
signature over timestamp, key and body; a fresh timestamp; the key the body names),
answers 2xx, and records each signed idempotency key once, so a repeated delivery
is visible as a repeat and never as a second charge.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

import time

from console.charging.gateway import DEFAULT_WINDOW_SECONDS, IDEMPOTENCY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify


@dataclass
class SinkRecord:
    charges: dict[str, dict[str, Any]] = field(default_factory=dict)
    repeats: int = 0
    rejected: int = 0
    reasons: list[str] = field(default_factory=list)  # why each refused request was refused


class WebhookSink:
    def __init__(self, secret: str, host: str = "127.0.0.1", port: int = 0, window_seconds: int = DEFAULT_WINDOW_SECONDS) -> None:
        self.secret = secret
        self.window_seconds = window_seconds
        self.record = SinkRecord()
        self.available = True  # False: answer 503, as a platform in maintenance does
        # What the platform answers a new charge with (the phone's confirmation: {"odometer": "…"}), by its payload.
        self.reply_for: Callable[[dict[str, Any]], dict[str, Any] | None] = lambda payload: None
        self._lock = threading.Lock()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                status = sink._accept(
                    body, self.headers.get(IDEMPOTENCY_HEADER), self.headers.get(TIMESTAMP_HEADER), self.headers.get(SIGNATURE_HEADER),
                )
                answer = json.dumps(sink.reply_for(json.loads(body)) or {}).encode() if status < 300 else b""
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args) -> None:
                pass

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhook-sink", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/charges"

    def start(self) -> WebhookSink:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def _accept(self, body: bytes, key: str | None, timestamp: str | None, signature: str | None) -> int:
        if not self.available:
            return 503
        refused = verify(body, self.secret, key=key, timestamp=timestamp, signature=signature,
                         now=time.time(), window_seconds=self.window_seconds)
        if refused is not None:
            with self._lock:
                self.record.rejected += 1
                self.record.reasons.append(refused)
            return 401
        with self._lock:
            if key in self.record.charges:
                self.record.repeats += 1
                return 200  # the same charge again: accepted, not charged twice
            self.record.charges[key] = json.loads(body)
        return 201
