"""Documents in, tables out: streaming readers of every input kind and writers of every output format.

Readers yield :class:`Document` for each good record and :class:`BadRecord`
(file, line, problem) for each bad one, so the caller decides whether to skip
or stop. Writers take the table one chunk at a time; with a path they write
through a temporary file in the same folder, renamed into place only when the
whole run succeeded.

Decoding rules (offsets in the figure table are Python string indices into the
text *after* these steps, and nothing else is changed):

- bytes are decoded with the chosen encoding (default UTF-8), strictly: an
  invalid byte is an error naming the line, never silently replaced;
- one byte-order mark (U+FEFF) at the very start of a file is removed;
- line ends are kept exactly as they are (CRLF stays CRLF, so a figure's
  offsets count the ``\\r``);
- a NUL byte marks binary data (for ASCII-compatible encodings) and is an error:
  in the first 8 KB of a file it makes the whole file binary (git's rule), later
  only the record that holds it.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import dataclasses
import io
import json
import logging
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # pandas and pyarrow load with the writers that need them (``figures --help`` needs none)
    import pandas as pd
    import pyarrow as pa

    from figures.figure import Figure

log = logging.getLogger(__name__)

STDIN = "-"
STDIN_NAME = "<stdin>"
STDIN_DOC_ID = "stdin"
ID_FIELDS: tuple[str, ...] = ("doc_id", "id")
TEXT_FIELD = "text"
FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")
# Enough to see a binary file for what it is without reading all of it.
SNIFF_BYTES = 8192
# Rows of the table per Parquet row group: large enough for good compression,
# small enough to keep memory bounded.
ROW_GROUP_ROWS = 65_536
# Rows of the table made into JSON text at once (JsonlWriter).
JSONL_ROWS = 2_048
# RFC 4180 row ends: with a bare "\n" the csv module would leave a lone "\r"
# inside a text value unquoted, and readers would split the row there.
CSV_LINE_END = "\r\n"
JSON_TYPES: dict[type, str] = {
    type(None): "null",
    bool: "a boolean",
    int: "a number",
    float: "a number",
    list: "an array",
    dict: "an object",
}


class Kind(Enum):
    """What an input path holds."""

    TEXT = "txt"
    FOLDER = "folder"
    JSONL = "jsonl"
    CSV = "csv"
    STDIN = "stdin"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record came from: a file and, when it has one, the line it starts on (1-based)."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Document:
    """One document to extract from; ``nbytes`` is how many input bytes it took (for progress).

    ``fields`` holds the values of the record's fields named by ``--keep``, in
    that order (None where the record has no such field), as text.
    """

    doc_id: str
    text: str
    origin: Origin
    nbytes: int = 0
    fields: tuple[str | None, ...] = ()


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record (or whole file) that could not be read, and why."""

    origin: Origin
    reason: str
    nbytes: int = 0

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class InputError(Exception):
    """A problem with the input, told as ``FILE[:LINE]: problem``."""

    def __init__(self, bad: BadRecord) -> None:
        super().__init__(str(bad))
        self.bad = bad


@dataclass(frozen=True, slots=True)
class Source:
    """One input named on the command line, with its kind (for standard input, ``read_as`` says how
    its content is read: as one text, the default, or as JSON lines or CSV)."""

    path: str
    kind: Kind
    read_as: Kind = Kind.TEXT
    recursive: bool = False  # a folder: its subfolders too

    @property
    def name(self) -> str:
        return STDIN_NAME if self.kind is Kind.STDIN else self.path


Item = Document | BadRecord

# ----------------------------------------------------------------- inputs


def kind_of(path: str) -> Kind | None:
    """The input kind a path names, from its type and suffix; None if unknown.

    >>> kind_of("-"), kind_of("a/b.JSONL"), kind_of("x.ndjson"), kind_of("x.csv"), kind_of("x.txt"), kind_of("x.pdf")
    (<Kind.STDIN: 'stdin'>, <Kind.JSONL: 'jsonl'>, <Kind.JSONL: 'jsonl'>, <Kind.CSV: 'csv'>, <Kind.TEXT: 'txt'>, None)
    """
    if path == STDIN:
        return Kind.STDIN
    if os.path.isdir(path):
        return Kind.FOLDER
    suffix = Path(path).suffix.lower()
    return {".txt": Kind.TEXT, ".jsonl": Kind.JSONL, ".ndjson": Kind.JSONL, ".csv": Kind.CSV}.get(suffix)


