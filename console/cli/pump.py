"""`platepay pump …`: commissioning tools for the pump bus, and the pump simulator.

    platepay pump simulate --pty --pumps 4 --traffic --sequence strict --decimals 3,1,3
    platepay pump status --port /dev/pts/5 --address 0x50
    platepay pump authorize --port socket://10.0.0.9:4001 --address 0x51 --amount 200.00 --decimals 3,1,3
    platepay pump prices --port /dev/ttyUSB0 --address 0x50 --prices 7.89,8.45
    platepay pump watch --port /dev/ttyUSB0 --addresses 0x50-0x53

Every command prints JSON (one object, or one per line for watch/simulate)
and returns an exit code: 0 done, 1 refused or failed (the message says why
and what to try), 130 interrupted.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import threading
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from console.cli.output import to_json
from console.money import InvalidAmount, format_yuan, parse_litres, parse_yuan
from drivers.pumps import PumpError, PumpEvent, PumpState, open_pump_bus
from drivers.pumps.dart import DartSimulator, Decimals, DecimalsError, Faults, LineSettings, Personality, PortError, TxRule
from drivers.pumps.dart.transport import open_link

EXIT_OK, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 130


def register(subparsers) -> None:
    pump = subparsers.add_parser("pump", help="commission and test pumps (Wayne DART)")
    sub = pump.add_subparsers(dest="pump_command", metavar="ACTION", required=True)

    p = sub.add_parser("simulate", help="play N DART pumps on a port, a pty or a TCP socket")
    p.add_argument("--port", help="serial URL to answer on, or socket://HOST:PORT to listen on")
    p.add_argument("--pty", action="store_true", help="open a pseudo-terminal and print its path")
    p.add_argument("--pumps", type=int, default=1, metavar="N")
    p.add_argument("--first-address", type=_address, default=0x50, metavar="A")
    p.add_argument("--prices", default="7.89,8.45,7.12", help="yuan per litre, nozzle 1 first")
    p.add_argument("--flow", default="40", metavar="L/MIN", help="flow rate while filling")
    p.add_argument("--traffic", action="store_true", help="random customers lift and hang up nozzles")
    p.add_argument("--drop", type=_rate, default=0.0, metavar="RATE", help="share of frames not heard")
    p.add_argument("--corrupt", type=_rate, default=0.0, metavar="RATE", help="share of frames garbled")
    p.add_argument("--stall", action="store_true", help="pumps go silent now and then")
    p.add_argument("--reboot-mid-filling", action="store_true", help="pumps reboot once per filling")
    p.add_argument("--reboot-at", type=float, metavar="S", help="every pump reboots once, S seconds after start")
    p.add_argument(
        "--sequence", choices=[r.value for r in TxRule], default=TxRule.LENIENT.value,
        help="TX# rule: lenient (any), strict (only the next; NAK otherwise), nak-reset (0 after a NAK)",
    )
    p.add_argument("--decimals", type=_decimals, default=Decimals(), metavar="V,A,P", help="the pumps' decimal positions (default 2,2,2)")
    p.add_argument("--no-dc7", action="store_true", help="pumps do not answer RETURN PUMP PARAMETERS")
    p.add_argument("--short-totals", action="store_true", help="DC101 as 6 bytes (COUN and TOTVAL only)")
    p.add_argument("--not-programmed", action="store_true", help="zeroised pumps: NOT PROGRAMMED until prices arrive")
    p.add_argument("--totals-skew", type=_litres_skew, default=Decimal(0), metavar="L",
                   help="every nozzle's total counters report L litres more (negative: less) than dispensed")
    p.add_argument("--seed", type=int, help="repeatable randomness")
    p.add_argument("--duration", type=float, metavar="S", help="stop after S seconds")
    _line_options(p)
    p.set_defaults(func=_handler(simulate))

    p = sub.add_parser("status", help="one pump's state as JSON")
    _bus_options(p, single=True)
    p.set_defaults(func=_handler(status))

    p = sub.add_parser("authorize", help="authorise one filling, optionally with a preset")
    _bus_options(p, single=True)
    preset = p.add_mutually_exclusive_group()
    preset.add_argument("--amount", metavar="YUAN", help="preset amount, e.g. 200.00")
    preset.add_argument("--volume", metavar="L", help="preset volume in litres")
    p.add_argument("--nozzle", type=int, action="append", default=[], help="allowed nozzle (repeat)")
    p.add_argument(
        "--filling-id", help="idempotency key: the same id never authorises twice, whichever process asks "
        "(kept in the station database, --db)",
    )
    p.set_defaults(func=_handler(authorize, with_context=True))

    p = sub.add_parser("stop", help="stop the pump (ends a filling in progress)")
    _bus_options(p, single=True)
    p.set_defaults(func=_handler(stop))

    p = sub.add_parser("prices", help="download unit prices (CD5) and read them back")
    _bus_options(p, single=True)
    p.add_argument("--prices", required=True, metavar="Y,Y,…", help="yuan per litre, nozzle 1 first, e.g. 7.89,8.45")
    p.set_defaults(func=_handler(prices))

    p = sub.add_parser("totals", help="the pump's total counters")
    _bus_options(p, single=True)
    p.add_argument("--nozzle", type=int, default=0, help="logical nozzle 1-8; 0 = whole pump")
    p.set_defaults(func=_handler(totals))

    p = sub.add_parser("watch", help="print every pump event as one JSON line until Ctrl-C")
    _bus_options(p, single=False)
    p.add_argument("--duration", type=float, metavar="S", help="stop after S seconds")
    p.set_defaults(func=_handler(watch))


# --- arguments -------------------------------------------------------------------


def _address(text: str) -> int:
    try:
        value = int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an address: use 0x50-0x6F") from None
    if not 0x50 <= value <= 0x6F:
        raise argparse.ArgumentTypeError(f"address {text} is outside 0x50-0x6F")
    return value


def _addresses(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        m = re.fullmatch(r"\s*(\S+?)\s*-\s*(\S+)\s*", part)
        if m:
            first, last = _address(m.group(1)), _address(m.group(2))
            out.extend(range(first, last + 1))
        else:
            out.append(_address(part.strip()))
    if not out:
        raise argparse.ArgumentTypeError(f"{text!r} names no pump")
    return out


def _decimals(text: str) -> Decimals:
    try:
        return Decimals.parse(text)
    except DecimalsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _unit_prices(text: str) -> tuple[Decimal, ...]:
    out = []
    for part in text.split(","):
        try:
            value = Decimal(part.strip())
        except InvalidOperation:
            value = Decimal(-1)
        if not value.is_finite() or value <= 0:
            raise ValueError(f"price {part.strip()!r}: give yuan per litre such as 7.89, nozzle 1 first")
        out.append(value)
    return tuple(out)


def _litres_skew(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not litres, such as 0.5 or -2") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"{text!r} is not litres, such as 0.5 or -2")
    return value


def _rate(text: str) -> float:
    # A probability for the simulator's dice, not money: float is right here.
    value = float(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"rate {text} must be between 0 and 1")
    return value


def _line_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--baud", type=int, default=9600)
    p.add_argument("--parity", choices="NOE", default="O")
    p.add_argument("--crc", choices=("arc", "ccitt"), default="arc", help="CRC-16 variant (default arc)")


def _bus_options(p: argparse.ArgumentParser, single: bool) -> None:
    p.add_argument("--port", required=True, help="/dev/ttyUSB0, COM3, socket://HOST:PORT, rfc2217://HOST:PORT")
    if single:
        p.add_argument("--address", type=_address, required=True, metavar="A", help="0x50-0x6F")
    else:
        p.add_argument("--addresses", type=_addresses, required=True, metavar="A-B", help="e.g. 0x50-0x53")
    p.add_argument(
        "--response-timeout", type=Decimal, default=Decimal("0.1"), metavar="S",
        help="how long a pump may take to answer (default 0.1: real pumps take 10-50 ms, USB adapters add more)",
    )
    p.add_argument("--timeout", type=Decimal, default=Decimal("5"), metavar="S", help="per command")
    p.add_argument(
        "--decimals", type=_decimals, default=Decimals(), metavar="V,A,P",
        help="volume, amount and price decimals, e.g. 3,1,3 (default 2,2,2); a pump that reports its own wins",
    )
    _line_options(p)


def _handler(fn: Callable[..., int], with_context: bool = False) -> Callable[[Any], int]:
    """Accept the parsed args or a context holding them (`ctx.args`), and turn
    the errors a technician can act on into one line and exit code 1."""

    def run(args_or_ctx: Any) -> int:
        args = getattr(args_or_ctx, "args", args_or_ctx)
        ctx = args_or_ctx if args_or_ctx is not args else None
        try:
            return fn(args, ctx) if with_context else fn(args)
        except (PumpError, PortError, InvalidAmount, ValueError) as exc:
            print(to_json({"error": str(exc)}), flush=True)
            print(f"platepay pump: {exc}", file=sys.stderr, flush=True)
            return EXIT_ERROR
        except KeyboardInterrupt:
            return EXIT_INTERRUPTED

    run.__name__ = fn.__name__
    return run


# --- the bus commands ---------------------------------------------------------------


def _bus(args: argparse.Namespace, addresses: list[int]):
    return open_pump_bus(
        "dart",
        port=args.port,
        addresses=addresses,
        baudrate=args.baud,
        parity=args.parity,
        crc=args.crc,
        response_timeout=float(args.response_timeout),  # a timer setting, not money
        decimals=args.decimals,
    )


def _open_bus(args: argparse.Namespace, addresses: list[int]):
    bus = _bus(args, addresses)
    bus.start()
    if not bus.wait_ready(float(args.timeout)):
        bus.shutdown()
        raise PumpError(f"no full polling round on {args.port} within {args.timeout} s")
    return bus


def _state_json(s: PumpState) -> dict[str, Any]:
    return {
        "address": f"0x{s.address:02X}",
        "online": s.online,
        "status": s.status.value if s.status else None,
        "nozzle": s.nozzle,
        "nozzle_out": s.nozzle_out,
        "volume": str(s.volume),
        "amount": str(s.amount),
        "price": str(s.price),
        "data_refused": s.data_refused,
    }


def _with_bus(args: argparse.Namespace, action: Callable[[Any], dict[str, Any]]) -> int:
    addresses = [args.address]
    bus = _open_bus(args, addresses)
    try:
        if not bus.state(args.address).online:
            raise PumpError(
                f"pump 0x{args.address:02X} does not answer on {args.port}: check the address, "
                "wiring and line settings (--baud, --parity, --crc)"
            )
        result = action(bus)
        result.setdefault("decimals", str(bus.decimals(args.address)))
        print(to_json(result), flush=True)
        return EXIT_OK
    finally:
        bus.shutdown()


def status(args: argparse.Namespace) -> int:
    def act(bus) -> dict[str, Any]:
        try:
            state = bus.refresh_status(args.address, timeout=float(args.timeout))
        except PumpError:
            state = bus.state(args.address)
            if not state.data_refused and state.status is not None:
                raise
        if state.data_refused or state.status is None:
            # "online" only means POLL was answered: without a DC1 we know nothing of the pump.
            raise PumpError(
                f"pump 0x{args.address:02X} answers polls on {args.port} but refused every data frame, "
                "so its status is unknown: another controller may be driving it, or it needs a power cycle"
            )
        return _state_json(state)

    return _with_bus(args, act)


def authorize(args: argparse.Namespace, ctx=None) -> int:
    amount = parse_yuan(args.amount) if args.amount is not None else None
    volume = parse_litres(args.volume) if args.volume is not None else None
    filling_id = args.filling_id or str(uuid.uuid4())
    if args.filling_id and ctx is not None:
        _claim(ctx.store, filling_id, args.port, args.address, amount)

    def act(bus) -> dict[str, Any]:
        a = bus.authorize(
            args.address, filling_id, amount_fen=amount, volume=volume,
            nozzles=args.nozzle, timeout=float(args.timeout),
        )
        return {
            "authorised": True,
            "filling_id": a.filling_id,
            "preset_amount": format_yuan(amount) if amount is not None else None,
            "preset_volume": str(volume) if volume is not None else None,
            **_state_json(bus.state(args.address)),
        }

    return _with_bus(args, act)


def _claim(store, filling_id: str, port: str, address: int, preset_fen: int | None) -> None:
    """Record the id before the pump is touched: a second process with the same id is refused."""
    from console.store.models import PumpAuthorisation

    with store.write() as session:
        used = session.get(PumpAuthorisation, filling_id)
        if used is not None:
            raise PumpError(
                f"filling id {filling_id} was already used on {used.port} pump 0x{used.pump_address:02X} at "
                f"{used.at.isoformat(timespec='seconds')}: it never authorises twice; give a new id"
            )
        session.add(PumpAuthorisation(filling_id=filling_id, port=port, pump_address=address, preset_fen=preset_fen))


def stop(args: argparse.Namespace) -> int:
    def act(bus) -> dict[str, Any]:
        bus.stop(args.address, timeout=float(args.timeout))
        return {"stopped": True, **_state_json(bus.state(args.address))}

    return _with_bus(args, act)


def prices(args: argparse.Namespace) -> int:
    wanted = _unit_prices(args.prices)

    def act(bus) -> dict[str, Any]:
        state = bus.update_prices(args.address, wanted, timeout=float(args.timeout))
        read_back = bus.read_prices(args.address, timeout=min(float(args.timeout), 2.0))
        if read_back is not None and tuple(read_back[: len(wanted)]) != wanted:
            raise PumpError(
                f"pump 0x{args.address:02X} took the prices but shows {', '.join(map(str, read_back))}"
            )
        return {
            "prices": [str(p) for p in wanted],
            # None where the pump does not answer RETURN PRICES (only some are configured to).
            "read_back": [str(p) for p in read_back] if read_back is not None else None,
            **_state_json(state),
        }

    return _with_bus(args, act)


def totals(args: argparse.Namespace) -> int:
    def act(bus) -> dict[str, Any]:
        t = bus.totals(args.address, args.nozzle, timeout=float(args.timeout))
        return {
            "address": f"0x{t.address:02X}",
            "nozzle": t.nozzle,
            "volume": str(t.volume),
            "amount": str(t.amount),
            "fillings": t.fillings,
        }

    return _with_bus(args, act)


def event_json(event: PumpEvent) -> dict[str, Any]:
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", type(event).__name__).lower()
    fields = dataclasses.asdict(event)
    if "filling" in fields:
        fields.update(fields.pop("filling"))
    out: dict[str, Any] = {"event": name}
    for key, value in fields.items():
        if key == "address":
            value = f"0x{value:02X}"
        elif key.endswith("_fen") and value is not None:
            key, value = key[:-4], format_yuan(value)
        out[key] = value
    return out


def watch(args: argparse.Namespace) -> int:
    stop_event = threading.Event()
    bus = _bus(args, args.addresses)
    bus.add_listener(lambda ev: print(to_json(event_json(ev)), flush=True))
    bus.start()
    try:
        stop_event.wait(args.duration)
    finally:
        bus.shutdown()
    return EXIT_OK


# --- the simulator -------------------------------------------------------------------


def simulate(args: argparse.Namespace) -> int:
    if args.pty == bool(args.port):
        raise ValueError("give either --pty or --port URL (socket://HOST:PORT listens there)")
    unit_prices = _unit_prices(args.prices)
    flow_lps = Decimal(args.flow) / 60
    line = LineSettings(port=args.port or "pty", baudrate=args.baud, parity=args.parity)
    faults = Faults(
        drop=args.drop,
        corrupt=args.corrupt,
        stall_every=30.0 if args.stall else None,
        reboot_mid_filling=args.reboot_mid_filling,
        reboot_at=args.reboot_at,
        totals_skew=args.totals_skew,
    )
    personality = Personality(
        sequence=TxRule(args.sequence), decimals=args.decimals,
        answers_dc7=not args.no_dc7, short_totals=args.short_totals,
    )
    pumps = DartSimulator.make_pumps(
        args.pumps, args.first_address, unit_prices, flow_lps, decimals=args.decimals, programmed=not args.not_programmed
    )
    link = open_link(None if args.pty else args.port, line)
    sim = DartSimulator(
        link, pumps, crc=_crc(args.crc), faults=faults, personality=personality, traffic=args.traffic, seed=args.seed
    )
    print(to_json({"simulating": [f"0x{a:02X}" for a in sim.addresses], "port": sim.port}), flush=True)
    sim.start()
    try:
        threading.Event().wait(args.duration)
    finally:
        sim.shutdown()
    return EXIT_OK


def _crc(name: str):
    from drivers.pumps.dart.line import CrcVariant

    return CrcVariant(name)
