"""What a settings save changed, key by key, for the audit log (secrets never written)."""

from __future__ import annotations

from typing import Any

#: Keys whose values are never written anywhere but the configuration file itself.
SECRET_KEYS = frozenset({"secret", "password", "url_password"})
HIDDEN = "••••"


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"rules": {"max_fill": "500"}, "lanes": [{"camera": …}]} → {"rules.max_fill": "500", "lanes.1.camera": …}."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, (list, tuple)) and value and all(isinstance(v, dict) for v in value):
            for number, item in enumerate(value, start=1):
                flat.update(flatten(item, f"{name}.{number}."))
        else:
            flat[name] = list(value) if isinstance(value, tuple) else value
    return flat


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{"rules.max_fill": {"from": "500.00", "to": "800.00"}, …}; a secret shows only that it changed."""
    old, new = flatten(before), flatten(after)
    changed: dict[str, dict[str, Any]] = {}
    for key in sorted(old.keys() | new.keys()):
        if old.get(key) == new.get(key):
            continue
        if key.rsplit(".", 1)[-1] in SECRET_KEYS:
            changed[key] = {"from": HIDDEN, "to": HIDDEN}
        else:
            changed[key] = {"from": old.get(key), "to": new.get(key)}
    return changed
