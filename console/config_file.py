"""Writing the configuration file: validated first, replaced atomically.

A crash or a cancelled dialog can never leave a half-written file: the new
text goes to a temporary file beside the old one, which os.replace swaps in.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from console.config import Config, ConfigError, from_dict


def save_config(data: dict[str, Any], path: Path) -> Config:
    """Check `data` as a configuration, then write it to `path`.  Raises ConfigError, writing nothing."""
    config = from_dict(data, source=path)
    text = tomli_w.dumps(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return config


def save_setting(path: Path, section: str, key: str, value: Any) -> Config:
    """Change one key of the configuration file at `path`, keeping the rest as written.

    Raises ConfigError (nothing written) for a value the schema refuses or a
    file that is not valid TOML, OSError when the file cannot be read or written.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    data.setdefault(section, {})[key] = value
    return save_config(data, path)
