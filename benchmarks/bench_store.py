"""Store benchmark (ingest throughput, dashboard query latency): now two stages of
`python -m benchmarks` (benchmarks/harness.py).

Run:  python benchmarks/bench_store.py [--size 10k] [--pg postgresql://postgres@127.0.0.1:5432/postgres] [--json FILE]
      (the same as: python -m benchmarks --only ingest,queries ...)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.cli import main  # noqa: E402

if __name__ == "__main__":
    main(["bench", "--only", "ingest,queries", *sys.argv[1:]], prog_name="bench_store.py")