def folder_texts(folder: str, recursive: bool = False) -> list[Path]:
    """The ``.txt`` files directly in a folder (or, ``recursive``, in it and its subfolders), sorted by
    path within the folder (the order of the output)."""
    found = Path(folder).rglob("*") if recursive else Path(folder).iterdir()
    return sorted(
        (p for p in found if p.suffix.lower() == ".txt" and p.is_file()),
        key=lambda p: p.relative_to(folder).parts,
    )


def folder_skipped(folder: str, recursive: bool = False) -> str | None:
    """What a folder input holds that is not read, told in words, or None when it holds only .txt files.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("a.txt", "b.jsonl", "c.csv", "d.csv", "notes.md"):
    ...         _ = (pathlib.Path(d) / name).write_text("x")
    ...     (pathlib.Path(d) / "sub").mkdir()
    ...     folder_skipped(d)
    '1 .jsonl file, 2 .csv files, 1 other file and 1 subfolder'
    """
    counts = {".jsonl file": 0, ".csv file": 0, "other file": 0, "subfolder": 0}
    for path in Path(folder).rglob("*") if recursive else Path(folder).iterdir():
        if path.is_dir():
            counts["subfolder"] += not recursive
        elif path.suffix.lower() in (".jsonl", ".ndjson"):
            counts[".jsonl file"] += 1
        elif path.suffix.lower() == ".csv":
            counts[".csv file"] += 1
        elif path.suffix.lower() != ".txt" or not path.is_file():
            counts["other file"] += 1
    said = [f"{n:,} {what}" + ("" if n == 1 else "s") for what, n in counts.items() if n]
    # resolve_inputs reads these words for its hints (".jsonl", ".csv", "subfolder")
    if not said:
        return None
    return ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else said[0]


INPUT_FORMATS: dict[str, Kind] = {"txt": Kind.TEXT, "jsonl": Kind.JSONL, "csv": Kind.CSV}


def resolve_inputs(paths: Iterable[str], input_format: str | None = None, recursive: bool = False) -> list[Source]:
    """Check every input up front, before anything is read or written.

    ``input_format`` (txt, jsonl, csv) says how standard input and every file
    are read, whatever their suffix (folders are folders of .txt files).
    Raises :class:`InputError` for a path that does not exist, a folder with no
    ``.txt`` file, or a file whose kind is unknown.
    """
    sources = []
    forced = None if input_format is None else INPUT_FORMATS[input_format]
    for path in paths:
        if path != STDIN and not os.path.exists(path):
            raise InputError(BadRecord(Origin(path), "no such file or folder"))
        kind = kind_of(path)
        if forced is not None and kind is Kind.STDIN:
            sources.append(Source(path, kind, forced))
            continue
        if forced is not None and kind is not Kind.FOLDER:
            kind = forced
        if kind is None:
            raise InputError(
                BadRecord(Origin(path), "unknown input kind (expected a .txt, .jsonl or .csv file, a folder, or -)")
            )
        if kind is Kind.FOLDER:
            skipped = folder_skipped(path, recursive)
            hints = [
                *(
                    ["a .jsonl or .csv file is read when named as an input"]
                    if skipped and (".jsonl" in skipped or ".csv" in skipped)
                    else []
                ),
                *(["--recursive reads subfolders"] if skipped and "subfolder" in skipped else []),
            ]
            hint = "; " + ", ".join(hints) if hints else ""
            if not folder_texts(path, recursive):
                said = f" ({skipped}{hint})" if skipped else ""
                raise InputError(BadRecord(Origin(path), f"folder has no .txt files{said}"))
            if skipped:
                log.warning("%s: only the .txt files are read; skipped %s%s", path, skipped, hint)
        if kind in (Kind.JSONL, Kind.CSV) and is_figure_table(path, kind):
            raise InputError(
                BadRecord(
                    Origin(path, 1),
                    "a table of figures (the output of `figures extract` or `summarize`: columns category, value, "
                    "start, end), not documents; give the documents it came from (in Python, "
                    "figures.summarize(pandas.read_csv(...)) totals a figure table)",
                )
            )
        sources.append(Source(path, kind, recursive=recursive))
    if sum(s.kind is Kind.STDIN for s in sources) > 1:
        raise InputError(BadRecord(Origin(STDIN_NAME), "standard input (-) given more than once"))
    return sources


