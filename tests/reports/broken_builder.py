"""A builder module whose own import fails: a broken installation, not a report not there yet."""

import platepay_no_such_dependency  # noqa: F401


def vehicles(source, where):  # pragma: no cover - never reached
    raise AssertionError
