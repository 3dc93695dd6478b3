"""`platepay odometer`: readings at the filling (typed, imported from telematics, corrected) and
`platepay vehicles fleet`: a vehicle's tank capacity, meter kind and consumption band."""

from __future__ import annotations

import uuid
from pathlib import Path

from console import services
from console.cli.context import AppContext
from console.domain import accounts
from console.domain.errors import DomainError
from console.fleet import odometer, telematics
from console.fleet import vehicles as fleet_vehicles
from console.store.fleet_models import ReadingSource

CLI_OPERATOR = "cli"


def register(sub) -> None:
    odo = sub.add_parser("odometer", help="odometer (or engine-hours) readings at the filling").add_subparsers(dest="sub", required=True)
    p = odo.add_parser("import", help="readings from a telematics CSV (plate,at,odometer), each matched to the plate's nearest filling")
    p.add_argument("file", help="CSV with a header line plate,at,odometer; at is ISO 8601, the station's zone when it has none")
    p.add_argument("--window", type=int, help="minutes either side of a filling a line may be (default: [fleet] telematics_match_minutes)")
    p.set_defaults(func=odometer_import)
    p = odo.add_parser("record", help="a reading typed for a filling")
    p.add_argument("filling_id")
    p.add_argument("value", help="km (or engine hours) to a tenth, e.g. 123456.7")
    p.set_defaults(func=odometer_record)
    p = odo.add_parser("correct", help="replace a reading with a new one (the old one stays, audited)")
    p.add_argument("reading_id")
    p.add_argument("value")
    p.add_argument("--reason", required=True, help="kept in the audit log")
    p.set_defaults(func=odometer_correct)
    p = odo.add_parser("history", help="every reading of a vehicle, corrections included")
    p.add_argument("plate")
    p.set_defaults(func=odometer_history)


def register_vehicle_fleet(veh) -> None:
    """`platepay vehicles fleet PLATE …`, under the vehicles group (console/cli/admin.py)."""
    p = veh.add_parser("fleet", help="a vehicle's tank capacity, meter kind and consumption band (for the fleet reports)")
    p.add_argument("plate")
    p.add_argument("--tank", help="tank capacity in litres, e.g. 400")
    p.add_argument("--meter", choices=("km", "hours"), default="km", help="what its meter counts (default km)")
    p.add_argument("--band", help="expected consumption MIN-MAX, L/100 km (L/h on hours), e.g. 28-36; default: its own median")
    p.set_defaults(func=vehicles_fleet)


def _refused(exc: odometer.ReadingRefused) -> DomainError:
    return DomainError(f"{exc} [{exc.code}]")


def odometer_import(ctx: AppContext) -> int:
    path = Path(ctx.args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DomainError(f"{path}: cannot read ({exc.strerror})") from None
    window = ctx.args.window or ctx.config.fleet.telematics_match_minutes
    try:
        result = telematics.import_csv(ctx.store, text, station_id=ctx.station_id, zone=ctx.config.station.zone,
                                       region=ctx.config.station.region, window_minutes=window)
    except odometer.ReadingRefused as exc:
        raise _refused(exc) from None
    taken, already = result.count(telematics.Outcome.TAKEN), result.count(telematics.Outcome.ALREADY)
    lines = [f"{path}: {taken} taken, {already} imported before, {len(result.not_taken)} not taken"]
    for line in result.not_taken:
        lines.append(f"  line {line.number}: {line.plate} {line.at.isoformat() if line.at else '-'} {line.value}: "
                     f"{line.outcome} ({line.code}{' ' + str(line.params) if line.params else ''})")
    ctx.out.result({
        "taken": taken, "already": already,
        "not_taken": [{"line": n.number, "plate": n.plate, "at": n.at, "value": n.value, "outcome": n.outcome,
                       "code": n.code, "params": n.params} for n in result.not_taken],
    }, "\n".join(lines))
    return 0 if not result.not_taken else 1


def odometer_record(ctx: AppContext) -> int:
    try:
        with ctx.store.write() as session:
            taken = odometer.record(session, station_id=ctx.station_id, filling_id=uuid.UUID(ctx.args.filling_id),
                                    value=ctx.args.value, source=ReadingSource.CASHIER, operator=CLI_OPERATOR)
    except odometer.ReadingRefused as exc:
        raise _refused(exc) from None
    except ValueError:
        raise DomainError(f"{ctx.args.filling_id!r} is not a filling id") from None
    ctx.out.result(_shown(taken), f"{taken.plate}: {taken.value} {taken.meter} (reading {taken.id})")
    return 0


def odometer_correct(ctx: AppContext) -> int:
    try:
        with ctx.store.write() as session:
            taken = odometer.correct(session, station_id=ctx.station_id, reading_id=uuid.UUID(ctx.args.reading_id),
                                     value=ctx.args.value, operator=CLI_OPERATOR, reason=ctx.args.reason)
    except odometer.ReadingRefused as exc:
        raise _refused(exc) from None
    except ValueError:
        raise DomainError(f"{ctx.args.reading_id!r} is not a reading id") from None
    ctx.out.result(_shown(taken), f"{taken.plate}: corrected to {taken.value} {taken.meter} (reading {taken.id})")
    return 0


def odometer_history(ctx: AppContext) -> int:
    with ctx.store.read() as session:
        vehicle = accounts.find_vehicle(session, ctx.args.plate, ctx.config.station.region)
        readings = odometer.history(session, vehicle.id)
        rows = [{"id": r.id, "at": r.at, "value": r.value, "meter": r.meter, "source": r.source, "filling_id": r.filling_id,
                 "operator": r.operator, "corrects_id": r.corrects_id, "station_id": r.station_id} for r in readings]
    human = [f"{vehicle.plate}: {len(rows)} readings"] + [
        f"  {r['at'].isoformat()} {r['value']} {r['meter']} {r['source']}"
        f"{' corrects ' + str(r['corrects_id']) if r['corrects_id'] else ''} ({r['id']})" for r in rows]
    ctx.out.result({"plate": vehicle.plate, "readings": rows}, "\n".join(human))
    return 0


def vehicles_fleet(ctx: AppContext) -> int:
    low, high = None, None
    if ctx.args.band:
        try:
            low, high = (part.strip() for part in ctx.args.band.split("-"))
        except ValueError:
            raise DomainError(f"--band {ctx.args.band!r}: give MIN-MAX, e.g. 28-36") from None
    attributes = fleet_vehicles.parse(ctx.args.tank, ctx.args.meter, low, high)
    vehicle = services.set_vehicle_fleet(ctx.store, services.Actor(CLI_OPERATOR, ctx.station_id), ctx.args.plate, attributes,
                                         ctx.config.station.region)
    band = f"{attributes.consumption_min}-{attributes.consumption_max}" if attributes.consumption_min is not None else "own median"
    ctx.out.result({"plate": vehicle.plate, **attributes.__dict__},
                   f"{vehicle.plate}: tank {attributes.tank_litres or '-'} L, meter {attributes.meter}, band {band}")
    return 0


def _shown(taken: odometer.Taken) -> dict:
    return {"id": taken.id, "plate": taken.plate, "filling_id": taken.filling_id, "value": taken.value, "meter": taken.meter,
            "source": taken.source, "at": taken.at, "last": taken.last}
