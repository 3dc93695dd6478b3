"""Gateways that deliver a charge request to the payment platform.

The webhook gateway POSTs the request as JSON with the filling id as the
idempotency key: the platform may receive a request more than once (a reply
lost on the way back), and must treat a repeat as the same charge.  The
signature (HMAC-SHA256, docs/charging.md) covers the scheme version, a
timestamp, the idempotency key and the exact body bytes, so a captured request
cannot be replayed later or under another key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from decimal import Decimal
from typing import Any, Callable, Protocol

SIGNATURE_HEADER = "X-PlatePay-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"


class ChargeError(RuntimeError):
    """Delivery failed; `retry` says whether trying again can help."""

    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


class ChargeGateway(Protocol):
    def send(self, idempotency_key: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """Return once the platform accepted the request; raise ChargeError otherwise.

        The platform's answer, when it is a JSON object, is returned: it may carry what the
        driver's phone sent with the confirmation (`odometer`, docs/charging.md)."""


def encode_body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


SCHEME = "v1"
TIMESTAMP_HEADER = "X-PlatePay-Timestamp"
DEFAULT_WINDOW_SECONDS = 300


def signed_bytes(timestamp: int, key: str, body: bytes) -> bytes:
    """What the signature covers: 'v1' LF timestamp LF idempotency key LF body."""
    return f"{SCHEME}\n{timestamp}\n{key}\n".encode() + body


def sign(body: bytes, secret: str, key: str, timestamp: int) -> str:
    return f"{SCHEME}=" + hmac.new(secret.encode(), signed_bytes(timestamp, key, body), hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, *, key: str | None, timestamp: str | None, signature: str | None,
           now: float, window_seconds: int = DEFAULT_WINDOW_SECONDS) -> str | None:
    """Why a received request must be refused, or None when it is genuine and fresh.

    The platform's side of the scheme: the bundled sink uses it, and docs/charging.md
    describes it for a platform to implement."""
    if not key or not timestamp or not signature:
        return "missing idempotency key, timestamp or signature"
    try:
        sent_at = int(timestamp)
    except ValueError:
        return "timestamp is not whole seconds"
    if abs(now - sent_at) > window_seconds:
        return f"timestamp {sent_at} is outside the {window_seconds} s window"
    if not hmac.compare_digest(sign(body, secret, key, sent_at), signature):
        return "signature does not match"
    try:
        body_key = json.loads(body).get("idempotency_key")
    except (ValueError, AttributeError):
        return "body is not a JSON object"
    if body_key != key:
        return "idempotency key differs from the body's"
    return None


class WebhookGateway:
    def __init__(self, url: str, secret: str, timeout: float = 10.0, clock: Callable[[], float] = time.time) -> None:
        self.url = url
        self._secret = secret
        self._timeout = timeout
        self._clock = clock

    def send(self, idempotency_key: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        body = encode_body(payload)
        timestamp = int(self._clock())  # each attempt signs anew: a retry is fresh, a replay is not
        request = urllib.request.Request(
            self.url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                IDEMPOTENCY_HEADER: idempotency_key,
                TIMESTAMP_HEADER: str(timestamp),
                SIGNATURE_HEADER: sign(body, self._secret, idempotency_key, timestamp),
                "User-Agent": "PlatePay",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as reply:
                answer = reply.read()
        except urllib.error.HTTPError as exc:
            # 408 and 429 and every 5xx are the platform's trouble, worth another try;
            # any other 4xx means the request itself is wrong and will stay wrong.
            retry = exc.code in (408, 429) or exc.code >= 500
            raise ChargeError(f"payment platform answered HTTP {exc.code}", retry=retry) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ChargeError(f"payment platform unreachable: {reason}", retry=True) from None
        return reply_object(answer)


def reply_object(answer: bytes) -> dict[str, Any] | None:
    """The platform's answer as a JSON object, or None (an empty or other answer is no less an acceptance)."""
    try:
        # A reading sent as a JSON number stays exact (and is checked as text, never as a float).
        parsed = json.loads(answer, parse_float=Decimal) if answer.strip() else None
    except (ValueError, UnicodeDecodeError):
        return None
    return parsed if isinstance(parsed, dict) else None