# Columns every figure table and every summary has, and no table of documents needs.
FIGURE_TABLE_COLUMNS = frozenset({"doc_id", "category", "value", "start", "end"})


def is_figure_table(path: str, kind: Kind) -> bool:
    """Whether a .csv or .jsonl file is a figure table or a summary (read from its first line only).

    A table of documents has a ``text`` column too, so a figure table (whose
    ``text`` is each figure's words) would otherwise be read as documents.
    """
    if not os.path.isfile(path):
        return False  # a FIFO (`<(...)` named .jsonl) is read once, by the reader: its first line must not be taken
    try:
        with open(path, "rb") as handle:
            first = handle.readline(1_000_000).decode("utf-8", errors="replace").lstrip("\ufeff")
    except OSError:
        return False  # the reader says why
    if kind is Kind.CSV:
        try:
            columns: set[str] = set(next(csv.reader([first]), []))
        except csv.Error:
            return False  # the reader says why
    else:
        try:
            record = json.loads(first)
        except ValueError:
            return False
        columns = set(record) if isinstance(record, dict) else set()
    return columns >= FIGURE_TABLE_COLUMNS


def input_bytes(sources: Iterable[Source]) -> int | None:
    """Total size of the inputs in bytes, or None when one is standard input."""
    total = 0
    for source in sources:
        if source.kind is Kind.STDIN:
            return None
        files = folder_texts(source.path, source.recursive) if source.kind is Kind.FOLDER else [Path(source.path)]
        total += sum(f.stat().st_size for f in files)
    return total


def check_encoding(encoding: str) -> str:
    """The codec's canonical name; raises LookupError for an unknown encoding.

    UTF-8 with signature is read as UTF-8, since a leading BOM is removed anyway.

    >>> check_encoding("UTF8"), check_encoding("utf-8-sig"), check_encoding("latin1")
    ('utf-8', 'utf-8', 'iso8859-1')
    """
    name = codecs.lookup(encoding).name
    return "utf-8" if name == "utf-8-sig" else name


def ascii_compatible(encoding: str) -> bool:
    """Whether lines can be split on raw ``\\n`` bytes and NUL bytes mean binary data.

    >>> ascii_compatible("utf-8"), ascii_compatible("cp1252"), ascii_compatible("utf-16")
    (True, True, False)
    """
    probe = '\n\x00{}",az'
    try:
        return probe.encode(encoding) == probe.encode("ascii")
    except UnicodeError:
        return False


def decode(data: bytes, encoding: str, origin: Origin, *, first: bool = True) -> str | BadRecord:
    """Decode one record's bytes by the rules above, or say why they cannot be.

    ``first`` tells whether the bytes start the file (where a BOM is removed).
    A problem inside a file given as one document names the line it is on.

    >>> decode(b"\\xef\\xbb\\xbf5 killed\\r\\n", "utf-8", Origin("a.txt"))
    '5 killed\\r\\n'
    >>> print(decode(b"ok\\nbad \\xff here", "utf-8", Origin("a.txt")))
    a.txt:2: invalid utf-8: byte 0xff at column 5
    >>> print(decode(b"x\\x00y", "utf-8", Origin("a.jsonl", 7)))
    a.jsonl:7: binary data, not text (NUL byte at column 2)
    >>> print(decode(b"PK\\x03\\x04\\x00", "utf-8", Origin("a.txt")))
    a.txt: binary file, not text (NUL byte at byte 4)
    """

    def where(offset: int) -> tuple[Origin, int]:
        # A record with its own line number (JSONL, CSV) keeps it; a whole file gets the line of the problem.
        line_start = data.rfind(b"\n", 0, offset) + 1
        column = offset - line_start + 1
        if origin.line is not None:
            return origin, column
        return Origin(origin.path, data.count(b"\n", 0, offset) + 1), column

    if ascii_compatible(encoding):
        nul = data.find(b"\x00")
        if nul >= 0 and origin.line is None:
            hint = "; if it is UTF-16 text, pass --encoding utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
            return BadRecord(origin, f"binary file, not text (NUL byte at byte {nul}){hint}", len(data))
        if nul >= 0:
            return BadRecord(origin, f"binary data, not text (NUL byte at column {nul + 1})", len(data))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        at, column = where(error.start)
        return BadRecord(at, f"invalid {encoding}: byte 0x{data[error.start]:02x} at column {column}", len(data))
    if first and text.startswith("\ufeff"):
        text = text[1:]
    return text


