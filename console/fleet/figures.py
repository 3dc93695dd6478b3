"""Exact figures of the fleet reports: consumption and a vehicle's own baseline."""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import Decimal
from typing import Any

from console.fleet import queries
from console.reports.table import ReportFilter, Source
from console.store.fleet_models import Meter

_PLACES = Decimal("0.01")


def consumption(litres: Decimal | None, distance: Decimal | None, meter: str) -> Decimal | None:
    """L/100 km (or L/h on an hours meter), to 0.01; None without a distance."""
    if litres is None or not distance or distance <= 0:
        return None
    per = Decimal(100) if meter == Meter.KM.value else Decimal(1)
    return (Decimal(litres) * per / Decimal(distance)).quantize(_PLACES)


def baselines(source: Source, flt: ReportFilter) -> dict[uuid.UUID, tuple[Decimal, int]]:
    """vehicle → (its own baseline: the median consumption of its segments to the filter's end, how many segments)."""
    middles: dict[Any, list[Decimal]] = defaultdict(list)
    counts: dict[Any, int] = {}
    for vehicle_id, meter, litres, distance, of in queries.run(source, queries.medians(source, flt)):
        middles[vehicle_id].append(consumption(litres, distance, meter))
        counts[vehicle_id] = of
    return {v: ((sum(f) / len(f)).quantize(_PLACES), counts[v]) for v, f in middles.items()}
