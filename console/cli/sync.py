"""`platepay sync` and `platepay central …`: the station's sync, the central database's setup and its registration API."""

from __future__ import annotations

import functools
import logging
import signal
import sys
import threading

from sqlalchemy.exc import DBAPIError

from console.central import apikeys, stations
from console.central import db as central_db
from console.central.db import CentralError, masked
from console.central.server import DEFAULT_LISTEN, THREADS, ApiServer, is_loopback, parse_listen
from console.cli.context import AppContext
from console.sync import SyncStatus, engine_for, read_status
from console.sync.engine import SYNC_ERRORS

EXIT_FAILED = 1


def register(sub) -> None:
    p = sub.add_parser("sync", help="exchange ledger, fillings and master data with the central database")
    p.add_argument("--once", action="store_true", help="one cycle, then exit (default: keep syncing until Ctrl-C)")
    p.add_argument("--central", metavar="URL", help="central database URL (default: [central] url, password from the OS keyring)")
    p.add_argument("--status", action="store_true", help="show the last sync's outcome and what is waiting, without syncing")
    p.set_defaults(func=sync_cmd)

    central = sub.add_parser("central", help="set up the company's central PostgreSQL").add_subparsers(dest="central_command", required=True)
    p = central.add_parser("init", help="create or upgrade the central schema")
    p.add_argument("--url", required=True, help="admin URL of the central database")
    p.set_defaults(func=central_init)
    p = central.add_parser("add-station", help="register a station and create its least-privilege login role")
    p.add_argument("station_id", metavar="NAME", help="the station's id, as [station] id in its configuration")
    p.add_argument("--url", required=True, help="admin URL of the central database")
    p.add_argument("--name", help="display name (default: the id)")
    p.set_defaults(func=central_add_station)
    p = central.add_parser("serve", help="serve the registration API (users, vehicles, phones) for the phone app and payment platform")
    p.add_argument("--url", required=True, help="URL of the central database (its owner, as for init)")
    p.add_argument("--listen", default=DEFAULT_LISTEN, metavar="HOST:PORT", help=f"address to answer on (default {DEFAULT_LISTEN})")
    p.add_argument("--region", choices=("cn", "generic"), help="how plates are read (default: [station] region)")
    p.set_defaults(func=central_serve)
    keys = central.add_parser("apikey", help="keys of the registration API's clients").add_subparsers(dest="apikey_command", required=True)
    p = keys.add_parser("add", help="make a key for a client and show it once")
    p.add_argument("client", metavar="NAME", help="the client's name, the operator in central's audit log (e.g. phone-app)")
    p.add_argument("--url", required=True, help="URL of the central database")
    p.set_defaults(func=central_apikey_add)
    p = keys.add_parser("list", help="the keys' ids and clients (never the keys)")
    p.add_argument("--url", required=True, help="URL of the central database")
    p.set_defaults(func=central_apikey_list)
    p = keys.add_parser("revoke", help="refuse a key from now on")
    p.add_argument("key_id", metavar="ID", help="the key's id: the 12 hex digits after ppk_, as apikey list shows")
    p.add_argument("--url", required=True, help="URL of the central database")
    p.set_defaults(func=central_apikey_revoke)


def _reported(handler):
    """Central's refusals end the command with one line; the URL in it is masked."""

    @functools.wraps(handler)
    def run(ctx: AppContext) -> int:
        try:
            return handler(ctx)
        except CentralError as exc:
            ctx.out.error(str(exc))
        except DBAPIError as exc:
            url = getattr(ctx.args, "url", None) or getattr(ctx.args, "central", None) or "central"
            ctx.out.error(f"{masked(url)}: {str(exc.orig).strip().splitlines()[0] if exc.orig else exc}")
        return EXIT_FAILED

    return run


def _status_dict(status: SyncStatus) -> dict:
    return {
        "online": status.online, "pending": status.pending, "last_success_at": status.last_success_at,
        "last_error": status.last_error, "cursor": status.cursor,
    }


def _status_line(status: SyncStatus) -> str:
    state = "online" if status.online else "offline"
    when = status.last_success_at.isoformat(timespec="seconds") if status.last_success_at else "never"
    error = f", last error: {status.last_error}" if status.last_error else ""
    return f"sync {state}: {status.pending} waiting, last success {when}{error}"


@_reported
def sync_cmd(ctx: AppContext) -> int:
    if ctx.args.status:
        status = read_status(ctx.store)
        ctx.out.result(_status_dict(status), _status_line(status))
        return 0
    engine = engine_for(
        ctx.store, ctx.config, central=ctx.args.central,
        on_status=None if ctx.args.once else lambda s: ctx.out.result(_status_dict(s), _status_line(s)),
    )
    if engine is None:
        raise CentralError("no central database: set [central] url in the configuration or give --central URL")
    url = engine.url
    if ctx.args.once:
        try:
            report = engine.sync_once()
        except SYNC_ERRORS:
            status = engine.status
            ctx.out.error(f"sync failed, {status.pending} waiting; it is kept and sent next time: {status.last_error}")
            return EXIT_FAILED
        finally:
            engine.stop()
        rejected = [{"entity": r.entity, "row_id": r.row_id, "status": r.status, "reason": r.reason} for r in report.rejected]
        human = f"sync done with {masked(url)}: {report.pushed} sent, {report.pulled} received, {engine.status.pending} waiting"
        if rejected:
            human += "".join(f"\n  central {r['status']} {r['entity']} {r['row_id']}: {r['reason']}" for r in rejected)
        ctx.out.result(
            {"pushed": report.pushed, "pulled": report.pulled, "cursor": report.cursor, "pending": engine.status.pending,
             "rejected": rejected},
            human,
        )
        return 1 if rejected else 0
    engine.start()
    try:
        threading.Event().wait()  # until Ctrl-C; the status callback prints each cycle
    finally:
        engine.stop()
    return 0


