"""`ckg serve`: run the API (SPARQL endpoint, REST, query editor) with uvicorn on the store CKG_STORE names."""
from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1; 0.0.0.0 for all)")
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"],
                        help="uvicorn's log level (default info)")


def _warn_if_unusable(app) -> None:
    """Serve anyway (a remote store may come up later), but say so when the store cannot answer or is empty."""
    from api.services.protocol import ProtocolError

    try:
        triples = app.state.sparql.triple_count()
    except ProtocolError as exc:
        print(f"ckg serve: warning: the store does not answer yet: {exc.message}", file=sys.stderr)
        return
    if triples == 0:
        print("ckg serve: warning: the store is empty; run `ckg build` to load data/", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from api.main import create_app
    from api.settings import Settings, SettingsError
    from ckg.store import StoreError

    if not 0 < args.port < 65536:
        print(f"ckg serve: --port must be between 1 and 65535, got {args.port}", file=sys.stderr)
        return 2
    try:
        settings = Settings.from_env()
        app = create_app(settings=settings)
    except SettingsError as exc:
        print(f"ckg serve: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"ckg serve: {exc}", file=sys.stderr)
        return 1
    described = app.state.store_description
    updates = "updates with the write token" if settings.updates_enabled else "read-only"
    print(f"ckg serve: {described.backend} store {described.location}; query timeout {settings.query_timeout:g} s; "
          f"{updates}; SPARQL endpoint and editor at http://{args.host}:{args.port}/sparql", file=sys.stderr)
    _warn_if_unusable(app)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    finally:
        app.state.close()
    return 0