def read_text_file(path: Path, encoding: str, doc_id: str | None = None) -> Item:
    """A whole ``.txt`` file as one document (id: the file stem)."""
    origin = Origin(str(path))
    try:
        data = path.read_bytes()
    except OSError as error:
        return BadRecord(origin, f"cannot read: {error.strerror or error}")
    text = decode(data, encoding, origin)
    if isinstance(text, BadRecord):
        return text
    return Document(doc_id if doc_id is not None else path.stem, text, origin, len(data))


def read_stdin(encoding: str, stream: IO[bytes] | None = None) -> Item:
    """Standard input as one plain-text document."""
    data = (stream if stream is not None else sys.stdin.buffer).read()
    origin = Origin(STDIN_NAME)
    text = decode(data, encoding, origin)
    return text if isinstance(text, BadRecord) else Document(STDIN_DOC_ID, text, origin, len(data))


def json_type(value: object) -> str:
    """How JSON would name a value's type, for error messages.

    >>> json_type(None), json_type(3), json_type([1])
    ('null', 'a number', 'an array')
    """
    return JSON_TYPES.get(type(value), type(value).__name__)


def doc_id_of(record: dict[str, object], line: int) -> str | None:
    """The record's id: ``doc_id``, else ``id``, else its line number; None if the id has a wrong type.

    >>> doc_id_of({"doc_id": "a", "id": "b"}, 3), doc_id_of({"id": 7}, 3), doc_id_of({"id": ""}, 3), doc_id_of({}, 3)
    ('a', '7', '3', '3')
    """
    for field in ID_FIELDS:
        value = record.get(field)
        if value is None or value == "":
            continue
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return None
    return str(line)


def field_text(value: object) -> str | None:
    """A kept field's value as text: a string as it is, null as missing, anything else as its JSON.

    >>> field_text("2024-03-01"), field_text(None), field_text(12), field_text(True), field_text({"a": [1]})
    ('2024-03-01', None, '12', 'true', '{"a":[1]}')
    """
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def record_document(
    record: object, origin: Origin, nbytes: int, fields_word: str = "field", keep: tuple[str, ...] = ()
) -> Item:
    """A parsed JSONL object or CSV row -> document, or what is wrong with it."""
    assert origin.line is not None
    if not isinstance(record, dict):
        return BadRecord(origin, f"expected a JSON object, found {json_type(record)}", nbytes)
    if TEXT_FIELD not in record:
        found = ", ".join(map(str, record)) or "none"
        return BadRecord(origin, f"no `{TEXT_FIELD}` {fields_word} ({fields_word}s: {found})", nbytes)
    text = record[TEXT_FIELD]
    if not isinstance(text, str):
        return BadRecord(origin, f"`{TEXT_FIELD}` is {json_type(text)}, not a string", nbytes)
    doc_id = doc_id_of(record, origin.line)
    if doc_id is None:
        field = next(f for f in ID_FIELDS if record.get(f) not in (None, ""))
        return BadRecord(origin, f"`{field}` is {json_type(record[field])}, not a string or integer", nbytes)
    return Document(doc_id, text, origin, nbytes, tuple(field_text(record.get(name)) for name in keep))


def sniff_binary(handle: IO[bytes], encoding: str, path: str) -> BadRecord | None:
    """A whole-file verdict for data that is plainly not text (a NUL byte near the start)."""
    if not ascii_compatible(encoding):
        return None
    head = handle.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(handle, "peek") else b""
    nul = head.find(b"\x00")
    if nul < 0:
        return None
    hint = "; if it is UTF-16 text, pass --encoding utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
    return BadRecord(Origin(path), f"binary file, not text (NUL byte at byte {nul}){hint}")


