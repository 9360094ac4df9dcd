"""Extraction over a stream of documents, chunk by chunk, in worker processes when asked.

Results come back in input order whatever the number of workers, so the output
of ``--jobs N`` is identical to ``--jobs 1``. Only a few chunks are in flight
at once (reading stays just ahead of the workers), so memory is bounded by the
chunk size, not by the input size.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from figures import worker
from figures.figure import Figure
from figures.io import Document
from figures.packed import Packed
from figures.pipeline import extract_figures

if TYPE_CHECKING:  # pandas loads with the first table made (a plain CSV output needs none: figures.rows)
    import pandas as pd

# A chunk closes at whichever limit it reaches first. Big enough that building
# the chunk's DataFrame and shipping it between processes costs little next to
# extraction; small enough that a few chunks in flight stay far below 500 MB.
CHUNK_DOCUMENTS = 2_000
CHUNK_CHARACTERS = 1_000_000
# Chunks in flight per worker: one being worked on, one waiting in the queue.
CHUNKS_PER_WORKER = 2


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """The figures of one chunk's documents (made into its table once, whole: :attr:`table`, or a block
    at a time: :meth:`blocks`), the documents of it whose extraction raised (index, reason), and how many
    rows of the table each other document has, in order (to carry each document's ``--keep`` fields)."""

    found: worker.Rows
    failures: tuple[tuple[int, str], ...]
    sizes: tuple[int, ...] = ()
    made: list[pd.DataFrame] = field(default_factory=list, repr=False, compare=False)  # the table, once made

    @property
    def figures(self) -> int:
        """Rows of the table."""
        return sum(self.sizes)

    @property
    def table(self) -> pd.DataFrame:
        """The whole table (the figures are let go as it is made)."""
        from figures.table import joined, table_blocks  # pandas: only a run that needs the table loads it

        if not self.made:
            self.made.append(joined(list(table_blocks(self.found))))
        return self.made[0]

    def documents(self) -> Iterator[list[tuple[str, list[Figure]]]]:
        """The figures as ``(doc_id, figures)`` pairs, a document (a long one, a segment) at a time,
        each let go as it is handed over (so once only): what ``figures.rows`` writes without pandas."""
        for doc_id, figs in self.found:
            for part in figs.take() if isinstance(figs, Packed) else [figs]:
                yield [(doc_id, part)]

    def blocks(self) -> Iterator[pd.DataFrame]:
        """The table in blocks of rows, in order, the figures let go as each block is made: a long
        document's table is never held whole (unless :attr:`table` made it already)."""
        from figures.table import table_blocks

        if self.made:
            yield self.made[0]
        else:
            yield from table_blocks(self.found)


def default_jobs() -> int:
    """All cores."""
    return os.cpu_count() or 1


def chunked(
    documents: Iterable[Document], max_documents: int = CHUNK_DOCUMENTS, max_characters: int = CHUNK_CHARACTERS
) -> Iterator[list[Document]]:
    """Consecutive documents in lists of at most ``max_documents`` and (unless one document alone exceeds it)
    ``max_characters`` characters.

    >>> from figures.io import Origin
    >>> docs = [Document(str(i), "x" * n, Origin("f")) for i, n in enumerate([3, 3, 3, 9, 1])]
    >>> [[d.doc_id for d in c] for c in chunked(docs, max_documents=2, max_characters=8)]
    [['0', '1'], ['2'], ['3'], ['4']]
    """
    chunk: list[Document] = []
    size = 0
    for document in documents:
        if chunk and (len(chunk) >= max_documents or size + len(document.text) > max_characters):
            yield chunk
            chunk, size = [], 0
        chunk.append(document)
        size += len(document.text)
    if chunk:
        yield chunk


def extract_chunk(
    documents: Sequence[tuple[str, str]], extractors: tuple[str, ...], progress: worker.Progress | None = None
) -> ChunkResult:
    """The table of ``(doc_id, text)`` documents; a document whose extraction raises is reported, not fatal.
    ``progress`` hears how far a long document has been read (see ``worker.extract_long``)."""
    return _result(worker.extract_rows(documents, extractors, extract_figures, progress))


def _result(done: tuple[worker.Rows, worker.Failures]) -> ChunkResult:
    found, failures = done
    # the figures are this chunk's alone: let go as the table is built (a long document's are many)
    return ChunkResult(found, failures, tuple(len(figs) for _, figs in found))


def worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: not by plain fork, since the parent may run threads
    (tqdm's monitor) and forking a threaded process can deadlock; from a fork server
    where there is one, else by spawn (Windows).

    A worker imports only ``figures.worker`` (the extractors, no pandas; about 60 MB
    resident instead of 170). The fork server preloads nothing, and a worker does not
    re-run the parent's main script (multiprocessing does so that objects defined in
    ``__main__`` can be unpickled; workers are sent none), which for the ``figures``
    console script would import the whole command line, pandas and pyarrow included.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([])
        return context
    return multiprocessing.get_context("spawn")


@contextlib.contextmanager
def _main_script_hidden() -> Iterator[None]:
    """The main module as if it had no script file, so that a worker started meanwhile
    does not re-run it (workers start in ``submit``, which is always called under this)."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or path is None or getattr(main, "__spec__", None) is not None:
        yield
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


def extract_chunks(
    chunks: Iterable[list[Document]],
    extractors: Sequence[str],
    jobs: int = 1,
    progress: Callable[[Document, float], None] | None = None,
) -> Iterator[tuple[list[Document], ChunkResult]]:
    """Each chunk with its result, in input order; ``jobs`` > 1 spreads the chunks over worker processes.

    ``progress`` hears how far a long document read here (not in a worker) has got.
    """
    chosen = tuple(extractors)
    pending = iter(chunks)
    # Starting workers costs about a second; an input of one chunk is done sooner without them.
    head = list(itertools.islice(pending, 2))
    if jobs <= 1 or len(head) < 2:
        for chunk in itertools.chain(head, pending):
            told = None if progress is None else (lambda i, done, c=chunk: progress(c[i], done))
            yield chunk, extract_chunk([(d.doc_id, d.text) for d in chunk], chosen, told)
        return
    context = worker_context()
    # Workers import figures.worker only (no pandas): see its docstring.
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=exec, initargs=(worker.START, {})
    ) as pool:

        def submit(chunk: list[Document]) -> Future[tuple[worker.Rows, worker.Failures]]:
            with _main_script_hidden():
                return pool.submit(worker.extract_rows, [(d.doc_id, d.text) for d in chunk], chosen)

        yield from in_input_order(
            itertools.chain(head, pending),
            submit,
            lambda future: _result(future.result()),
            jobs * CHUNKS_PER_WORKER,
        )


F = TypeVar("F")


def in_input_order(
    chunks: Iterable[list[Document]],
    submit: Callable[[list[Document]], F],
    collect: Callable[[F], ChunkResult],
    window: int,
) -> Iterator[tuple[list[Document], ChunkResult]]:
    """Each chunk with its result, in input order, with at most ``window`` chunks submitted and not
    collected (so memory is bounded by the window, not the input). What is still in flight is
    cancelled when anything goes wrong or the caller stops reading. Worker processes and the
    Dask cluster (figures.dask) both run through this."""
    in_flight: deque[tuple[list[Document], F]] = deque()
    try:
        for chunk in chunks:
            in_flight.append((chunk, submit(chunk)))
            if len(in_flight) >= window:
                done, future = in_flight.popleft()
                yield done, collect(future)
        while in_flight:
            done, future = in_flight.popleft()
            yield done, collect(future)
    except BaseException:
        for _, future in in_flight:
            with contextlib.suppress(Exception):
                future.cancel()  # type: ignore[attr-defined]
        raise
