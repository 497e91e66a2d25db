"""`python -m warehouse.report [PUBLISHED_DB] [OUT_DIR]`: build the report by hand (defaults: data/)."""
import sys
import time
from pathlib import Path

from warehouse.report import build_report

if __name__ == "__main__":
    db = Path(sys.argv[1] if len(sys.argv) > 1 else "data/hkai.duckdb")
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "data/report")
    started = time.perf_counter()
    index = build_report(db, out)
    print(f"{index} ({time.perf_counter() - started:.2f} s)")