def open_text_file(path: str, encoding: str) -> IO[bytes] | BadRecord:
    """The file opened for reading, or why it cannot be read as text (unreadable, binary)."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - the caller closes it
    except OSError as error:
        return BadRecord(Origin(path), f"cannot read: {error.strerror or error}")
    binary = sniff_binary(handle, encoding, path)
    if binary is not None:
        handle.close()
        return binary
    return handle


def stream_or_binary(stream: IO[bytes], encoding: str, name: str) -> IO[bytes] | BadRecord:
    """An open stream (standard input), or why it cannot be read as text."""
    binary = sniff_binary(stream, encoding, name)
    return stream if binary is None else binary


def text_lines(handle: IO[bytes], encoding: str) -> Iterator[bytes]:
    """Raw lines for an ASCII-compatible encoding; for others (UTF-16, UTF-32) re-encoded as UTF-8."""
    if ascii_compatible(encoding):
        yield from handle
        return
    stream = io.TextIOWrapper(handle, encoding=encoding, newline="")
    for line in stream:
        yield line.encode("utf-8")


def read_jsonl(path: str, encoding: str, keep: tuple[str, ...] = (), stream: IO[bytes] | None = None) -> Iterator[Item]:
    """One document per JSON object line; blank lines are skipped. ``stream`` (standard input) is read
    instead of opening ``path``, and left open."""
    handle = open_text_file(path, encoding) if stream is None else stream_or_binary(stream, encoding, path)
    if isinstance(handle, BadRecord):
        yield handle
        return
    with handle if stream is None else contextlib.nullcontext(handle):
        line_encoding = encoding if ascii_compatible(encoding) else "utf-8"
        lines = 0
        try:
            for number, raw in enumerate(text_lines(handle, encoding), start=1):
                lines = number
                origin = Origin(path, number)
                if not raw.strip():
                    continue
                line = decode(raw, line_encoding, origin, first=number == 1)
                if isinstance(line, BadRecord):
                    yield line
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    problem = error.msg.removesuffix(" at").lower()
                    yield BadRecord(origin, f"malformed JSON at column {error.colno}: {problem}", len(raw))
                    continue
                yield record_document(record, origin, len(raw), keep=keep)
        except UnicodeDecodeError as error:
            yield BadRecord(Origin(path, lines + 1), f"invalid {encoding}: {error.reason}; rest of the file not read")
            return
        if lines == 0:
            log.warning("%s: empty file (no documents)", path)


def csv_lines(handle: IO[bytes], encoding: str, bad_lines: dict[int, str]) -> Iterator[str]:
    """Decoded physical lines for the csv module; problems are noted in ``bad_lines`` by line number.

    A line that cannot be decoded is passed on with replacement characters so
    the csv parser stays in step, and the row holding it is reported bad.
    """
    line_encoding = encoding if ascii_compatible(encoding) else "utf-8"
    for number, raw in enumerate(text_lines(handle, encoding), start=1):
        text = decode(raw, line_encoding, Origin("", number), first=number == 1)
        if isinstance(text, BadRecord):
            bad_lines[number] = text.reason
            text = raw.replace(b"\x00", b"").decode(line_encoding, errors="replace")
        yield text


def read_csv(path: str, encoding: str, keep: tuple[str, ...] = (), stream: IO[bytes] | None = None) -> Iterator[Item]:
    """One document per CSV row, with a ``text`` column and optionally ``doc_id`` or ``id``.
    ``stream`` (standard input) is read instead of opening ``path``, and left open."""
    # News articles are longer than the csv module's default 128 KiB field limit.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    handle = open_text_file(path, encoding) if stream is None else stream_or_binary(stream, encoding, path)
    if isinstance(handle, BadRecord):
        yield handle
        return
    with handle if stream is None else contextlib.nullcontext(handle):
        bad_lines: dict[int, str] = {}
        reader = csv.reader(csv_lines(handle, encoding, bad_lines))
        header: list[str] | None = None
        previous = 0
        try:
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as error:
                    yield BadRecord(Origin(path, previous + 1), f"malformed CSV: {error}")
                    previous = reader.line_num
                    continue
                first_line, previous = previous + 1, reader.line_num
                problems = [bad_lines.pop(n) for n in range(first_line, previous + 1) if n in bad_lines]
                if header is None:
                    if problems:
                        yield BadRecord(Origin(path, first_line), f"header: {problems[0]}")
                        return
                    header = row
                    if TEXT_FIELD not in header:
                        found = ", ".join(header) or "none"
                        yield BadRecord(Origin(path, first_line), f"no `{TEXT_FIELD}` column (columns: {found})")
                        return
                    absent = [name for name in keep if name not in header]
                    if absent:
                        names = ", ".join(absent)
                        log.warning("%s: no column %s to keep (left empty)", path, names)
                    continue
                if not row:
                    continue
                origin = Origin(path, first_line)
                if problems:
                    yield BadRecord(origin, problems[0])
                    continue
                if len(row) != len(header):
                    yield BadRecord(origin, f"row has {len(row)} fields, the header has {len(header)}")
                    continue
                record: dict[str, object] = dict(zip(header, row, strict=True))
                yield record_document(record, origin, sum(map(len, row)), fields_word="column", keep=keep)
        except UnicodeDecodeError as error:
            reason = f"invalid {encoding}: {error.reason}; rest of the file not read"
            yield BadRecord(Origin(path, previous + 1), reason)
            return
        if header is None:
            log.warning("%s: empty file (no documents)", path)


def read_source(source: Source, encoding: str, keep: tuple[str, ...] = (), id_from: str = "stem") -> Iterator[Item]:
    """Every document (or bad record) of one input, in file order; ``keep``: the record fields to carry.

    A ``.txt`` file's id is its stem (``nigeria``), or with ``id_from="path"`` its
    path as given or found in the folder (``day1/nigeria.txt``).
    """
    if source.kind is Kind.STDIN and source.read_as is Kind.JSONL:
        yield from read_jsonl(STDIN_NAME, encoding, keep, stream=sys.stdin.buffer)
    elif source.kind is Kind.STDIN and source.read_as is Kind.CSV:
        yield from read_csv(STDIN_NAME, encoding, keep, stream=sys.stdin.buffer)
    elif source.kind is Kind.STDIN:
        yield read_stdin(encoding)
    elif source.kind is Kind.TEXT:
        yield read_text_file(Path(source.path), encoding, source.path if id_from == "path" else None)
    elif source.kind is Kind.FOLDER:
        for path in folder_texts(source.path, source.recursive):
            yield read_text_file(path, encoding, str(path) if id_from == "path" else None)
    elif source.kind is Kind.JSONL:
        yield from read_jsonl(source.path, encoding, keep)
    else:
        yield from read_csv(source.path, encoding, keep)


def read_documents(
    sources: Iterable[Source], encoding: str = "utf-8", keep: Iterable[str] = (), id_from: str = "stem"
) -> Iterator[Item]:
    """Every document of every input, in the order given, one at a time.

    An empty text is a document like any other (it has no figures); a warning names it.
    ``keep`` names JSONL/CSV record fields each document carries in ``fields``
    (a plain-text document has none: its ``fields`` are all None).
    """
    encoding = check_encoding(encoding)
    kept = tuple(keep)
    for source in sources:
        plain = source.kind in (Kind.TEXT, Kind.FOLDER) or (source.kind is Kind.STDIN and source.read_as is Kind.TEXT)
        if kept and plain:
            log.warning("%s: plain text has no fields to keep (left empty)", source.name)
        for item in read_source(source, encoding, kept, id_from):
            if isinstance(item, Document) and len(item.fields) != len(kept):
                item = dataclasses.replace(item, fields=(None,) * len(kept))
            if isinstance(item, Document) and not item.text:
                log.warning("%s: empty text (no figures)", item.origin)
            elif isinstance(item, Document) and item.origin.line is None and looks_like_json_lines(item.text):
                log.warning(
                    "%s: looks like JSON lines (an object with a `text` field a line), read as one plain-text "
                    "document; pass --input-format jsonl to read one document a line",
                    item.origin,
                )
            yield item


def looks_like_json_lines(text: str) -> bool:
    """Whether a plain text's first line is a JSON object with a ``text`` field (only that line is parsed).

    >>> looks_like_json_lines('{"doc_id": "a", "text": "5 killed"}\\n{"doc_id": "b", "text": ""}\\n')
    True
    >>> looks_like_json_lines("{Editor's note} 5 killed"), looks_like_json_lines("5 killed")
    (False, False)
    """
    start = 0
    while start < len(text) and text[start].isspace():
        start += 1
    if text[start : start + 1] != "{":
        return False
    end = text.find("\n", start)
    first = text[start : end if end >= 0 else len(text)]  # only the first line, not a copy of the text
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and TEXT_FIELD in record


def read_all(paths: Iterable[str], encoding: str = "utf-8") -> Iterator[Item]:
    """Shorthand: check the paths, then read them."""
    return read_documents(resolve_inputs(paths), encoding)


# ---------------------------------------------------------------- outputs


class TableWriter(Protocol):
    """Takes the table one chunk at a time, every chunk with the same columns and dtypes."""

    def write(self, frame: pd.DataFrame) -> None: ...

    def close(self) -> None: ...


class CsvWriter:
    """CSV with a header row, in the template's column order; NA as an empty field."""

    def __init__(self, stream: IO[str], template: pd.DataFrame | Sequence[str]) -> None:
        self.stream = stream
        # the names alone (figures.rows.COLUMN_NAMES) when rows are written from the figures, without pandas
        self.columns = list(template) if isinstance(template, Sequence) else list(template.columns)
        self.started = False

    def header(self) -> None:
        # Written with the first rows (or at the end) so that a run failing on its
        # first record prints nothing at all on standard output.
        if not self.started:
            csv.writer(self.stream, lineterminator=CSV_LINE_END).writerow(self.columns)
            self.started = True

    def write(self, frame: pd.DataFrame) -> None:
        self.header()
        if len(frame):
            frame.to_csv(self.stream, header=False, index=False, columns=self.columns, lineterminator=CSV_LINE_END)

    def write_rows(self, found: list[tuple[str, list[Figure]]]) -> None:
        """The rows of ``(doc_id, figures)`` pairs (figures.rows): the bytes pandas would write for their table."""
        from figures.rows import csv_rows

        self.header()
        csv.writer(self.stream, lineterminator=CSV_LINE_END).writerows(csv_rows(found))

    def close(self) -> None:
        self.header()
        self.stream.flush()


