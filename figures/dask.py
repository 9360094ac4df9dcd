"""Figures on a Dask cluster: a Dask DataFrame of documents in, a Dask DataFrame of figures out.

Dask is an optional extra (``pip install -e '.[dask]'`` in the clone); ``import figures``
never loads it, and this module imports it only when one of its functions runs.

Two ways in:

- :func:`extract`, for a Dask DataFrame you already have: one task per
  partition, each the local :func:`figures.extract_frame` of that partition, so
  the rows are exactly those of the local run, document by document.
- :func:`connect` and :func:`extract_chunks`, which ``figures extract --dask
  ADDRESS`` uses: documents streamed from the readers go to the cluster in
  chunks (:func:`figures.parallel.chunked`), a bounded number at a time, and
  come back in input order, to the same writers as a local run.

Every worker needs ``figures`` installed, at the same version as the client
(the workers run its extractor; a different version could give different rows).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from figures.io import Document
from figures.keep import check_keep
from figures.parallel import CHUNKS_PER_WORKER, ChunkResult, extract_chunk, in_input_order
from figures.pipeline import DEFAULT_EXTRACTORS, check_extractors
from figures.table import empty_frame

if TYPE_CHECKING:
    import dask.dataframe as dd
    from distributed import Client

# The distribution is casualty-figures (the name `figures` on PyPI is another project): from a clone.
INSTALL_HINT = "pip install -e '.[dask]' in the clone of figures"
# `figures extract --dask local` starts a cluster on this machine instead of joining one.
LOCAL = "local"


class DaskMissing(ImportError):
    """Dask (or distributed) is not installed: the one-line message says how to get it."""


class BadAddress(ValueError):
    """``--dask ADDRESS`` names no scheduler."""


class DaskRunError(RuntimeError):
    """The cluster failed (unreachable scheduler, no workers, a worker lost), not one document."""


def require(module: str = "dask.dataframe") -> Any:
    """Import ``module`` (``dask.dataframe`` or ``distributed``), or raise :class:`DaskMissing`.

    >>> require("dask.dataframe").__name__
    'dask.dataframe'
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise DaskMissing(f"{module} is not installed ({error}): {INSTALL_HINT}") from None


# ------------------------------------------------------- Dask DataFrames


def extract(
    ddf: dd.DataFrame,
    text: str = "text",
    id: str | None = "doc_id",
    extractors: Sequence[str] | None = None,
    keep: Sequence[str] = (),
) -> dd.DataFrame:
    """The figure table of every row of a Dask DataFrame, as a lazy Dask DataFrame.

    ``text`` names the column of the documents, ``id`` the column of their ids
    (None: ``doc_id`` or ``id`` when present, else the index, as in
    :func:`figures.extract_frame`); ids become strings (``str(value)``), as in a
    local run. ``extractors`` defaults to ``figures.DEFAULT_EXTRACTORS``.
    ``keep`` names columns of ``ddf`` copied into each figure row of their
    document, after the table's own columns, as in :func:`figures.extract_frame`.

    The result has exactly the columns and dtypes of the local table
    (``figures.empty_frame()``), one partition per input partition, each the
    rows of its documents in input order: ``.compute()`` equals
    ``figures.extract_frame`` on the whole frame, but for the index, which counts
    from 0 in every partition (``.compute().reset_index(drop=True)`` gives the
    local one). Its divisions are unknown. A document whose extraction raises
    fails the computation, as it fails ``extract_frame``.

    >>> import dask.dataframe as dd
    >>> import pandas as pd
    >>> import figures.dask
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["5 people were killed.", "12 injured"]})
    >>> table = figures.dask.extract(dd.from_pandas(docs, npartitions=2), extractors=["pattern"])
    >>> table.compute(scheduler="sync")[["doc_id", "category", "value"]].reset_index(drop=True)
      doc_id category  value
    0      a   killed      5
    1      b  injured     12
    """
    require("dask.dataframe")
    chosen = check_extractors(DEFAULT_EXTRACTORS if extractors is None else extractors)
    columns = list(ddf.columns)
    if text not in columns:
        raise KeyError(f"no column {text!r} in the frame (columns: {', '.join(map(str, columns))})")
    if id is None:
        id = next((c for c in ("doc_id", "id") if c in columns), None)
    if id is not None and id not in columns:
        raise KeyError(
            f"no column {id!r} in the frame (columns: {', '.join(map(str, columns))}); id=None uses the index"
        )
    kept = check_keep(list(keep), empty_frame().columns)
    absent = [name for name in kept if name not in columns]
    if absent:
        raise KeyError(f"no column {', '.join(map(repr, absent))} to keep in the frame")
    frame: Any = ddf  # dask's methods are untyped
    meta = empty_frame()
    for name in kept:
        meta[name] = frame._meta[name].iloc[:0].reset_index(drop=True)
    table: dd.DataFrame = frame.map_partitions(
        extract_partition, text, id, chosen, kept, meta=meta, clear_divisions=True
    )
    return table


