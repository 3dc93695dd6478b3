"""CLI output: human text by default, one JSON object per result with --json."""

from __future__ import annotations

import json
import sys
import uuid
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=_default, separators=(",", ":"))


class Output:
    def __init__(self, as_json: bool, stream=None) -> None:
        self.as_json = as_json
        self.stream = stream or sys.stdout

    def result(self, obj: dict[str, Any], human: str) -> None:
        print(to_json(obj) if self.as_json else human, file=self.stream, flush=True)

    def error(self, message: str) -> None:
        if self.as_json:
            print(to_json({"error": message}), file=self.stream, flush=True)
        print(f"platepay: error: {message}", file=sys.stderr, flush=True)
