"""Reports made by hand, as a builder would return them: Chinese plates and names, every kind of value."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from console.reports.table import Column, Kind, Report, ReportFilter, Source

FILLING = uuid.UUID("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")

COLUMNS = (
    Column("plate", "Plate"),
    Column("driver", "Driver"),
    Column("station", "Station"),
    Column("at", "Time", Kind.DATETIME),
    Column("day", "Day", Kind.DATE),
    Column("fillings", "Fillings", Kind.INT),
    Column("litres", "Litres", Kind.LITRES),
    Column("amount", "Amount (¥)", Kind.FEN),
    Column("distance_km", "Distance (km)", Kind.KM),
    Column("l_per_100km", "L/100 km", Kind.DECIMAL),
    Column("card_no", "Card"),
    Column("filling", "Filling", Kind.TEXT),
)

ROWS = [
    ("京A12345", "王师傅", "北京东站", datetime(2026, 12, 1, 0, 30, 15, tzinfo=UTC), date(2026, 12, 1), 2,
     Decimal("36.490"), 28791, Decimal("412.5"), Decimal("8.85"), "8000000000000018", FILLING),
    ("粤BD12345", "李 四", "-10# 柴油岛", datetime(2026, 12, 1, 16, 5, tzinfo=UTC), date(2026, 12, 2), 1,
     Decimal("120.005"), 95003, Decimal("0.0"), None, "0012", None),
    ("沪B67890", "=HYPERLINK(\"x\")", "", datetime(2026, 12, 2, 3, 0, tzinfo=UTC), None, 0,
     Decimal("0.000"), 1, None, Decimal("12.3456"), "+8613900000001", None),
]
TOTALS = (None, None, None, None, None, 3, Decimal("156.495"), 123795, Decimal("412.5"), None, None, None)


def sample_report(rows: list | None = None, **changes) -> Report:
    fields = dict(
        name="vehicles", title="Vehicles", columns=COLUMNS, rows=list(ROWS if rows is None else rows), totals=TOTALS,
        params={"from": date(2026, 12, 1), "to": date(2026, 12, 2), "vehicle": None, "station": "north-7"},
        notes=["粤BD12345: a partial fill, not in the consumption"],
    )
    fields.update(changes)
    return Report(**fields)


# Builders for the registry in tests: what console.fleet.reports will give, by the same contract.
def vehicles(source: Source, where: ReportFilter) -> Report:
    rows = [row for row in ROWS if where.vehicle in (None, row[0])]
    return sample_report(rows, params={"from": where.since, "to": where.until, "vehicle": where.vehicle,
                                       "central": source.central, "station": source.station_id})


def exceptions(source: Source, where: ReportFilter) -> Report:
    columns = (Column("rule", "Rule"), Column("plate", "Plate"), Column("at", "Time", Kind.DATETIME),
               Column("litres", "Litres", Kind.LITRES))
    rows = [("tank_capacity", "京A12345", datetime(2026, 12, day, 2, tzinfo=UTC), Decimal("410.000")) for day in (1, 2, 9)]
    return Report("exceptions", "Exceptions", columns, rows, params={"from": where.since, "to": where.until})


def fillings_by_vehicle(source: Source, where: ReportFilter) -> Report:
    """A vehicles report over the station's real fillings, summed exactly (the window's tests use it)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from console.store.models import Filling, FillingStatus

    columns = (Column("plate", "Plate"), Column("fillings", "Fillings", Kind.INT), Column("litres", "Litres", Kind.LITRES),
               Column("amount_fen", "Amount", Kind.FEN), Column("at", "Time", Kind.DATETIME))
    per: dict[str, list] = {}
    with Session(source.engine) as session:
        query = select(Filling).where(Filling.status == FillingStatus.SETTLED)
        if where.since is not None:
            query = query.where(Filling.created_at >= where.since, Filling.created_at < where.until)
        for filling in session.scalars(query.order_by(Filling.created_at)):
            row = per.setdefault(filling.plate, [filling.plate, 0, Decimal("0.000"), 0, filling.created_at])
            row[1] += 1
            row[2] += filling.litres
            row[3] += filling.amount_fen
            row[4] = filling.created_at
    rows = [tuple(row) for row in per.values()]
    totals = (None, sum(r[1] for r in rows), sum((r[2] for r in rows), Decimal("0.000")), sum(r[3] for r in rows), None)
    return Report("vehicles", "Vehicles", columns, rows, totals, params={"from": where.since, "to": where.until})