def extract_partition(
    part: pd.DataFrame, text: str, id: str | None, extractors: tuple[str, ...], keep: tuple[str, ...] = ()
) -> pd.DataFrame:
    """The figure table of one partition (runs on a worker): the local :func:`figures.extract_frame`."""
    from figures import extract_frame

    return extract_frame(part, text=text, id=id, extractors=extractors, keep=keep)


# ------------------------------------------------ streaming (the command line)


def check_address(address: str) -> None:
    """Raise :class:`BadAddress` unless ``address`` names a scheduler: ``[scheme://]host:port``, or ``local``.

    >>> check_address("tcp://10.0.0.5:8786"), check_address("local")
    (None, None)
    >>> check_address("tcp://h")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    figures.dask.BadAddress: not a Dask scheduler address: 'tcp://h' (missing port number in address 'h'); expected ...
    """
    if address == LOCAL:
        return
    comm = require("distributed.comm")
    try:
        comm.get_address_host_port(address)
    except ValueError as error:
        raise BadAddress(
            f"not a Dask scheduler address: {address!r} ({error}); expected tcp://HOST:PORT or local"
        ) from None


@contextlib.contextmanager
def connect(address: str, workers: int | None = None, timeout: float | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``address`` (``tcp://host:8786``), closed at the end.

    ``address`` ``local`` starts a cluster on this machine for the length of the
    block: ``workers`` processes (default: Dask's choice) of one thread each.
    Waits up to ``timeout`` seconds (default: Dask's connect timeout) for the
    scheduler and for at least one worker; raises :class:`DaskRunError` if
    there is none.
    """
    distributed = require("distributed")
    require("dask.dataframe")
    import dask

    if timeout is None:
        timeout = float(dask.utils.parse_timedelta(dask.config.get("distributed.comm.timeouts.connect")))
    with contextlib.ExitStack() as stack:
        if address == LOCAL:
            cluster = distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            stack.enter_context(cluster)
            target: Any = cluster
        else:
            check_address(address)
            target = address
        try:
            client = distributed.Client(target, timeout=timeout, set_as_default=False)
        except Exception as error:
            raise DaskRunError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        stack.enter_context(client)
        try:
            client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            raise DaskRunError(f"the Dask scheduler at {address} has no workers (waited {timeout:g} s)") from None
        yield client


def extract_chunks(
    client: Client, chunks: Iterable[list[Document]], extractors: Sequence[str]
) -> Iterator[tuple[list[Document], ChunkResult]]:
    """Each chunk with its result, in input order, extracted on the cluster of ``client``.

    The same contract as :func:`figures.parallel.extract_chunks`: a document
    whose extraction raises is reported in the chunk's failures, not fatal; at
    most two chunks per worker thread are in flight, so memory stays bounded
    however long the input. A failure of the cluster itself raises
    :class:`DaskRunError`.
    """
    chosen = check_extractors(extractors)
    cluster: Any = client  # untyped
    threads = sum(cluster.nthreads().values())
    window = max(2, threads * CHUNKS_PER_WORKER)

    def result(future: Any) -> ChunkResult:
        try:
            done: ChunkResult = future.result()
        except Exception as error:
            message = " ".join(str(error).split())  # one line
            raise DaskRunError(f"Dask: {type(error).__name__}: {message}") from error
        return done

    def submit(chunk: list[Document]) -> Any:
        return client.submit(extract_chunk, [(d.doc_id, d.text) for d in chunk], chosen, pure=False)

    yield from in_input_order(chunks, submit, result, window)
