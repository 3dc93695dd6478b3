"""Titles of the reports and their columns, found in the builders by resources/i18n/report_words.py
so that lupdate sees them; made by resources/i18n/update.sh, do not edit."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLES = (
    QT_TRANSLATE_NOOP("Report", "A driver is the one the station charged at the filling; no driver: no slot covered it (the account's phone)."),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Against band'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Amount'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Amount (fillings)'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Amount (pump totals)'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Band from'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Band to'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Baseline (median)'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Closed'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Closed by'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Consumption (L/100 km or L/h)'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", "Consumption is full to full: a fill that reached its preset is partial and counted in the next full fill's segment."),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Consumption per vehicle'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Day report'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Distance (km or h)'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Distance and fuel per driver slot'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Distance since last reading'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", "Distance: since the vehicle's previous reading, counted for the driver on duty at the later filling."),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Driver'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Driver at last reading'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Filling'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Fillings'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'First filling'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Fuelling places per driver'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Full fill'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Full-to-full segments'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Grade'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Lane'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 less than its fillings.'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 more than its fillings.'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Lane %1 nozzle %2 (%3): totals unavailable at close (%4); its %5 filling(s) are not checked against the pump.'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Lane %1 nozzle %2 (%3): totals unavailable at open (%4); its %5 filling(s) are not checked against the pump.'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Lane %1 nozzle %2 (%3): totals unavailable at open and at close (%4); its %5 filling(s) are not checked against the pump.'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Last filling'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Last reading at'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Last reading station'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Line'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Litres'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Litres (fillings)'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Litres (pump totals)'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Meter'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Mismatch (L)'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Mismatch (amount)'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'No shift was closed on this day.'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Nozzle'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Nozzles without totals'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Odometer (km or h)'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'One row per vehicle, driver, station and lane; ask for one vehicle for each of its fillings.'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Opened'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Opened by'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Partial fills'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Phone'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Plate'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Pump'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Shift'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Shift %1 at %2: %3 nozzle(s) closed without totals.'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Shift %1 at %2: the pumps counted %3 L, ¥%4 beyond the fillings (totals − fillings).'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Shift report'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Slot'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Station'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Stations'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Tank'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Tender, operator or reason'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'The shift is open: its end totals are not read yet, the figures are the fillings so far.'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Time'),  # console.fleet.reports
    QT_TRANSLATE_NOOP("Report", 'Totals'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Totals at close (L)'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Totals at open (L)'),  # console.shifts.reports
    QT_TRANSLATE_NOOP("Report", 'Vehicle baseline'),  # console.fleet.reports
)
