"""Reports: fleet (per vehicle, per driver slot, fuelling places, consumption, exceptions) and shift close.

Every report is a `console.reports.table.Report`: stable column keys, exact values.
Builders live with their subject (console/fleet, console/shifts); this package
holds the shared table shape, the registry of report names and the exporters.
"""
