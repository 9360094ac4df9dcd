"""The traced peak of one call, for the memory tests (issue 19, item 4)."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable


def traced_peak(run: Callable[[], object]) -> int:
    """The peak of traced memory (bytes) while ``run()`` runs: what it holds at once, garbage collected
    before; what was made before the call is not counted."""
    gc.collect()
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
