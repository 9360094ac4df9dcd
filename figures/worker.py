"""What a worker process of ``figures.parallel`` runs: extraction of one chunk, and nothing else.

This module imports only the extractors (``figures.pipeline`` and what it needs;
quantulum3 on first use), never pandas or pyarrow: a worker sends its figures
back as ``Figure`` objects and the main process builds the table. ``START``
is run in each worker before anything is imported, and registers the
``figures`` package without running its ``__init__`` (which imports pandas,
pyarrow and the report for the public API). Together they keep each worker at
about 60 MB resident instead of about 170 MB.

>>> rows, failures = extract_rows([("a", "5 people were killed.")], ("pattern",))
>>> [(doc_id, [f.value for f in found]) for doc_id, found in rows], failures
([('a', [5])], ())
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from figures.figure import Figure
from figures.pipeline import extract_figures

# Run by each worker process first (``exec``, passed as the pool's initializer,
# so that nothing of ``figures`` is imported to unpickle it). Ctrl-C reaches
# every process of the group; the parent alone handles it (and cleans up), so
# workers do not each print a traceback.
START = """
import importlib.util, signal, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)
if "figures" not in sys.modules:
    spec = importlib.util.find_spec("figures")
    if spec is not None:
        sys.modules["figures"] = importlib.util.module_from_spec(spec)
"""

Rows = list[tuple[str, list[Figure]]]
Failures = tuple[tuple[int, str], ...]


def extract_rows(
    documents: Sequence[tuple[str, str]],
    extractors: tuple[str, ...],
    extract: Callable[[str, tuple[str, ...]], list[Figure]] = extract_figures,
) -> tuple[Rows, Failures]:
    """The figures of ``(doc_id, text)`` documents, and the documents whose extraction raised (index, reason)."""
    found: Rows = []
    failures: list[tuple[int, str]] = []
    for index, (doc_id, text) in enumerate(documents):
        try:
            found.append((doc_id, extract(text, extractors)))
        except Exception as error:  # a bug on one document must not cost the batch
            failures.append((index, f"extraction failed: {type(error).__name__}: {error}"))
    return found, tuple(failures)
