"""The ``figures`` command: extract, summarize, report. The one place that configures logging.

Exit status: 0 done, 1 bad input or a failed run, 2 bad usage, 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM). Every problem is one line on standard
error, ``figures: error: FILE:LINE: problem``; no traceback for bad input.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import FrameType, ModuleType

import pandas as pd
from tqdm import tqdm

from figures.io import (
    FORMATS,
    BadRecord,
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
    resolve_inputs,
)
from figures.keep import attach, attach_by_id, check_keep, parse_keep, with_kept_columns
from figures.parallel import CHUNK_DOCUMENTS, ChunkResult, chunked, default_jobs, extract_chunks
from figures.pipeline import DEFAULT_EXTRACTORS, check_extractors
from figures.table import COLUMNS, empty_frame

log = logging.getLogger("figures")

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


class UsageError(Exception):
    """A command line that cannot be run as given (exit 2)."""


class CommandError(Exception):
    """A run that cannot go on for a reason other than one bad record (exit 1)."""


class Terminated(BaseException):
    """SIGTERM, raised so that cleanup (removing a temporary output) runs as for Ctrl-C."""


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
        return check_extractors([name.strip() for name in value.split(",") if name.strip()])
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def field_names(value: str) -> tuple[str, ...]:
    """``date,url,outlet`` -> ('date', 'url', 'outlet'), checked (no empty name, no repeat)."""
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
    return jobs or default_jobs()


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
        default=DEFAULT_EXTRACTORS,
        help=f"comma-separated: pattern, quantity (default: {','.join(DEFAULT_EXTRACTORS)})",
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
        "with `local` (--jobs workers); needs figures[dask]",
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
    parser.add_argument("--chunk-size", type=positive, default=CHUNK_DOCUMENTS, help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="figures",
        description="Casualty and displacement figures from news text, each with its exact span.",
    )
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
    summarize.add_argument("--profile", metavar="NAME", help="convention profile for the totals")
    summarize.add_argument("--format", "-f", choices=FORMATS, help="csv (default), jsonl or parquet")
    summarize.add_argument("--output", "-o", metavar="OUT", help="output file (default: standard output)")

    report = commands.add_parser("report", help="a self-contained HTML page with the figures highlighted")
    add_reading_options(report)
    report.add_argument("--profile", metavar="NAME", help="convention profile for the totals shown")
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


Extractor = Callable[[Iterable[list[Document]]], Iterator[tuple[list[Document], ChunkResult]]]


@contextlib.contextmanager
def chunk_extractor(args: argparse.Namespace) -> Iterator[Extractor]:
    """What extracts the chunks: worker processes here (--jobs), or the Dask cluster of --dask."""
    jobs = args.jobs if args.jobs is not None else default_jobs()
    if args.dask is None:
        yield lambda chunks: extract_chunks(chunks, args.extractors, jobs)
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


def extracted(
    args: argparse.Namespace,
    sources: list[Source],
    on_bad: Callable[[BadRecord], None],
    stats: Stats,
    bar: tqdm[None],
    extract: Extractor,
) -> Iterator[tuple[list[Document], pd.DataFrame]]:
    """Each chunk of good documents with its figure table, in input order."""

    def good_documents() -> Iterator[Document]:
        for item in read_documents(sources, args.encoding, args.keep):
            if isinstance(item, BadRecord):
                on_bad(item)
                stats.nbytes += item.nbytes
                bar.update(item.nbytes)
            else:
                yield item

    for chunk, result in extract(chunked(good_documents(), args.chunk_size)):
        for index, reason in result.failures:
            on_bad(BadRecord(chunk[index].origin, reason))
        stats.documents += len(chunk) - len(result.failures)
        stats.figures += len(result.table)
        nbytes = sum(d.nbytes for d in chunk)
        stats.nbytes += nbytes
        bar.update(nbytes)
        bar.set_postfix_str(f"{stats.documents:,} docs", refresh=False)
        table = result.table
        if args.keep:
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
    if path is None or path == "-":
        return
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError(f"{path}: cannot write there: folder {folder} does not exist")
    if os.path.isdir(path):
        raise UsageError(f"{path}: is a folder, not a file")


def run(args: argparse.Namespace) -> int:
    """Read, extract and write for one subcommand, with the error policy, progress and summary."""
    sources = resolve_inputs(args.inputs)
    output = None if args.output in (None, "-") else args.output
    check_output_path(output)
    check_output_path(args.errors)
    fmt = format_for(output, getattr(args, "format", None))
    if args.command != "report" and fmt == "parquet" and output is None:
        raise UsageError("parquet output needs a file: pass -o FILE")
    if args.keep:
        own = COLUMNS if args.command == "extract" else optional_module("summary", args.command).SUMMARY_COLUMNS
        try:
            check_keep(args.keep, own)
        except ValueError as error:
            raise UsageError(f"--keep: {error}") from None
    stats = Stats()
    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        errors = stack.enter_context(contextlib.closing(ErrorLog(args.errors))) if args.errors else None
        extract = stack.enter_context(chunk_extractor(args))
        bar = stack.enter_context(progress_bar(input_bytes(sources), args.quiet))
        chunks = extracted(args, sources, on_bad_record(args.on_error, errors, stats), stats, bar, extract)
        if args.command == "extract":
            with open_writer(fmt, output, with_kept_columns(empty_frame(), args.keep)) as writer:
                for _, table in chunks:
                    writer.write(table)
        elif args.command == "summarize":
            write_summaries(args, fmt, output, chunks)
        else:
            write_report(args, output, chunks)
    log.info("%s", stats.line(time.perf_counter() - started))
    return EXIT_OK


def write_summaries(
    args: argparse.Namespace, fmt: str, output: str | None, chunks: Iterator[tuple[list[Document], pd.DataFrame]]
) -> None:
    """Document totals, chunk by chunk: a chunk always holds whole documents, and totals are per document."""
    summary = optional_module("summary", "summarize")
    options = {} if args.profile is None else {"profile": args.profile}
    try:
        template = with_kept_columns(summary.summarize(empty_frame(), **options), args.keep)
    except (KeyError, ValueError) as error:
        raise UsageError(f"--profile {args.profile}: {error}") from None
    dtypes = template.dtypes.to_dict()
    with open_writer(fmt, output, template) as writer:
        for chunk, table in chunks:
            # the texts let the rules read the words before a figure ("also killed nine")
            texts = {d.doc_id: d.text for d in chunk}
            totals = summary.summarize(table, texts=texts, **options)
            if args.keep:
                # a summary row is per doc_id; of documents sharing an id, the last one's fields, as for texts
                fields = {d.doc_id: d.fields for d in chunk}
                totals = attach_by_id(totals, args.keep, fields)
            writer.write(totals.astype(dtypes))


def write_report(
    args: argparse.Namespace, output: str | None, chunks: Iterator[tuple[list[Document], pd.DataFrame]]
) -> None:
    """One HTML page; it shows every document, so the whole batch is held in memory."""
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
    for chunk, table in chunks:
        documents.update((d.doc_id, d.text) for d in chunk)
        fields.update((d.doc_id, d.fields) for d in chunk)
        tables.append(table)
    table = pd.concat(tables, ignore_index=True) if tables else with_kept_columns(empty_frame(), args.keep)
    totals = summary.summarize(table, texts=documents, **options)
    metadata = None
    if args.keep:
        totals = attach_by_id(totals, args.keep, fields)
        metadata = {doc_id: dict(zip(args.keep, values, strict=True)) for doc_id, values in fields.items()}
    html = report.render(table, documents, totals, metadata=metadata)
    with open_output(output) as handle:
        handle.write(html)


@contextlib.contextmanager
def sigterm_as_exception() -> Iterator[None]:
    """Turn SIGTERM into an exception for the length of the run, so temporary files are removed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: FrameType | None) -> None:
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed the usage line and the error
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    configure_logging(args.quiet)
    try:
        with sigterm_as_exception():
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
    except Terminated:
        log.error("terminated")
        return EXIT_TERMINATED
