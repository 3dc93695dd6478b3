"""Admin commands: accounts, cards, vehicles, phones, operators, demo data."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select

from console import demo, services
from console.cli import odometer as odometer_cli
from console.cli.context import AppContext
from console.domain import accounts, ledger
from console.domain.errors import DomainError
from console.domain.slots import Slot
from console.money import format_yuan, parse_litres, parse_yuan
from console.store.models import Account, Filling, FillingStatus, PaymentMethod, Role
from console.timeutil import as_utc, utc_now

CLI_OPERATOR = "cli"


def register(sub) -> None:
    acc = sub.add_parser("accounts", help="customer and fleet accounts").add_subparsers(dest="sub", required=True)
    p = acc.add_parser("add", help="create an account")
    p.add_argument("name")
    p.add_argument("--phone", help="the account's phone, used when no driver's slot covers a filling")
    p.set_defaults(func=accounts_add)
    acc.add_parser("list", help="list accounts").set_defaults(func=accounts_list)

    cards = sub.add_parser("cards", help="prepaid fuel cards").add_subparsers(dest="sub", required=True)
    p = cards.add_parser("issue", help="issue a card to an account")
    p.add_argument("account", help="account id or name")
    p.add_argument("--card-no", help="card number (default: a new 16-digit number)")
    p.set_defaults(func=cards_issue)
    p = cards.add_parser("topup", help="credit a card")
    p.add_argument("card_no")
    p.add_argument("amount", help="yuan, e.g. 500 or 500.50")
    p.add_argument("--reason", help="kept in the audit log")
    p.add_argument("--method", choices=[m.value for m in PaymentMethod], default=PaymentMethod.CASH.value,
                   help="how the customer paid, kept with the top-up (default: cash)")
    p.set_defaults(func=cards_topup)
    p = cards.add_parser("show", help="balance, reservations and vehicles of a card")
    p.add_argument("card_no")
    p.set_defaults(func=cards_show)

    fil = sub.add_parser("fillings", help="fillings that need a person").add_subparsers(dest="sub", required=True)
    fil.add_parser("unsettled", help="fillings held for a manual settlement (their pump forgot them)").set_defaults(func=fillings_unsettled)
    p = fil.add_parser("settle", help="settle by hand, from the pump's display or totals, a filling its pump forgot")
    p.add_argument("filling_id")
    p.add_argument("--litres", required=True, help="as the pump's display or totals show, e.g. 36.49")
    p.add_argument("--amount", required=True, help="yuan, e.g. 287.91")
    p.add_argument("--reason", required=True, help="kept in the audit log, e.g. 'read from the pump display'")
    p.set_defaults(func=fillings_settle)

    veh = sub.add_parser("vehicles", help="plates bound to cards").add_subparsers(dest="sub", required=True)
    p = veh.add_parser("bind", help="bind a plate to a card")
    p.add_argument("plate")
    p.add_argument("card_no")
    p.add_argument("--move", action="store_true", help="the plate is on another card: move it here (audited with both cards)")
    p.add_argument("--reason", help="kept in the audit log")
    p.set_defaults(func=vehicles_bind)
    odometer_cli.register_vehicle_fleet(veh)

    phones = sub.add_parser("phones", help="drivers' phones and their slots").add_subparsers(dest="sub", required=True)
    p = phones.add_parser("bind", help="bind a phone to a plate for a slot of the day")
    p.add_argument("plate")
    p.add_argument("phone")
    p.add_argument("--slot", required=True, help="HH:MM-HH:MM in the station's local time; may wrap past midnight")
    p.add_argument("--driver", help="driver's name")
    p.set_defaults(func=phones_bind)
    p = phones.add_parser("who", help="which phone is on duty for a plate")
    p.add_argument("plate")
    p.add_argument("--at", help="ISO time (default: now); without a zone it is the station's local time")
    p.set_defaults(func=phones_who)

    ops = sub.add_parser("operators", help="cashiers and managers").add_subparsers(dest="sub", required=True)
    p = ops.add_parser("add", help="add an operator")
    p.add_argument("username")
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.CASHIER.value)
    p.add_argument("--password", required=True)
    p.add_argument("--name", help="display name")
    p.set_defaults(func=operators_add)

    demo_cmd = sub.add_parser("demo", help="demo data").add_subparsers(dest="sub", required=True)
    demo_cmd.add_parser("seed", help="demo accounts, cards, plates and phones matching the demo media").set_defaults(func=demo_seed)


def _actor(ctx: AppContext) -> services.Actor:
    return services.Actor(CLI_OPERATOR, ctx.station_id)


def accounts_add(ctx: AppContext) -> int:
    account = services.add_account(ctx.store, _actor(ctx), ctx.args.name, ctx.args.phone)
    ctx.out.result({"id": account.id, "name": account.name, "phone": account.phone}, f"account {account.id} {account.name}")
    return 0


def accounts_list(ctx: AppContext) -> int:
    with ctx.store.read() as session:
        rows = session.scalars(select(Account).order_by(Account.name)).all()
        items = [{"id": a.id, "name": a.name, "phone": a.phone, "cards": [c.card_no for c in a.cards]} for a in rows]
    human = "\n".join(f"{i['id']}  {i['name']}  {i['phone'] or '-'}  {' '.join(i['cards'])}" for i in items) or "no accounts"
    ctx.out.result({"accounts": items}, human)
    return 0


def cards_issue(ctx: AppContext) -> int:
    card = services.issue_card(ctx.store, _actor(ctx), ctx.args.account, ctx.args.card_no)
    ctx.out.result({"id": card.id, "card_no": card.card_no, "account_id": card.account_id}, f"card {card.card_no} for {ctx.args.account}")
    return 0


def cards_topup(ctx: AppContext) -> int:
    amount = parse_yuan(ctx.args.amount)
    done = services.top_up(ctx.store, _actor(ctx), ctx.args.card_no, amount, ctx.args.reason, limits=ctx.config.rules.top_up_limits,
                          method=ctx.args.method)
    ctx.out.result(
        {"entry_id": done.entry_id, "card_no": done.card_no, "amount_fen": amount, "balance_fen": done.balance_fen},
        f"card {done.card_no}: +{format_yuan(amount)}, balance {format_yuan(done.balance_fen)}",
    )
    return 0


def cards_show(ctx: AppContext) -> int:
    with ctx.store.read() as session:
        card = accounts.find_card(session, ctx.args.card_no)
        funds = ledger.funds(session, card.id)
        plates = [v.plate for v in card.vehicles]
        result = {
            "card_no": card.card_no,
            "account": card.account.name,
            "status": card.status,
            "balance_fen": funds.balance_fen,
            "reserved_fen": funds.reserved_fen,
            "available_fen": funds.available_fen,
            "plates": plates,
        }
    human = (
        f"card {card.card_no} ({result['account']}, {card.status.value})\n"
        f"  balance   {format_yuan(funds.balance_fen)}\n"
        f"  reserved  {format_yuan(funds.reserved_fen)}\n"
        f"  available {format_yuan(funds.available_fen)}\n"
        f"  plates    {' '.join(plates) or '-'}"
    )
    ctx.out.result(result, human)
    return 0


def fillings_unsettled(ctx: AppContext) -> int:
    with ctx.store.read() as session:
        rows = session.scalars(select(Filling).where(Filling.status == FillingStatus.NEEDS_SETTLEMENT).order_by(Filling.created_at)).all()
        items = [{"id": f.id, "lane": f.lane, "pump_address": f"0x{f.pump_address:02X}", "plate": f.plate,
                  "preset_fen": f.preset_fen, "created_at": f.created_at} for f in rows]
    human = "\n".join(f"{i['id']}  lane {i['lane']}  {i['plate']}  up to {format_yuan(i['preset_fen'])}" for i in items) or "none"
    ctx.out.result({"fillings": items}, human)
    return 0


def fillings_settle(ctx: AppContext) -> int:
    try:
        filling_id = uuid.UUID(ctx.args.filling_id)
    except ValueError:
        raise DomainError(f"{ctx.args.filling_id!r} is not a filling id (see 'platepay fillings unsettled')") from None
    outcome = services.settle_by_hand(
        ctx.store, ctx.config, _actor(ctx), filling_id, parse_litres(ctx.args.litres), parse_yuan(ctx.args.amount), ctx.args.reason,
    )
    ctx.out.result(
        {"filling_id": outcome.filling_id, "status": outcome.status, "amount_fen": outcome.amount_fen, "balance_fen": outcome.balance_fen},
        f"filling {outcome.filling_id}: {outcome.status.value}, {format_yuan(outcome.amount_fen)}",
    )
    return 0


def vehicles_bind(ctx: AppContext) -> int:
    vehicle = services.bind_vehicle(
        ctx.store, _actor(ctx), ctx.args.plate, ctx.args.card_no, ctx.config.station.region,
        move=ctx.args.move, reason=ctx.args.reason,
    )
    ctx.out.result({"id": vehicle.id, "plate": vehicle.plate, "card_no": ctx.args.card_no}, f"{vehicle.plate} → card {ctx.args.card_no}")
    return 0


def phones_bind(ctx: AppContext) -> int:
    slot = _parse_slot(ctx.args.slot)
    binding = services.bind_phone(ctx.store, _actor(ctx), ctx.args.plate, ctx.args.phone, slot, ctx.args.driver, ctx.config.station.region)
    ctx.out.result(
        {"id": binding.id, "plate": binding.plate, "phone": binding.phone, "driver": binding.driver, "slot": str(slot)},
        f"{binding.plate}: {binding.phone} {binding.driver or ''} {slot}",
    )
    return 0


def phones_who(ctx: AppContext) -> int:
    zone = ctx.config.station.zone
    at = _parse_moment(ctx.args.at, zone) if ctx.args.at else utc_now()
    with ctx.store.read() as session:
        vehicle = accounts.find_vehicle(session, ctx.args.plate, ctx.config.station.region)
        duty = accounts.on_duty(session, vehicle, at, zone)
    source = "slot" if duty.slot else "account"
    ctx.out.result(
        {"plate": vehicle.plate, "at": at, "phone": duty.phone, "driver": duty.driver, "slot": str(duty.slot) if duty.slot else None, "source": source},
        f"{vehicle.plate} at {at.astimezone(zone):%Y-%m-%d %H:%M}: {duty.phone or 'no phone'} {duty.driver or ''} ({source})",
    )
    return 0


def operators_add(ctx: AppContext) -> int:
    op = services.add_operator(ctx.store, _actor(ctx), ctx.args.username, ctx.args.password, ctx.args.role, ctx.args.name)
    ctx.out.result({"id": op.id, "username": op.username, "role": op.role}, f"operator {op.username} ({op.role.value})")
    return 0


def demo_seed(ctx: AppContext) -> int:
    with ctx.store.write() as session:
        summary = demo.seed(session, station_id=ctx.station_id)
    ctx.out.result(summary, f"demo data: {summary['accounts']} accounts, {summary['vehicles']} vehicles, {summary['phones']} phones")
    return 0


def _parse_slot(text: str) -> Slot:
    try:
        return Slot.parse(text)
    except ValueError as exc:
        raise DomainError(str(exc)) from None


def _parse_moment(text: str, zone) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise DomainError(f"{text!r} is not an ISO time such as 2026-11-23T14:30") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return as_utc(moment)
