"""Wall time of ``figures --help`` and of ``figures extract`` on one small file (issue 19, item 12).

    .venv/bin/python benchmarks/startup.py [--repeat 5] [FILE]

Each command runs ``--repeat`` times in a fresh process; the best wall time is
printed (the machine is shared: the best is the least disturbed). The extract
run is also timed with the place gazetteer's build (``figures.places.gazetteer``,
issue 18's to make cheap) measured apart, in the same process, so that what the
rest of the run costs can be read on its own. Bound asked: ``--help`` under
0.3 s, a small file under 0.5 s.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "herat_quake.txt"

# Run in a fresh process: the command as `python -m figures` runs it, with the gazetteer's build timed.
TIMED = """
import sys, time
started = time.perf_counter()
import figures.places as places
build = places.gazetteer
spent = []
def timed():
    t = time.perf_counter()
    try:
        return build()
    finally:
        spent.append(time.perf_counter() - t)
places.gazetteer = timed
from figures.cli import main
code = main(sys.argv[1:])
print(time.perf_counter() - started, sum(spent), code)
"""


def best_wall(command: list[str], repeat: int) -> float:
    walls = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - started)
    return min(walls)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=FIXTURE)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "out.csv")
        extract = ["extract", str(args.file), "-o", out, "-q"]
        helped = best_wall([python, "-m", "figures", "--help"], args.repeat)
        print(f"figures --help: best of {args.repeat}: {helped:.3f} s")
        wall = best_wall([python, "-m", "figures", *extract], args.repeat)
        print(f"figures extract {args.file.name}: best of {args.repeat}: {wall:.3f} s wall")
        runs = []
        for _ in range(args.repeat):
            done = subprocess.run([python, "-c", TIMED, *extract], check=True, capture_output=True, text=True)
            inside, gazetteer, _ = done.stdout.split()  # seconds after start-up, of them the gazetteer's
            runs.append((float(inside) - float(gazetteer), float(gazetteer)))
        rest, gazetteer = min(runs)
        print(f"  in one process, best of {args.repeat}: {rest:.3f} s besides the gazetteer ({gazetteer:.3f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
