"""Where the station's central URL and password come from, most explicit first:
`--central URL`, then `[central] url` in the configuration, with the password
taken from the OS keyring when the URL leaves it out (keyring is optional)."""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL

from console.central.db import CentralError, parse_url
from console.config import Config

KEYRING_SERVICE = "platepay-central"

log = logging.getLogger(__name__)


def keyring_password(role: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, role)
    except KeyringError as exc:
        log.warning("the OS keyring could not be read (%s); using the URL as configured", exc)
        return None


def central_url(config: Config, explicit: str | None = None) -> URL:
    """The URL to sync with; raises CentralError saying how to give one."""
    if explicit:
        return parse_url(explicit)
    if not config.central.url:
        raise CentralError("no central database: set [central] url in the configuration or give --central URL")
    url = parse_url(config.central.url)
    if url.password is None and url.username:
        password = keyring_password(url.username)
        if password is not None:
            url = url.set(password=password)
    return url