class JsonlWriter:
    """One JSON object a line; NA as null."""

    def __init__(self, stream: IO[str], template: pd.DataFrame) -> None:
        self.stream = stream
        self.columns = list(template.columns)

    def write(self, frame: pd.DataFrame) -> None:
        # a slice of rows at a time: the JSON text of a whole long document's table is some
        # 900 bytes a row, held twice while pandas makes it
        for at in range(0, len(frame), JSONL_ROWS):
            body = frame.iloc[at : at + JSONL_ROWS][self.columns].to_json(
                orient="records", lines=True, force_ascii=False
            )
            self.stream.write(body if body.endswith("\n") else body + "\n")

    def close(self) -> None:
        self.stream.flush()


class ParquetTableWriter:
    """Parquet in row groups of about ``row_group_rows`` rows; the schema comes from the template's dtypes."""

    def __init__(self, sink: str | IO[bytes], template: pd.DataFrame, row_group_rows: int = ROW_GROUP_ROWS) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.schema = pa.Schema.from_pandas(template.iloc[:0], preserve_index=False)
        self.writer = pq.ParquetWriter(sink, self.schema)
        self.row_group_rows = row_group_rows
        self.pending: list[pa.Table] = []
        self.pending_rows = 0

    def write(self, frame: pd.DataFrame) -> None:
        if not len(frame):
            return
        self.pending.append(self.pa.Table.from_pandas(frame, schema=self.schema, preserve_index=False))
        self.pending_rows += len(frame)
        if self.pending_rows >= self.row_group_rows:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.writer.write_table(self.pa.concat_tables(self.pending), row_group_size=max(self.pending_rows, 1))
            self.pending, self.pending_rows = [], 0

    def close(self) -> None:
        self.flush()
        self.writer.close()

    def abandon(self) -> None:
        """Stop without finishing the file (it is about to be removed)."""
        with contextlib.suppress(Exception):
            self.writer.close()


