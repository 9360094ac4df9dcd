"""Is `summarize` linear in document size?  A document of 10,000 figures against one of 1,000 (issue 17).

    python benchmarks/summary_linear.py [PROFILE ...]

The document is invented: sentences of separate incidents ("On Monday, gunmen also killed 12 villagers in
Town7 and injured 3 more."), each with a killed and an injured figure, every rule of the summary busy
(new incidents, weekdays, coordinated figures, places).  Prints, per profile, the figures in each
table, the best of five CPU timings (time.process_time: the machine may be shared) of
`summarize(table, profile, texts=...)` and their ratio (linear: about 10).
"""

from __future__ import annotations

import gc
import sys
import time

import figures
from figures.summary import summarize


def document(sentences: int) -> str:
    days = ("Monday", "Tuesday")
    return " ".join(
        f"On {days[k % 2]}, gunmen also killed {k % 50 + 2} villagers in Town{k} and injured {k % 7 + 1} more."
        for k in range(sentences)
    )


def best_time(table: object, profile: str, text: str, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        summarize(table, profile=profile, texts={"d": text})  # type: ignore[arg-type]
        best = min(best, time.process_time() - start)
    return best


def main(profiles: list[str]) -> None:
    small, large = document(500), document(5000)
    tables = {n: figures.extract_documents([("d", text)]) for n, text in ((500, small), (5000, large))}
    for profile in profiles:
        best_time(tables[500], profile, small, 1)  # warm up: patterns compiled, profiles loaded
        t_small = best_time(tables[500], profile, small)
        t_large = best_time(tables[5000], profile, large)
        print(
            f"{profile}: {len(tables[500])} figures {t_small:.3f} s, {len(tables[5000])} figures {t_large:.3f} s,"
            f" ratio {t_large / t_small:.1f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or ["raw", "gtd", "wad"])
