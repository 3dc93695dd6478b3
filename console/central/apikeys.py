"""API keys of the registration API's clients: made once, kept only as a digest.

A key reads `ppk_<id>_<secret>`.  The id (public, 12 hex digits) finds the
row; the secret (32 random bytes) is checked against its SHA-256 digest with
a constant-time comparison.  A fast hash is enough here: the secret is 256
random bits, not a password a person chose, so there is nothing to guess and
no dictionary to slow down (a slow KDF would only slow down every request).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from console.central import schema as central
from console.central.db import CentralError
from console.timeutil import utc_now

PREFIX = "ppk"
_CLIENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_KEY = re.compile(rf"^{PREFIX}_([0-9a-f]{{12}})_([A-Za-z0-9_-]{{43}})$")
# Compared against when the id is unknown, so a wrong id costs the same as a wrong secret.
_NO_DIGEST = hashlib.sha256(b"no such key").digest()


@dataclass(frozen=True, slots=True)
class NewKey:
    id: str
    client: str
    key: str  # shown once, never stored


@dataclass(frozen=True, slots=True)
class KeyInfo:
    id: str
    client: str
    created_at: datetime
    revoked_at: datetime | None


def _digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode("ascii")).digest()


def add_key(connection: Connection, client: str) -> NewKey:
    """A new key for `client` (a client may hold several, so a key can be replaced without a gap)."""
    if not _CLIENT.match(client):
        raise CentralError(f"{client!r} is not a client name: letters, digits, '.', '_' and '-', 1-64, starting with a letter or digit")
    key_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    connection.execute(insert(central.api_keys).values(
        id=key_id, client=client, secret_sha256=_digest(secret), created_at=utc_now()))
    return NewKey(key_id, client, f"{PREFIX}_{key_id}_{secret}")


def client_of(connection: Connection, key: str) -> str | None:
    """The client a presented key belongs to, or None when it is malformed, unknown, wrong or revoked."""
    match = _KEY.match(key)
    key_id, secret = (match.group(1), match.group(2)) if match else ("", "")
    k = central.api_keys
    row = connection.execute(
        select(k.c.client, k.c.secret_sha256).where(k.c.id == key_id, k.c.revoked_at.is_(None))
    ).first() if match else None
    stored = bytes(row.secret_sha256) if row else _NO_DIGEST
    matches = hmac.compare_digest(_digest(secret), stored)
    return row.client if row is not None and matches else None


def list_keys(connection: Connection) -> list[KeyInfo]:
    k = central.api_keys
    rows = connection.execute(select(k.c.id, k.c.client, k.c.created_at, k.c.revoked_at).order_by(k.c.created_at))
    return [KeyInfo(r.id, r.client, r.created_at, r.revoked_at) for r in rows]


def revoke_key(connection: Connection, key_id: str) -> KeyInfo:
    """Revoke one key by its id (the 12 hex digits after `ppk_`); from the next request on it is refused."""
    k = central.api_keys
    row = connection.execute(
        update(k).where(k.c.id == key_id, k.c.revoked_at.is_(None)).values(revoked_at=utc_now())
        .returning(k.c.id, k.c.client, k.c.created_at, k.c.revoked_at)
    ).first()
    if row is None:
        known = connection.scalar(select(k.c.id).where(k.c.id == key_id))
        raise CentralError(f"key {key_id} was already revoked" if known else
                           f"no key {key_id!r}: see `platepay central apikey list` for the ids")
    return KeyInfo(row.id, row.client, row.created_at, row.revoked_at)
