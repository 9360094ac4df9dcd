"""Extraction over a stream of documents, chunk by chunk, in worker processes when asked.

Results come back in input order whatever the number of workers, so the output
of ``--jobs N`` is identical to ``--jobs 1``. Only a few chunks are in flight
at once (reading stays just ahead of the workers), so memory is bounded by the
chunk size, not by the input size.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

import pandas as pd

from figures.figure import Figure
from figures.io import Document
from figures.merge import extract_figures
from figures.table import to_frame

# A chunk closes at whichever limit it reaches first. Big enough that building
# the chunk's DataFrame and shipping it between processes costs little next to
# extraction; small enough that a few chunks in flight stay far below 500 MB.
CHUNK_DOCUMENTS = 2_000
CHUNK_CHARACTERS = 1_000_000
# Chunks in flight per worker: one being worked on, one waiting in the queue.
CHUNKS_PER_WORKER = 2


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """The table of one chunk, and the documents of it whose extraction raised (index, reason)."""

    table: pd.DataFrame
    failures: tuple[tuple[int, str], ...]


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


def extract_chunk(documents: Sequence[tuple[str, str]], extractors: tuple[str, ...]) -> ChunkResult:
    """The table of ``(doc_id, text)`` documents; a document whose extraction raises is reported, not fatal."""
    found: list[tuple[str, list[Figure]]] = []
    failures: list[tuple[int, str]] = []
    for index, (doc_id, text) in enumerate(documents):
        try:
            found.append((doc_id, extract_figures(text, extractors)))
        except Exception as error:  # a bug on one document must not cost the batch
            failures.append((index, f"extraction failed: {type(error).__name__}: {error}"))
    return ChunkResult(to_frame(found), tuple(failures))


def worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: not by plain fork, since the parent may run threads
    (tqdm's monitor) and forking a threaded process can deadlock; from a fork server
    where there is one, else by spawn (Windows).

    The fork server preloads nothing: each worker imports pandas and the extractor
    itself (about a second, once per run). Preloading them in the server would share
    those pages, but the server would then hold a third copy of pandas' resident
    memory for the whole run, which counts against a batch's memory on a small machine.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([])
        return context
    return multiprocessing.get_context("spawn")


def _ignore_interrupt() -> None:
    # Ctrl-C reaches every process of the group; the parent alone handles it
    # (and cleans up), so workers do not each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def extract_chunks(
    chunks: Iterable[list[Document]], extractors: Sequence[str], jobs: int = 1
) -> Iterator[tuple[list[Document], ChunkResult]]:
    """Each chunk with its result, in input order; ``jobs`` > 1 spreads the chunks over worker processes."""
    chosen = tuple(extractors)
    pending = iter(chunks)
    # Starting workers costs about a second; an input of one chunk is done sooner without them.
    head = list(itertools.islice(pending, 2))
    if jobs <= 1 or len(head) < 2:
        for chunk in itertools.chain(head, pending):
            yield chunk, extract_chunk([(d.doc_id, d.text) for d in chunk], chosen)
        return
    context = worker_context()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_ignore_interrupt) as pool:
        in_flight: deque[tuple[list[Document], Future[ChunkResult]]] = deque()
        try:
            for chunk in itertools.chain(head, pending):
                pairs = [(d.doc_id, d.text) for d in chunk]
                in_flight.append((chunk, pool.submit(extract_chunk, pairs, chosen)))
                if len(in_flight) >= jobs * CHUNKS_PER_WORKER:
                    done, future = in_flight.popleft()
                    yield done, future.result()
            while in_flight:
                done, future = in_flight.popleft()
                yield done, future.result()
        except BaseException:
            for _, future in in_flight:
                future.cancel()
            raise
