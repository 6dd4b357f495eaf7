"""Run every benchmark module in its own process, so each one's peak memory is its own."""
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = 0
    for path in sorted(HERE.glob("*_bench.py")):
        module = f"benchmarks.{path.stem}"
        print(f"== {module}", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", f"import {module} as m; m.main()"], cwd=HERE.parent)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(f"   ({time.perf_counter() - started:.1f} s wall; peak RSS of any benchmark so far "
              f"{usage.ru_maxrss / 1024:.0f} MiB)", flush=True)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
