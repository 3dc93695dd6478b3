"""Operators and their passwords (scrypt, from the standard library)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain.errors import Conflict, DomainError
from console.store.models import Operator, Role

# OWASP's scrypt minimum (N=2^17 would cost 128 MiB per check on a cashier PC).
_N, _R, _P = 2**14, 8, 1


class AuthenticationFailed(DomainError):
    pass


class Permission(StrEnum):
    """What an operator may do off the lanes (the lanes' own rules are in console/lanes/commands.py)."""

    TOP_UP = "top_up"
    TOP_UP_ABOVE_THRESHOLD = "top_up_above_threshold"  # [rules] top_up_manager_above
    MOVE_PLATE = "move_plate"


# One table, asked by the services (the rule) and by the window (to say so before asking).
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASHIER: frozenset({Permission.TOP_UP}),
    Role.MANAGER: frozenset(Permission),
}


def may(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS.get(role, frozenset())


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    encode = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return f"scrypt${_N}${_R}${_P}${encode(salt)}${encode(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def add_operator(session: Session, username: str, password: str, role: Role | str, display_name: str | None = None) -> Operator:
    username = username.strip()
    if not username:
        raise Conflict("an operator needs a user name")
    if len(password) < 6:
        raise Conflict("a password has at least 6 characters")
    if session.scalar(select(Operator.id).where(Operator.username == username)):
        raise Conflict(f"operator {username} already exists")
    operator = Operator(
        id=uuid.uuid4(), username=username, display_name=display_name, role=Role(role), password_hash=hash_password(password)
    )
    session.add(operator)
    session.flush()
    return operator


def authenticate(session: Session, username: str, password: str, *, needs: Role | None = None) -> Operator:
    operator = session.scalar(select(Operator).where(Operator.username == username, Operator.active.is_(True)))
    if operator is None or not verify_password(password, operator.password_hash):
        raise AuthenticationFailed("wrong user name or password")
    if needs is Role.MANAGER and operator.role is not Role.MANAGER:
        raise AuthenticationFailed(f"{username} is a {operator.role.value}: this needs a manager")
    return operator
