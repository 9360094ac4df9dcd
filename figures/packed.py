"""A long document's figures kept as compact bytes, a segment at a time (issue 19: memory).

A ``Figure`` with its strings and its offsets (ints beyond the small ones
Python shares) holds some 900 bytes; its field values pickled and compressed
take about 30 (one run on the repository's fixtures joined: 122 bytes pickled,
28 compressed, packing and unpacking 2% of the extraction's time). A document
of 20 MB in which every sentence reports casualties has 100,000 figures: 90 MB
as objects, 3 MB packed. ``figures.worker`` packs each segment's figures as it
reads them and places them a segment at a time; the table is built from one
unpacked segment at a time (``figures.table.to_frame_releasing``).

>>> from figures.pipeline import extract_figures
>>> found = extract_figures("12 people were killed. 30 were injured.")
>>> packed = Packed([pack(found[:1]), pack(found[1:])], len(found))
>>> len(packed), list(packed) == found
(2, True)
>>> [[f.value for f in segment] for segment in packed.take()], len(packed), list(packed)
([[12], [30]], 0, [])
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterator, Sequence
from operator import attrgetter

from figures.figure import FIELD_NAMES, Figure

_VALUES = attrgetter(*FIELD_NAMES)


def pack(figures: Sequence[Figure]) -> bytes:
    """The figures' field values, pickled and compressed (level 1: fast, and most of the gain)."""
    return zlib.compress(pickle.dumps([_VALUES(f) for f in figures], protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpack(data: bytes) -> list[Figure]:
    """The figures :func:`pack` packed (made again, so checked again as any figure is)."""
    return [Figure(*values) for values in pickle.loads(zlib.decompress(data))]


class Packed:
    """The figures of one document as packed segments, in text order: its length is known without
    unpacking; iterating unpacks a segment at a time; :meth:`take` hands each segment over and lets
    its bytes go (the figures are then the taker's alone)."""

    __slots__ = ("count", "segments")

    def __init__(self, segments: list[bytes], count: int) -> None:
        self.segments = segments
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Figure]:
        for segment in self.segments:
            yield from unpack(segment)

    def take(self) -> Iterator[list[Figure]]:
        """Each segment's figures, in order, removed from here as they are handed over."""
        while self.segments:  # a few hundred at most (a segment is a million characters)
            figures = unpack(self.segments.pop(0))
            self.count -= len(figures)
            yield figures
