"""`platepay run`: the console itself."""

from __future__ import annotations

from console.cli.context import AppContext


def register(sub) -> None:
    p = sub.add_parser("run", help="run the station console")
    p.add_argument("--demo", action="store_true", help="simulated pumps and cameras on the embedded default")
    p.add_argument("--headless", action="store_true", help="no window: one JSON object per event on stdout")
    p.add_argument("--duration", type=float, metavar="S", help="stop after S seconds")
    p.add_argument("--screenshot", metavar="FILE", help="with --duration: save the main window to FILE and quit")
    p.add_argument("--seed", type=int, metavar="N", help="with --demo: repeatable demo traffic")
    p.set_defaults(func=run_console)


def run_console(ctx: AppContext) -> int:
    from console import demo

    store = ctx.store  # checked, backed up and migrated before anything else starts
    # The demo's accounts and well-known logins only where the demo runs: never before the
    # first-run wizard of a window without --demo, which sets up a real station.
    if ctx.args.demo or (ctx.config.is_demo and ctx.args.headless):
        with store.write() as session:
            demo.seed(session, station_id=ctx.station_id)
        if ctx.config.is_demo:
            ctx.config = demo.with_gates(ctx.config)  # the embedded demo runs a car park too
    if ctx.args.headless:
        from console.headless import run_headless

        return run_headless(ctx)
    return _frontend("window")(ctx)


def _frontend(name: str):
    """The window is a plugin (entry point group `platepay.frontends`) so the core never imports ui/."""
    from importlib.metadata import entry_points

    from console.domain.errors import DomainError

    for entry in entry_points(group="platepay.frontends", name=name):
        return entry.load()
    raise DomainError(f"the {name} front end is not installed; reinstall PlatePay or use --headless")
