"""Gateways that deliver a charge request to the payment platform.

The webhook gateway POSTs the request as JSON, signed with HMAC-SHA256 over the
exact body bytes, with the filling id as the idempotency key: the platform may
receive a request more than once (a reply lost on the way back), and must treat
a repeat as the same charge.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import urllib.error
import urllib.request
from typing import Any, Protocol

SIGNATURE_HEADER = "X-PlatePay-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"


class ChargeError(RuntimeError):
    """Delivery failed; `retry` says whether trying again can help."""

    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


class ChargeGateway(Protocol):
    def send(self, idempotency_key: str, payload: dict[str, Any]) -> None:
        """Return once the platform accepted the request; raise ChargeError otherwise."""


def encode_body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_valid(body: bytes, secret: str, header: str | None) -> bool:
    return header is not None and hmac.compare_digest(sign(body, secret), header)


class WebhookGateway:
    def __init__(self, url: str, secret: str, timeout: float = 10.0) -> None:
        self.url = url
        self._secret = secret
        self._timeout = timeout

    def send(self, idempotency_key: str, payload: dict[str, Any]) -> None:
        body = encode_body(payload)
        request = urllib.request.Request(
            self.url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                IDEMPOTENCY_HEADER: idempotency_key,
                SIGNATURE_HEADER: sign(body, self._secret),
                "User-Agent": "PlatePay",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as reply:
                reply.read()
        except urllib.error.HTTPError as exc:
            # 408 and 429 and every 5xx are the platform's trouble, worth another try;
            # any other 4xx means the request itself is wrong and will stay wrong.
            retry = exc.code in (408, 429) or exc.code >= 500
            raise ChargeError(f"payment platform answered HTTP {exc.code}", retry=retry) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ChargeError(f"payment platform unreachable: {reason}", retry=True) from None
