"""Extraction benchmark: now one stage of `python -m benchmarks` (benchmarks/harness.py).

Run:  python benchmarks/bench_extract.py [--size 1k] [--json FILE]
      (the same as: python -m benchmarks --only extract [--size 1k] [--json FILE])
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.cli import main  # noqa: E402

if __name__ == "__main__":
    main(["bench", "--only", "extract", *sys.argv[1:]], prog_name="bench_extract.py")