def format_for(path: str | None, fmt: str | None) -> str:
    """The output format: as asked, else from the output file's suffix, else CSV.

    >>> format_for(None, None), format_for("t.parquet", None), format_for("t.jsonl", None), format_for("t.txt", "jsonl")
    ('csv', 'parquet', 'jsonl', 'jsonl')
    """
    if fmt is not None:
        return fmt
    suffix = Path(path).suffix.lower() if path else ""
    return {".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(suffix, "csv")


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def names_a_stream(path: str, hops: int = 40) -> bool:
    """Whether ``path``, or a symbolic link it goes through, lies under ``/dev`` or ``/proc``."""
    for _ in range(hops):
        path = os.path.abspath(path)
        if path.startswith(("/dev/", "/proc/")):
            return True
        if not os.path.islink(path):
            return False
        path = os.path.join(os.path.dirname(path), os.readlink(path))
    return False


def replaceable(path: str) -> str | None:
    """The file a run may replace atomically for ``path``, or None to write straight into ``path``.

    A regular file or a new path is replaced through a temporary file; a symbolic
    link is followed, so that its target is replaced and the link kept; a device
    (``/dev/null``), a FIFO or a socket is written into as it is, never replaced.

    A path under ``/dev`` or ``/proc`` (``/dev/stdout``, ``/dev/fd/3``), or a link
    to one, is always written into: it names a stream even when that stream is
    redirected to a regular file.

    >>> replaceable("/dev/null") is None, replaceable("/dev/stderr") is None
    (True, True)
    """
    if names_a_stream(path):
        return None
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return os.path.realpath(path)
    return os.path.realpath(path) if stat.S_ISREG(mode) else None


def temp_beside(path: str, suffix: str = ".part") -> tuple[int, str]:
    """A new private temporary file in ``path``'s folder; a folder we cannot write in is named as such."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        return tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=suffix)
    except OSError as error:
        raise OSError(error.errno, f"cannot write in folder {folder}: {error.strerror}", path) from None


@contextlib.contextmanager
def atomic_path(path: str) -> Iterator[str]:
    """A temporary path beside ``path``, renamed onto it if the block succeeds and removed otherwise.

    Any exception, Ctrl-C included, leaves ``path`` as it was before the run
    (absent, or the previous version), never half-written. ``path`` should be
    what :func:`replaceable` gives (a symbolic link is not followed here).
    """
    fd, temp = temp_beside(path)
    os.close(fd)
    try:
        yield temp
        # mkstemp makes the file private; give it the permissions a plain open() would have.
        os.chmod(temp, 0o666 & ~current_umask())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


@contextlib.contextmanager
def open_output(path: str | None, binary: bool = False) -> Iterator[IO[str] | IO[bytes]]:
    """Standard output, or ``path`` written atomically (see :func:`atomic_path`)."""
    if path is None or path == STDIN:
        yield sys.stdout.buffer if binary else sys.stdout
        (sys.stdout.buffer if binary else sys.stdout).flush()
        return
    target = replaceable(path)
    if target is None:
        # a device or FIFO: written into, never replaced (nothing half-written can be taken back there)
        with open(path, "wb") if binary else open(path, "w", encoding="utf-8", newline="") as stream:
            yield stream
        return
    with atomic_path(target) as temp:
        handle: IO[str] | IO[bytes]
        with open(temp, "wb") if binary else open(temp, "w", encoding="utf-8", newline="") as handle:
            yield handle


@contextlib.contextmanager
def open_writer(fmt: str, path: str | None, template: pd.DataFrame | Sequence[str]) -> Iterator[TableWriter]:
    """A table writer for ``fmt`` onto ``path`` (None: standard output), committed only on success."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if fmt == "parquet" and path is None:
        raise ValueError("parquet output needs a file: pass -o FILE")
    writer: TableWriter
    if fmt == "parquet":
        with open_output(path, binary=True) as handle:
            parquet = ParquetTableWriter(handle, template)  # type: ignore[arg-type]
            try:
                yield parquet
            except BaseException:
                parquet.abandon()
                raise
            parquet.close()
        return
    with open_output(path) as handle:
        factory: Callable[[IO[str], pd.DataFrame], TableWriter] = CsvWriter if fmt == "csv" else JsonlWriter
        writer = factory(handle, template)  # type: ignore[arg-type]
        yield writer
        writer.close()


class ErrorLog:
    """The bad records of a run, as CSV or JSONL (by the file's suffix) with columns file, line, reason.

    Written through a temporary file and put in place when the run ends, however
    it ends, so it always holds whole records: every one found so far.
    """

    COLUMNS: tuple[str, ...] = ("file", "line", "reason")

    def __init__(self, path: str) -> None:
        self.jsonl = format_for(path, None) == "jsonl"
        target = replaceable(path)
        self.path = path if target is None else target
        self.temp: str | None = None
        if target is None:  # a device or FIFO (--errors /dev/stderr): written into as records come
            self.handle = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in close()
        else:
            fd, self.temp = temp_beside(target)
            self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.csv = csv.writer(self.handle, lineterminator=CSV_LINE_END)
        self.count = 0
        if not self.jsonl:
            self.csv.writerow(self.COLUMNS)

    def add(self, bad: BadRecord) -> None:
        self.count += 1
        row = (bad.origin.path, bad.origin.line, bad.reason)
        if self.jsonl:
            self.handle.write(json.dumps(dict(zip(self.COLUMNS, row, strict=True)), ensure_ascii=False) + "\n")
        else:
            self.csv.writerow(["" if v is None else v for v in row])

    def close(self) -> None:
        self.handle.close()
        if self.temp is not None:
            os.chmod(self.temp, 0o666 & ~current_umask())
            os.replace(self.temp, self.path)
