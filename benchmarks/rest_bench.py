"""REST latency on the seed graph: each route called repeatedly in process (FastAPI TestClient, embedded store)."""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from ckg.store import OxigraphStore
from ingest.pipeline import build

CALLS = 30
SOURCE = "2016-11-03_new-arab_aleppo-rebel-push"
ROUTES = [
    "/events", "/events?place=aleppo-province&from=2016-11-01&to=2016-11-03", f"/events/{SOURCE}/miznaz-airstrike",
    "/claims", "/claims?place=miznaz", "/actors?q=fastaqem", "/actors/fastaqem", "/places/new-aleppo",
    "/statements", f"/sources/{SOURCE}", "/export/acled.csv", "/export/ucdp.csv", "/export/events.geojson",
    "/events?format=turtle",
]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = OxigraphStore(Path(tmp) / "store")
        build(store)
        with TestClient(create_app(store=store, settings=Settings.from_env({"CKG_STORE": str(Path(tmp) / "store")}))) as client:
            print(f"{'route':<75} {'median ms':>9} {'p90 ms':>7}")
            for route in ROUTES:
                assert client.get(route).status_code == 200, route
                timings = []
                for _ in range(CALLS):
                    started = time.perf_counter()
                    client.get(route)
                    timings.append(1000 * (time.perf_counter() - started))
                timings.sort()
                print(f"{route:<75} {statistics.median(timings):>9.1f} {timings[int(0.9 * len(timings)) - 1]:>7.1f}",
                      flush=True)
        store.close()


if __name__ == "__main__":
    main()
