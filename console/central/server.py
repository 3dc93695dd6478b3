"""Serving the registration API (console.central.api) with waitress, a threaded WSGI server.

`ApiServer(app, "127.0.0.1", 8080)` binds at once (port 0 takes a free one,
read back from `port`); `serve_forever()` answers until `stop()` is called
from another thread or Ctrl-C; `start()` does the same on its own thread.
The loop is waitress's own, run a poll at a time so a stop needs no wake-up
from another thread.
"""

from __future__ import annotations

import ipaddress
import threading

import waitress
from waitress.server import BaseWSGIServer

from console.central.db import CentralError

DEFAULT_LISTEN = "127.0.0.1:8080"
THREADS = 4  # requests served at once; each holds one central connection while it runs
# Waitress answers a larger body itself, in plain text, before the API sees it; the API's own
# limit (console.central.api.MAX_BODY_BYTES) is lower and answered in JSON.
MAX_REQUEST_BYTES = 1024 * 1024
POLL_S = 0.2  # how soon a stop is noticed


def parse_listen(text: str) -> tuple[str, int]:
    """'127.0.0.1:8080', '[::1]:8080' or ':8080' (every address) → (host, port)."""
    host, sep, port = text.strip().rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise CentralError(f"--listen {text!r}: use HOST:PORT such as 127.0.0.1:8080 (port 0-65535)")
    return host.strip("[]") or "0.0.0.0", int(port)


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class ApiServer:
    def __init__(self, app, host: str, port: int, *, threads: int = THREADS) -> None:
        try:
            self._server = waitress.create_server(
                app, host=host, port=port, threads=threads, ident="platepay",
                max_request_body_size=MAX_REQUEST_BYTES, clear_untrusted_proxy_headers=True,
            )
        except OSError as exc:
            raise CentralError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
        if not isinstance(self._server, BaseWSGIServer):  # a name that resolved to several addresses
            self._server.close()
            raise CentralError(f"{host} names more than one address: listen on one, such as 127.0.0.1 or [::1]")
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def host(self) -> str:
        return self._server.effective_host

    @property
    def port(self) -> int:
        return self._server.effective_port

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def serve_forever(self) -> None:
        """Answer until `stop()`; an exception (Ctrl-C's KeyboardInterrupt) ends it too and goes on up.

        Either way every connection is closed here, on the loop's own thread (waitress's socket
        map is not shared), and requests being served finish before it returns."""
        server = self._server
        try:
            while not self._stopping.is_set() and server._map:
                server.asyncore.loop(timeout=POLL_S, use_poll=server.adj.asyncore_use_poll, map=server._map, count=1)
        finally:
            for channel in list(server._map.values()):
                channel.close()
            server.task_dispatcher.shutdown()

    def start(self) -> ApiServer:
        self._thread = threading.Thread(target=self.serve_forever, name="platepay-central-api", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10) -> bool:
        """Stop serving (from another thread); True once the serving thread has ended."""
        self._stopping.set()
        if self._thread is None:  # never served: only the listening socket to close
            for channel in list(self._server._map.values()):
                channel.close()
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()