@_reported
def central_init(ctx: AppContext) -> int:
    engine = central_db.create_central_engine(ctx.args.url)
    try:
        before, after = central_db.init(engine)
    finally:
        engine.dispose()
    human = f"central database {masked(ctx.args.url)}: " + (f"upgraded {before} → {after}" if before and before != after else f"at revision {after}")
    ctx.out.result({"url": masked(ctx.args.url), "revision_before": before, "revision": after}, human)
    return 0


@_reported
def central_add_station(ctx: AppContext) -> int:
    engine = central_db.create_central_engine(ctx.args.url)
    try:
        creds = stations.add_station(engine, ctx.args.station_id, ctx.args.name)
    finally:
        engine.dispose()
    # Shown once and never stored by us: the operator puts it in the station's config or keyring.
    ctx.out.result(
        {"station_id": creds.station_id, "role": creds.role, "password": creds.password, "url": creds.url},
        f"station {creds.station_id}: role {creds.role}\n"
        f"  password {creds.password}\n"
        f"  url      {creds.url}\n"
        "The password is shown only now: put the URL in the station's [central] url, or the password in its keyring.",
    )
    return 0


def _warn(message: str) -> None:
    print(f"platepay: warning: {message}", file=sys.stderr, flush=True)


@_reported
def central_serve(ctx: AppContext) -> int:
    from console.central.api import create_app  # Falcon is loaded only by the command that serves

    host, port = parse_listen(ctx.args.listen)
    engine = central_db.create_central_engine(ctx.args.url, pool_size=THREADS)
    try:
        revision, head = central_db.current_revision(engine), central_db.head_revision()
        if revision != head:
            raise CentralError(f"central database {masked(ctx.args.url)} is at revision {revision or 'none'}, "
                               f"this version needs {head}: run platepay central init --url URL first")
        with engine.connect() as connection:
            live = [k for k in apikeys.list_keys(connection) if k.revoked_at is None]
        server = ApiServer(create_app(engine, ctx.args.region or ctx.config.station.region), host, port)
        if not live:
            _warn("no API key yet, so every request is refused: make one with platepay central apikey add NAME --url URL")
        if not is_loopback(server.host):
            _warn(f"{server.base_url} is plain HTTP: keys cross the network in clear unless a TLS proxy is in front")
        if not logging.getLogger().handlers:
            logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        ctx.out.result({"listen": server.base_url, "url": masked(ctx.args.url), "region": ctx.args.region or ctx.config.station.region},
                       f"registration API on {server.base_url}/v1 over {masked(ctx.args.url)}; Ctrl-C stops it")
        # A service manager's SIGTERM stops it as Ctrl-C does; requests being served finish first.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            ctx.out.result({"stopped": True}, "registration API stopped")
    finally:
        engine.dispose()
    return 0


@_reported
def central_apikey_add(ctx: AppContext) -> int:
    engine = central_db.create_central_engine(ctx.args.url)
    try:
        with engine.begin() as connection:
            made = apikeys.add_key(connection, ctx.args.client)
    finally:
        engine.dispose()
    # Shown once: central keeps only a digest of it.
    ctx.out.result(
        {"id": made.id, "client": made.client, "key": made.key},
        f"key {made.id} for {made.client}:\n  {made.key}\n"
        "It is shown only now (central keeps only its digest): give it to the client, "
        "who sends it as 'Authorization: Bearer KEY'.",
    )
    return 0


@_reported
def central_apikey_list(ctx: AppContext) -> int:
    engine = central_db.create_central_engine(ctx.args.url)
    try:
        with engine.connect() as connection:
            keys = apikeys.list_keys(connection)
    finally:
        engine.dispose()
    lines = [f"{k.id}  {k.client:<24} made {k.created_at:%Y-%m-%d %H:%M}" + (f", revoked {k.revoked_at:%Y-%m-%d %H:%M}" if k.revoked_at else "")
             for k in keys]
    ctx.out.result({"keys": [{"id": k.id, "client": k.client, "created_at": k.created_at, "revoked_at": k.revoked_at} for k in keys]},
                   "\n".join(lines) or "no API keys yet")
    return 0


@_reported
def central_apikey_revoke(ctx: AppContext) -> int:
    engine = central_db.create_central_engine(ctx.args.url)
    try:
        with engine.begin() as connection:
            key = apikeys.revoke_key(connection, ctx.args.key_id)
    finally:
        engine.dispose()
    ctx.out.result({"id": key.id, "client": key.client, "revoked_at": key.revoked_at}, f"key {key.id} of {key.client} revoked")
    return 0
