"""The ``figures`` command: extract, summarize, report. The one place that configures logging.

Exit status: 0 done, 1 bad input or a failed run, 2 bad usage, 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM), 129 hangup (SIGHUP). Every problem is one line on standard
error, ``figures: error: FILE:LINE: problem``; no traceback for bad input.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import FrameType, ModuleType
from typing import TYPE_CHECKING, TypeVar

from figures.figure import EXTRACTORS
from figures.io import (
    FORMATS,
    BadRecord,
    CsvWriter,
    Document,
    ErrorLog,
    InputError,
    Source,
    check_encoding,
    format_for,
    input_bytes,
    open_output,
    open_writer,
    read_documents,
    replaceable,
    resolve_inputs,
    temp_beside,
)

# pandas, tqdm, the extractors (their patterns compile at import) and the workers
# are imported where a run needs them, so that --help and --version answer at once.
if TYPE_CHECKING:
    import pandas as pd
    from tqdm import tqdm

    from figures.parallel import ChunkResult

log = logging.getLogger("figures")

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
EXIT_HANGUP = 129


class UsageError(Exception):
    """A command line that cannot be run as given (exit 2)."""


class CommandError(Exception):
    """A run that cannot go on for a reason other than one bad record (exit 1)."""


class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised so that cleanup (removing a temporary output) runs as for Ctrl-C."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__(signum)
        self.signum = signum


@dataclass(slots=True)
class Stats:
    """What a run did, for the closing line."""

    documents: int = 0
    figures: int = 0
    errors: int = 0
    nbytes: int = 0

    def line(self, seconds: float) -> str:
        """The closing summary.

        >>> Stats(1200, 35, 1, 2_500_000).line(2.0)
        '1,200 documents, 35 figures, 1 error in 2.00 s (1.2 MB/s)'
        >>> Stats(1, 4, 0, 5_000).line(0.5)
        '1 document, 4 figures, 0 errors in 0.50 s (10.0 kB/s)'
        """
        rate = self.nbytes / seconds if seconds > 0 else 0.0
        speed = f"{rate / 1e6:.1f} MB/s" if rate >= 1e5 else f"{rate / 1e3:.1f} kB/s"
        counts = ", ".join(
            plural(n, word)
            for n, word in ((self.documents, "document"), (self.figures, "figure"), (self.errors, "error"))
        )
        return f"{counts} in {seconds:.2f} s ({speed})"


def plural(count: int, word: str) -> str:
    """A count with its noun, in the singular for one.

    >>> plural(1, "error"), plural(2_000, "figure")
    ('1 error', '2,000 figures')
    """
    return f"{count:,} {word}" + ("" if count == 1 else "s")


# ------------------------------------------------------------ arguments


def extractor_list(value: str) -> tuple[str, ...]:
    """``pattern,quantity`` -> ('pattern', 'quantity'), checked."""
    try:
        from figures.pipeline import check_extractors

        return check_extractors([name.strip() for name in value.split(",") if name.strip()])
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def field_names(value: str) -> tuple[str, ...]:
    """``date,url,outlet`` -> ('date', 'url', 'outlet'), checked (no empty name, no repeat)."""
    from figures.keep import parse_keep  # (imports pandas: only when --keep is given)

    try:
        return parse_keep(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def encoding_name(value: str) -> str:
    try:
        return check_encoding(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None


def job_count(value: str) -> int:
    """Worker processes; 0 means all cores."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (all cores) or more")
    return jobs or (os.cpu_count() or 1)


def positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def add_reading_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by every subcommand that reads documents and extracts figures."""
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a .txt file, a folder of .txt files, a .jsonl or .csv file (columns text and doc_id or id), "
        "or - for standard input",
    )
    parser.add_argument(
        "--extractors",
        type=extractor_list,
        default=EXTRACTORS,  # figures.pipeline.DEFAULT_EXTRACTORS, all of them (a test keeps the two equal)
        help=f"comma-separated: pattern, quantity (default: {','.join(EXTRACTORS)})",
    )
    parser.add_argument(
        "--encoding", type=encoding_name, default="utf-8", help="encoding of the input files (default: utf-8)"
    )
    parser.add_argument(
        "--on-error",
        choices=("fail", "skip"),
        default="fail",
        help="on a bad record: stop with an error (fail, default) or go on without it (skip)",
    )
    parser.add_argument(
        "--errors", metavar="PATH", help="write every bad record (file, line, reason) here, as CSV or .jsonl"
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=job_count,
        default=None,
        metavar="N",
        help="worker processes (default: all cores; 1 = no worker processes)",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786), or start one here "
        "with `local` (--jobs workers); needs the dask extra: pip install -e '.[dask]'",
    )
    parser.add_argument(
        "--input-format",
        choices=("txt", "jsonl", "csv"),
        help="read standard input (-) and every input file as this, whatever its suffix "
        "(default: from the suffix; - is one plain-text document)",
    )
    parser.add_argument(
        "--recursive", "-r", action="store_true", help="a folder input: read the .txt files of its subfolders too"
    )
    parser.add_argument(
        "--id-from",
        choices=("stem", "path"),
        default="stem",
        help="doc_id of a .txt file: its name without .txt (stem, default) or its path (path: day1/nigeria.txt)",
    )
    parser.add_argument(
        "--keep",
        type=field_names,
        default=(),
        metavar="FIELDS",
        help="comma-separated fields of each JSONL/CSV record (date,url,outlet) copied into every output row, "
        "after the table's own columns; a field a record lacks is left empty",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no closing summary")
    # Documents per chunk handed to a worker; tests use small chunks to exercise the streaming.
    parser.add_argument("--chunk-size", type=positive, default=None, help=argparse.SUPPRESS)


def version() -> str:
    """The version of this package (read without importing anything heavy)."""
    from figures import __version__

    return __version__


def profile_names() -> str:
    """The profiles ``--profile`` takes, for its help, read from the packaged profiles.json (no pandas).

    >>> profile_names()
    'raw (default), acled, emdat, ucdp, gtd, noaa, wad, wikimpacts (docs/summary.md says what each does)'
    """
    import json
    from importlib import resources

    try:
        profiles = json.loads((resources.files("figures") / "data" / "profiles.json").read_text(encoding="utf-8"))
        names = [name for name in profiles if not name.startswith("_")]
    except (OSError, ValueError):
        return "see docs/summary.md"
    return ", ".join(f"{n} (default)" if n == "raw" else n for n in names) + " (docs/summary.md says what each does)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="figures",
        description="Casualty and displacement figures from news text, each with its exact span.",
    )
    parser.add_argument("--version", action="version", version=f"figures {version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="the figure table: one row per figure found")
    add_reading_options(extract)
    extract.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="csv (default), jsonl or parquet; by default taken from the -o file's suffix",
    )
    extract.add_argument("--output", "-o", metavar="OUT", help="output file (default: standard output)")

    summarize = commands.add_parser("summarize", help="one row per document and category: its best total")
    add_reading_options(summarize)
    summarize.add_argument("--profile", metavar="NAME", help=f"convention profile for the totals: {profile_names()}")
    summarize.add_argument(
        "--by",
        choices=("country", "admin1"),
        help="one row per document, category and place: its country (ISO 3166-1 alpha-3) or admin1 (ISO 3166-2)",
    )
    summarize.add_argument("--format", "-f", choices=FORMATS, help="csv (default), jsonl or parquet")
    summarize.add_argument("--output", "-o", metavar="OUT", help="output file (default: standard output)")

    report = commands.add_parser("report", help="a self-contained HTML page with the figures highlighted")
    add_reading_options(report)
    report.add_argument("--profile", metavar="NAME", help=f"convention profile for the totals shown: {profile_names()}")
    report.add_argument("--output", "-o", metavar="OUT", help="HTML file (default: standard output)")
    return parser


# ------------------------------------------------------------- logging


class OneLineFormatter(logging.Formatter):
    """``figures: warning: message``: lower-case level, no traceback."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        return (
            f"figures: {message}"
            if record.levelno == logging.INFO
            else f"figures: {record.levelname.lower()}: {message}"
        )


