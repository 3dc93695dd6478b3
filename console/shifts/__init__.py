"""Shifts (交班) and the day's close (日结): opened and closed against the pumps' electronic totals.

- totals.py: the totals of every configured nozzle, read through a running bus.
- pumps.py: the same for a process that is not the console (the CLI): it opens the buses itself.
- service.py: open_shift, close_shift, current_shift; the refusals, as codes and values.
- figures.py: a shift's lines from its fillings and the audit log, computed at close.
- reports.py: the shift and day reports (console.reports.table.Report), at a station or at central.
"""
