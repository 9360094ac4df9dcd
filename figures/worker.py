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

import array
import dataclasses
import functools
from collections.abc import Callable, Sequence

from figures import lazyregex, places
from figures.figure import Figure
from figures.packed import Packed, pack, unpack
from figures.pipeline import extract_figures, extract_unplaced

# Run by each worker process first (``exec``, passed as the pool's initializer,
# so that nothing of ``figures`` is imported to unpickle it). Ctrl-C (and a
# hangup) reaches every process of the group; the parent alone handles it (and cleans up), so
# workers do not each print a traceback.
START = """
import importlib.util, signal, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)
if hasattr(signal, "SIGHUP"):
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
if "figures" not in sys.modules:
    spec = importlib.util.find_spec("figures")
    if spec is not None:
        sys.modules["figures"] = importlib.util.module_from_spec(spec)
"""

Rows = list[tuple[str, list[Figure] | Packed]]
Failures = tuple[tuple[int, str], ...]
# Called after each segment of a long document: (index of the document in its chunk, fraction done).
Progress = Callable[[int, float], None]

# A document longer than this is read a segment at a time, each cut at a
# paragraph break, so that the memory extraction needs beyond the text and its
# figures is that of one segment, and progress can be told within the document.
SEGMENT_CHARACTERS = 1_000_000
# The share of a long document's time its places take (survey and placing, after all its segments
# are read: 11% of the CPU time of a dense 5 MB document), told as progress as each segment is placed.
PLACING = 0.1
# Offsets of a Figure that point into the document (shifted with the segment).
_OFFSETS = (
    "start",
    "end",
    "number_start",
    "number_end",
    "trigger_start",
    "trigger_end",
    "sentence_start",
    "sentence_end",
)


def segment_ends(text: str, size: int = SEGMENT_CHARACTERS) -> list[int]:
    """Where the segments of ``text`` end: after a blank line (a paragraph break, which is always a
    sentence break) near each ``size`` characters, else after a line break, else after a sentence's
    full stop, else at ``size`` itself (a text with no break at all).

    >>> text = "One killed.\\n\\nTwo injured.\\n\\nThree missing."
    >>> [text[a:b] for a, b in zip([0, *segment_ends(text, 16)], segment_ends(text, 16))]
    ['One killed.\\n\\n', 'Two injured.\\n\\n', 'Three missing.']
    """
    ends: list[int] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        floor = start + size // 2
        cut = -1
        for mark in ("\n\n", "\n", ". "):
            at = text.rfind(mark, floor, limit)
            if at >= 0:
                cut = at + len(mark)
                break
        if cut < 0:
            cut = limit
        ends.append(cut)
        start = cut
    ends.append(len(text))
    return ends


def extract_long(
    text: str,
    extractors: tuple[str, ...],
    extract: Callable[[str, tuple[str, ...]], list[Figure]] = extract_figures,
    progress: Callable[[float], None] | None = None,
    size: int | None = None,
) -> list[Figure] | Packed:
    """The figures of one document, read a segment at a time when it is longer than ``size``
    (default SEGMENT_CHARACTERS; the offsets are the whole document's).

    A long document's figures are packed a segment at a time as they are found (``figures.packed``):
    the default extraction then surveys the places of the whole document, from the sentences of all
    its figures, and places one segment's figures at a time, so that no more than one segment's
    figures are ever held as objects."""
    size = SEGMENT_CHARACTERS if size is None else size
    if len(text) <= size:
        return extract(text, extractors)
    # the default extraction places figures by the whole document, after the segments
    placed_here = extract is extract_figures
    segment = extract_unplaced if placed_here else extract
    read_share = 1 - PLACING if placed_here else 1.0  # of the progress told, the segments' reading
    packed: list[bytes] = []
    count = 0
    sentences = array.array("q")  # the figures' sentences, (start, end) flattened: in order, each once
    start = 0
    for end in segment_ends(text, size):
        found = []
        for figure in segment(text[start:end], extractors):
            if start:
                shift = {name: getattr(figure, name) + start for name in _OFFSETS}
                if figure.part_of is not None:
                    shift["part_of"] = figure.part_of + start
                if figure.part_of_end is not None:
                    shift["part_of_end"] = figure.part_of_end + start
                figure = dataclasses.replace(figure, **shift)
            found.append(figure)
        if placed_here:
            for pair in sorted({(f.sentence_start, f.sentence_end) for f in found}):
                sentences.extend(pair)
        packed.append(pack(found))
        count += len(found)
        del found
        start = end
        if progress is not None:
            progress(end / len(text) * read_share)
    if placed_here and count:
        survey = places.survey(text, zip(sentences[::2], sentences[1::2], strict=True))
        del sentences
        for i, segment_figures in enumerate(packed):  # a segment's sentences are its own
            packed[i] = pack(places.place_figures(text, unpack(segment_figures), survey))
            if progress is not None:
                progress(1.0 if i + 1 == len(packed) else read_share + PLACING * (i + 1) / len(packed))
    elif progress is not None and read_share < 1:
        progress(1.0)
    return Packed(packed, count)


def extract_rows(
    documents: Sequence[tuple[str, str]],
    extractors: tuple[str, ...],
    extract: Callable[[str, tuple[str, ...]], list[Figure]] = extract_figures,
    progress: Progress | None = None,
) -> tuple[Rows, Failures]:
    """The figures of ``(doc_id, text)`` documents, and the documents whose extraction raised (index, reason)."""
    found: Rows = []
    failures: list[tuple[int, str]] = []
    for index, (doc_id, text) in enumerate(documents):
        told = None if progress is None else functools.partial(progress, index)
        try:
            found.append((doc_id, extract_long(text, extractors, extract, told)))
        except Exception as error:  # a bug on one document must not cost the batch
            failures.append((index, f"extraction failed: {type(error).__name__}: {error}"))
    # a worker process ends without running exit handlers: the patterns it compiled are written now
    lazyregex.save()
    return found, tuple(failures)