def configure_logging(quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(OneLineFormatter())
    for old in list(log.handlers):
        log.removeHandler(old)
    log.addHandler(handler)
    log.setLevel(logging.WARNING if quiet else logging.INFO)
    log.propagate = False


# ------------------------------------------------------------- running


def on_bad_record(on_error: str, errors: ErrorLog | None, stats: Stats) -> Callable[[BadRecord], None]:
    """What to do with a bad record: log it, then stop (fail) or go on (skip)."""

    def handle(bad: BadRecord) -> None:
        stats.errors += 1
        if errors is not None:
            errors.add(bad)
        if on_error == "fail":
            raise InputError(bad)
        if errors is None:
            log.warning("%s (skipped)", bad)

    return handle


def progress_bar(total: int | None, quiet: bool) -> tqdm[None]:
    """Bytes read, MB/s and documents, on standard error when it is a terminal."""
    from tqdm import tqdm

    show = not quiet and sys.stderr.isatty()
    return tqdm(
        total=total,
        unit="B",
        unit_scale=True,
        unit_divisor=1000,
        desc="figures",
        file=sys.stderr,
        disable=not show,
        dynamic_ncols=True,
    )


Extractor = Callable[[Iterable[list[Document]]], Iterator[tuple[list[Document], "ChunkResult"]]]


@contextlib.contextmanager
def chunk_extractor(
    args: argparse.Namespace, progress: Callable[[Document, float], None] | None = None
) -> Iterator[Extractor]:
    """What extracts the chunks: worker processes here (--jobs), or the Dask cluster of --dask.
    ``progress`` hears how far a long document read in this process has got."""
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if args.dask is None:
        from figures.parallel import extract_chunks

        yield lambda chunks: extract_chunks(chunks, args.extractors, jobs, progress)
        return
    # Imported only with --dask: the module itself loads dask only when it connects.
    from figures import dask as on_dask

    if args.jobs is not None and args.dask != on_dask.LOCAL:
        raise UsageError(
            f"--jobs: the workers of the Dask cluster at {args.dask} do the work (--jobs is for --dask local)"
        )
    with contextlib.ExitStack() as stack:
        try:
            client = stack.enter_context(on_dask.connect(args.dask, workers=args.jobs))
        except (on_dask.DaskMissing, on_dask.BadAddress) as error:
            raise UsageError(f"--dask: {error}") from None
        except on_dask.DaskRunError as error:
            raise CommandError(str(error)) from None

        def on_cluster(chunks: Iterable[list[Document]]) -> Iterator[tuple[list[Document], ChunkResult]]:
            try:
                yield from on_dask.extract_chunks(client, chunks, args.extractors)
            except on_dask.DaskRunError as error:
                raise CommandError(str(error)) from None

        yield on_cluster


# A document whose doc_id an earlier one already has is extracted, summarised and
# shown under ``doc_id + APART + n`` (its n-th use), so that its rows and totals stay
# apart from the other's; ``figures extract`` and ``summarize`` write the id as given.
APART = "\x1f"
NAMED_DUPLICATES = 10


# The most document text one report page embeds (a browser struggles beyond it,
# and the whole page is held in memory): later documents are left out, with a warning.
REPORT_CHARACTERS = 20_000_000


class DuplicateIds:
    """Notices a doc_id used again, warns once per id, and keeps each document apart by its position.

    Seen ids are kept as hashes (a small int each, not the strings) so that a batch of
    millions of documents costs little memory; a hash collision would at worst give
    one needless warning.
    """

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.uses: dict[str, int] = {}

    def apart(self, document: Document) -> Document:
        key = hash(document.doc_id)
        if key not in self.seen:
            self.seen.add(key)
            return document
        uses = self.uses[document.doc_id] = self.uses.get(document.doc_id, 1) + 1
        if uses == 2 and len(self.uses) <= NAMED_DUPLICATES:
            log.warning(
                "%s: doc_id %r is used again by this document; its rows stay apart, in input order "
                "(for .txt inputs, --id-from path gives ids that differ)",
                document.origin,
                document.doc_id,
            )
        elif uses == 2 and len(self.uses) == NAMED_DUPLICATES + 1:
            log.warning("more doc_ids used again; not named one by one")
        return dataclasses.replace(document, doc_id=f"{document.doc_id}{APART}{uses}")


def given_ids(table: pd.DataFrame) -> pd.DataFrame:
    """The table with each doc_id as the input gave it (see APART)."""
    if len(table) and table["doc_id"].str.contains(APART, regex=False).any():
        table = table.assign(doc_id=table["doc_id"].str.partition(APART)[0].astype(table["doc_id"].dtype))
    return table


def given_id(doc_id: str) -> str:
    """A doc_id as the input gave it (see APART).

    >>> given_id("nigeria"), given_id("nigeria" + APART + "2")
    ('nigeria', 'nigeria')
    """
    return doc_id.partition(APART)[0]


def shown_id(doc_id: str) -> str:
    """How the report names a document: ``nigeria (#2)`` for the second one called ``nigeria``.

    >>> shown_id("nigeria"), shown_id("nigeria" + APART + "2")
    ('nigeria', 'nigeria (#2)')
    """
    given, _, uses = doc_id.partition(APART)
    return f"{given} (#{uses})" if uses else given


class WithinDocument:
    """Moves the progress bar while a long document is read (it moves otherwise once per chunk)."""

    def __init__(self) -> None:
        self.bar: tqdm[None] | None = None
        self.shown = 0  # bytes of the current chunk already shown
        self.document: Document | None = None
        self.document_shown = 0

    def __call__(self, document: Document, done: float) -> None:
        if self.bar is None:
            return
        if document is not self.document:
            self.document, self.document_shown = document, 0
        step = int(document.nbytes * done) - self.document_shown
        self.bar.update(step)
        self.document_shown += step
        self.shown += step


def extracted(
    args: argparse.Namespace,
    sources: list[Source],
    on_bad: Callable[[BadRecord], None],
    stats: Stats,
    bar: tqdm[None],
    extract: Extractor,
    within: WithinDocument,
) -> Iterator[tuple[list[Document], ChunkResult]]:
    """Each chunk of good documents with its figures, in input order."""

    ids = DuplicateIds()

    def good_documents() -> Iterator[Document]:
        for item in read_documents(sources, args.encoding, args.keep, id_from=getattr(args, "id_from", "stem")):
            if isinstance(item, BadRecord):
                on_bad(item)
                stats.nbytes += item.nbytes
                bar.update(item.nbytes)
            else:
                yield ids.apart(item)

    from figures.parallel import CHUNK_DOCUMENTS, chunked

    for chunk, result in extract(chunked(good_documents(), args.chunk_size or CHUNK_DOCUMENTS)):
        for index, reason in result.failures:
            on_bad(BadRecord(chunk[index].origin, reason))
        stats.documents += len(chunk) - len(result.failures)
        stats.figures += result.figures
        nbytes = sum(d.nbytes for d in chunk)
        stats.nbytes += nbytes
        bar.update(nbytes - within.shown)  # what the bar has not yet been told
        within.shown = 0
        bar.set_postfix_str(f"{stats.documents:,} docs", refresh=False)
        yield chunk, result


def tables(
    args: argparse.Namespace, results: Iterable[tuple[list[Document], ChunkResult]]
) -> Iterator[tuple[list[Document], pd.DataFrame]]:
    """Each chunk with its figure table (and the --keep columns)."""
    for chunk, result in results:
        if args.command == "extract" and not args.keep and result.figures:
            # written a block of rows at a time: a long document's table is never held whole (issue 19)
            for block in result.blocks():
                yield chunk, block
            continue
        table = result.table
        if args.keep:
            from figures.keep import attach

            failed = {index for index, _ in result.failures}
            good = [d.fields for i, d in enumerate(chunk) if i not in failed]
            table = attach(table, args.keep, good, result.sizes)
        yield chunk, table


def optional_module(name: str, command: str) -> ModuleType:
    """A module written separately (summary, report), or a clear error if this build lacks it."""
    try:
        return importlib.import_module(f"figures.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"figures.{name}":
            raise
        raise CommandError(f"`figures {command}` is not available: this build has no figures/{name}.py") from None


def check_output_path(path: str | None) -> None:
    """Before anything is read: the output can be written (its folder exists and takes a new file)."""
    if path is None or path == "-":
        return
    if os.path.isdir(path):
        raise UsageError(f"{path}: is a folder, not a file")
    target = replaceable(path)
    if target is None:  # a device or FIFO, written into as it is
        if not os.path.exists(path):
            raise UsageError(f"{path}: cannot write there: no such device or stream")
        return
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise UsageError(f"{path}: cannot write there: folder {folder} does not exist")
    try:  # the one sure test (root ignores permissions, a read-only file system does not)
        fd, probe = temp_beside(target, suffix=".probe")
    except OSError as error:
        raise UsageError(f"{path}: {error.strerror}") from None
    os.close(fd)
    os.unlink(probe)


def run(args: argparse.Namespace) -> int:
    """Read, extract and write for one subcommand, with the error policy, progress and summary."""
    sources = resolve_inputs(args.inputs, args.input_format, args.recursive)
    output = None if args.output in (None, "-") else args.output
    check_output_path(output)
    check_output_path(args.errors)
    fmt = format_for(output, getattr(args, "format", None))
    if args.command != "report" and fmt == "parquet" and output is None:
        raise UsageError("parquet output needs a file: pass -o FILE")
    if args.keep:
        from figures.keep import check_keep
        from figures.table import COLUMNS

        own = COLUMNS if args.command == "extract" else optional_module("summary", args.command).SUMMARY_COLUMNS
        try:
            check_keep(args.keep, own)
        except ValueError as error:
            raise UsageError(f"--keep: {error}") from None
    stats = Stats()
    started = getattr(args, "started", None) or time.perf_counter()
    with contextlib.ExitStack() as stack:
        errors = stack.enter_context(contextlib.closing(ErrorLog(args.errors))) if args.errors else None
        within = WithinDocument()
        extract = stack.enter_context(chunk_extractor(args, within))
        bar = within.bar = stack.enter_context(progress_bar(input_bytes(sources), args.quiet))
        results = extracted(args, sources, on_bad_record(args.on_error, errors, stats), stats, bar, extract, within)
        results = checked(results, getattr(args, "check_signals", lambda: None))
        chunks = tables(args, results)
        if args.command == "extract" and fmt == "csv" and not args.keep:
            write_plain_csv(output, results)
        elif args.command == "extract":
            from figures.keep import with_kept_columns
            from figures.table import empty_frame

            with open_writer(fmt, output, with_kept_columns(empty_frame(), args.keep)) as writer:
                for _, table in chunks:
                    writer.write(given_ids(table))
        elif args.command == "summarize":
            write_summaries(args, fmt, output, results)
        else:
            write_report(args, output, chunks)
    log.info("%s", stats.line(time.perf_counter() - started))
    return EXIT_OK


def write_plain_csv(output: str | None, results: Iterable[tuple[list[Document], ChunkResult]]) -> None:
    """The figure table as CSV, its rows written from the figures, a document (a long one's segment) at
    a time, without pandas (figures/rows.py: the same bytes)."""
    from figures.rows import COLUMN_NAMES

    with open_output(output) as handle:
        writer = CsvWriter(handle, COLUMN_NAMES)  # type: ignore[arg-type]
        for _, result in results:
            for found in result.documents():
                writer.write_rows([(given_id(doc_id), figures) for doc_id, figures in found])
        writer.close()


def write_summaries(
    args: argparse.Namespace, fmt: str, output: str | None, results: Iterable[tuple[list[Document], ChunkResult]]
) -> None:
    """Document totals, chunk by chunk: a chunk always holds whole documents, and totals are per document.
    Without --by the rules read each chunk's figures as columns (figures.rows.Columns), not as its figure
    table: a long document's table and a dict a row were 15 times its size (issue 19, item 4)."""
    from figures.keep import attach_by_id, with_kept_columns
    from figures.packed import Packed
    from figures.rows import Columns
    from figures.table import empty_frame

    summary = optional_module("summary", "summarize")
    options = {} if args.profile is None else {"profile": args.profile}
    try:
        template = with_kept_columns(summary.summarize(empty_frame(), **options), args.keep)
    except (KeyError, ValueError) as error:
        raise UsageError(f"--profile {args.profile}: {error}") from None
    by = getattr(args, "by", None)
    if by is not None:  # totals per place (figures/place_summary.py): the place column after the summary's
        from figures.place_summary import empty_by, summarize_by

        template = with_kept_columns(empty_by(by), args.keep)
    dtypes = template.dtypes.to_dict()
    with open_writer(fmt, output, template) as writer:
        for chunk, result in results:
            # the texts let the rules read the words before a figure ("also killed nine")
            texts = {d.doc_id: d.text for d in chunk}
            if by is None:
                columns = Columns(summary.NEEDED_COLUMNS + summary.OPTIONAL_COLUMNS)
                for doc_id, found in result.found:
                    for figures in found.take() if isinstance(found, Packed) else [found]:
                        columns.add(doc_id, figures)  # a long document's figures a segment at a time
                        figures.clear()  # in the columns now (the chunk's result holds the list)
                by_doc: dict[str, list[Mapping[str, object]]] = {}
                for row in columns.rows():
                    by_doc.setdefault(str(row["doc_id"]), []).append(row)
                totals = summary.summarize_rows(by_doc, texts=texts, **options)
            else:
                _, table = next(tables(args, [(chunk, result)]))
                totals = summarize_by(table, by, texts=texts, **options)
            if args.keep:
                # a summary row is per doc_id; of documents sharing an id, the last one's fields, as for texts
                fields = {d.doc_id: d.fields for d in chunk}
                totals = attach_by_id(totals, args.keep, fields)
            writer.write(given_ids(totals.astype(dtypes)))


def write_report(
    args: argparse.Namespace, output: str | None, chunks: Iterator[tuple[list[Document], pd.DataFrame]]
) -> None:
    """One HTML page; it holds the documents it shows in memory, up to REPORT_CHARACTERS of text."""
    import pandas as pd

    from figures.keep import attach_by_id, with_kept_columns
    from figures.table import empty_frame

    summary = optional_module("summary", "report")
    report = optional_module("report", "report")
    options = {} if args.profile is None else {"profile": args.profile}
    try:
        summary.summarize(empty_frame(), **options)
    except (KeyError, ValueError) as error:
        raise UsageError(f"--profile {args.profile}: {error}") from None
    documents: dict[str, str] = {}
    fields: dict[str, tuple[str | None, ...]] = {}
    tables = []
    shown = 0
    left_out = [0, 0]  # documents, figures
    for chunk, table in chunks:
        kept = []
        for document in chunk:
            if shown + len(document.text) > REPORT_CHARACTERS and documents:
                left_out[0] += 1
                continue
            documents[document.doc_id] = document.text
            fields[document.doc_id] = document.fields
            shown += len(document.text)
            kept.append(document.doc_id)
        if len(kept) < len(chunk):
            in_page = table["doc_id"].isin(kept)
            left_out[1] += int((~in_page).sum())
            table = table[in_page]
        tables.append(table)
    if left_out[0]:
        log.warning(
            "report: the page shows the first %s (%s characters, the cap); %s and their %s are left out "
            "(figures extract or summarize read the whole batch)",
            plural(len(documents), "document"),
            f"{shown:,}",
            plural(left_out[0], "later document"),
            plural(left_out[1], "figure"),
        )
    table = pd.concat(tables, ignore_index=True) if tables else with_kept_columns(empty_frame(), args.keep)
    if any(APART in doc_id for doc_id in documents):
        documents = {shown_id(doc_id): text for doc_id, text in documents.items()}
        fields = {shown_id(doc_id): values for doc_id, values in fields.items()}
        table = table.assign(doc_id=table["doc_id"].map(shown_id).astype(table["doc_id"].dtype))
    totals = summary.summarize(table, texts=documents, **options)
    metadata = None
    if args.keep:
        totals = attach_by_id(totals, args.keep, fields)
        metadata = {doc_id: dict(zip(args.keep, values, strict=True)) for doc_id, values in fields.items()}
    parts = report.render_parts(table, documents, totals, metadata=metadata)
    first = next(parts)  # everything read and checked before the output is opened
    with open_output(output) as handle:
        handle.write(first)
        for part in parts:  # a document at a time, a long text a slice at a time: never the page whole
            handle.write(part)


# Signals that end a run as Ctrl-C does (temporary files removed), with their exit status and word.
ENDING_SIGNALS: dict[int, tuple[int, str]] = {signal.SIGTERM: (EXIT_TERMINATED, "terminated")}
if hasattr(signal, "SIGHUP"):  # not on Windows
    ENDING_SIGNALS[signal.SIGHUP] = (EXIT_HANGUP, "hangup")


@contextlib.contextmanager
def sigterm_as_exception() -> Iterator[Callable[[], None]]:
    """Turn SIGTERM and SIGHUP (and Ctrl-C, as Python does) into an exception for the length of the run,
    so temporary files are removed. Yields a check that raises again for a signal already received: a
    signal that arrives while a finalizer runs (``__del__``, a weak reference's callback) raises there and
    Python ignores it, so the run checks between chunks too (seen as a run that ended 0 after Ctrl-C)."""
    received: list[int] = []

    def check() -> None:
        if received:
            if received[0] == signal.SIGINT:
                raise KeyboardInterrupt
            raise Terminated(received[0])

    if threading.current_thread() is not threading.main_thread():
        yield check
        return

    def terminate(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        while frame is not None:
            if frame.f_code.co_name == "__del__":
                return  # raised here it would be printed as "Exception ignored" and lost: the next check raises it
            frame = frame.f_back
        check()

    handled = list(ENDING_SIGNALS)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        handled.append(signal.SIGINT)  # an ignored SIGINT (a background job) stays ignored
    previous = {signum: signal.signal(signum, terminate) for signum in handled}
    try:
        yield check
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


T = TypeVar("T")


def checked(chunks: Iterable[T], check: Callable[[], None]) -> Iterator[T]:
    """``chunks``, with ``check`` called before each one is handed on and after the last."""
    for chunk in chunks:
        check()
        yield chunk
    check()


def process_started() -> float:
    """When this process started, on the ``time.perf_counter`` clock (Linux: from /proc; elsewhere: now)."""
    now = time.perf_counter()
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        # field 22, starttime, in clock ticks since boot; after the ")" the fields start at 3
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return now
    return now - age if 0 <= age < 86_400 else now


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed the usage line and the error
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    configure_logging(args.quiet)
    # Run as the command, the closing line counts from the start of the process (imports
    # included, as `time` would); called from Python, from here.
    args.started = process_started() if argv is None else time.perf_counter()
    try:
        with sigterm_as_exception() as check:
            args.check_signals = check
            return run(args)
    except InputError as error:
        log.error("%s", error)
        return EXIT_DATA
    except CommandError as error:
        log.error("%s", error)
        return EXIT_DATA
    except UsageError as error:
        log.error("%s", error)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader of our output went away (`| head`): stop quietly, like other Unix tools.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        log.error("%s%s", where, error.strerror or error)
        return EXIT_DATA
    except KeyboardInterrupt:
        log.error("interrupted")
        return EXIT_INTERRUPTED
    except Terminated as ended:
        code, word = ENDING_SIGNALS.get(ended.signum, (EXIT_TERMINATED, "terminated"))
        log.error("%s", word)
        return code
    except Exception as error:  # a bug: one line, never a traceback; -o is left as it was
        if os.environ.get("FIGURES_TRACEBACK"):
            raise
        log.error("internal error: %s: %s (a bug; FIGURES_TRACEBACK=1 shows where)", type(error).__name__, error)
        return EXIT_DATA
