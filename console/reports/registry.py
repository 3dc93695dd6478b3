"""Report names and the builders that make them, found by dotted path when first asked for.

    from console.reports import registry
    report = registry.build("places", Source(engine), ReportFilter(since=…, until=…))

Builders live with their subject (fleet reports in console.fleet.reports, shift close in
console.shifts.reports) and are imported only when their report is asked for, as
python-can finds an interface by name: the CLI and the window name a report, never a
module, and a report whose builder is not installed yet is a clear refusal, not an
ImportError at start.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any, Callable

from console.reports.table import Report, ReportFilter, Source

Builder = Callable[[Source, ReportFilter], Report]

#: name → "module:function"; the order is the order the CLI and the window offer them in.
BUILDERS: dict[str, str] = {
    "vehicles": "console.fleet.reports:vehicles",
    "drivers": "console.fleet.reports:drivers",
    "places": "console.fleet.reports:places",
    "exceptions": "console.fleet.reports:exceptions",
    "shift": "console.shifts.reports:shift",
    "day": "console.shifts.reports:day",
}


class ReportError(Exception):
    """A report cannot be made as asked.  `code` says why (the window words it), `name` is the report."""

    def __init__(self, code: str, name: str, message: str) -> None:
        super().__init__(message)
        self.code, self.name = code, name


class UnknownReport(ReportError):
    def __init__(self, name: str) -> None:
        super().__init__("unknown", name, f"no report named {name!r}: choose one of {', '.join(BUILDERS)}")


class ReportUnavailable(ReportError):
    """The report is known but its builder is not in this installation (yet)."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__("unavailable", name, f"the {name} report is not available in this version: {path} is not installed")
        self.path = path


def names() -> tuple[str, ...]:
    return tuple(BUILDERS)


def builder(name: str) -> Builder:
    """The builder of report `name`; raises UnknownReport or ReportUnavailable."""
    try:
        path = BUILDERS[name]
    except KeyError:
        raise UnknownReport(name) from None
    module_name, _, attribute = path.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        # Only the builder's own module (or its package) missing means "not there yet"; a
        # module it imports being absent is a broken installation and is raised as it is.
        if exc.name is None or not (module_name == exc.name or module_name.startswith(exc.name + ".")):
            raise
        raise ReportUnavailable(name, path) from None
    found = getattr(module, attribute, None)
    if not callable(found):
        raise ReportUnavailable(name, path)
    return found


def available(name: str) -> bool:
    try:
        builder(name)
    except ReportUnavailable:
        return False
    return True


def build(name: str, source: Source, where: ReportFilter, rules: Any = None) -> Report:
    """`rules`: the station's thresholds (Config.fleet) for a report that judges (exceptions);
    the others take none."""
    make = builder(name)
    wants_rules = rules is not None and "rules" in inspect.signature(make).parameters
    report = make(source, where, rules=rules) if wants_rules else make(source, where)
    if not isinstance(report, Report):
        raise TypeError(f"{BUILDERS[name]} returned {type(report).__name__}, not a Report")
    return report
