"""`platepay pump …`: commissioning tools for the pump bus, and the pump simulator.

    platepay pump simulate --pty --pumps 4 --traffic
    platepay pump status --port /dev/pts/5 --address 0x50
    platepay pump authorize --port socket://10.0.0.9:4001 --address 0x51 --amount 200.00
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
from decimal import Decimal
from typing import Any, Callable

from console.cli.output import to_json
from console.money import InvalidAmount, format_yuan, parse_litres, parse_yuan
from drivers.pumps import PumpError, PumpEvent, PumpState, open_pump_bus
from drivers.pumps.dart import DartSimulator, Faults, LineSettings, PortError
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
    p.add_argument("--filling-id", help="idempotency key; the same id never authorises twice")
    p.set_defaults(func=_handler(authorize))

    p = sub.add_parser("stop", help="stop the pump (ends a filling in progress)")
    _bus_options(p, single=True)
    p.set_defaults(func=_handler(stop))

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
    p.add_argument("--response-timeout", type=Decimal, default=Decimal("0.025"), metavar="S")
    p.add_argument("--timeout", type=Decimal, default=Decimal("5"), metavar="S", help="per command")
    _line_options(p)


def _handler(fn: Callable[[argparse.Namespace], int]) -> Callable[[Any], int]:
    """Accept the parsed args or a context holding them (`ctx.args`), and turn
    the errors a technician can act on into one line and exit code 1."""

    def run(args_or_ctx: Any) -> int:
        args = getattr(args_or_ctx, "args", args_or_ctx)
        try:
            return fn(args)
        except (PumpError, PortError, InvalidAmount, ValueError) as exc:
            print(to_json({"error": str(exc)}), flush=True)
            print(f"platepay pump: {exc}", file=sys.stderr, flush=True)
            return EXIT_ERROR
        except KeyboardInterrupt:
            return EXIT_INTERRUPTED

    run.__name__ = fn.__name__
    return run


# --- the bus commands ---------------------------------------------------------------


def _open_bus(args: argparse.Namespace, addresses: list[int]):
    bus = open_pump_bus(
        "dart",
        port=args.port,
        addresses=addresses,
        baudrate=args.baud,
        parity=args.parity,
        crc=args.crc,
        response_timeout=float(args.response_timeout),  # a timer setting, not money
    )
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
        "amount": format_yuan(s.amount_fen),
        "price": format_yuan(s.price_fen),
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
        print(to_json(action(bus)), flush=True)
        return EXIT_OK
    finally:
        bus.shutdown()


def status(args: argparse.Namespace) -> int:
    return _with_bus(args, lambda bus: _state_json(bus.state(args.address)))


def authorize(args: argparse.Namespace) -> int:
    amount = parse_yuan(args.amount) if args.amount is not None else None
    volume = parse_litres(args.volume) if args.volume is not None else None
    filling_id = args.filling_id or str(uuid.uuid4())

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


def stop(args: argparse.Namespace) -> int:
    def act(bus) -> dict[str, Any]:
        bus.stop(args.address, timeout=float(args.timeout))
        return {"stopped": True, **_state_json(bus.state(args.address))}

    return _with_bus(args, act)


def totals(args: argparse.Namespace) -> int:
    def act(bus) -> dict[str, Any]:
        t = bus.totals(args.address, args.nozzle, timeout=float(args.timeout))
        return {
            "address": f"0x{t.address:02X}",
            "nozzle": t.nozzle,
            "volume": str(t.volume),
            "amount": format_yuan(t.amount_fen),
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
    bus = open_pump_bus(
        "dart", port=args.port, addresses=args.addresses, baudrate=args.baud,
        parity=args.parity, crc=args.crc, response_timeout=float(args.response_timeout),
    )
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
    prices = tuple(parse_yuan(p) for p in args.prices.split(","))
    flow_lps = Decimal(args.flow) / 60
    line = LineSettings(port=args.port or "pty", baudrate=args.baud, parity=args.parity)
    faults = Faults(
        drop=args.drop,
        corrupt=args.corrupt,
        stall_every=30.0 if args.stall else None,
        reboot_mid_filling=args.reboot_mid_filling,
    )
    link = open_link(None if args.pty else args.port, line)
    pumps = DartSimulator.make_pumps(args.pumps, args.first_address, prices, flow_lps)
    sim = DartSimulator(link, pumps, crc=_crc(args.crc), faults=faults, traffic=args.traffic, seed=args.seed)
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
