"""The ``regex`` module with ``compile`` deferred to a pattern's first use.

A module that defines many patterns at import imports this module under the
name ``regex`` (``from figures import lazyregex as regex``) and keeps writing
``regex.compile(...)``: everything else is the ``regex`` module itself. Why: the
pattern extractor defines some 150 patterns, and compiling them all took about
0.4 s of every run, most of a small file's time (issue 19), while a small file
uses fewer than half of them.

The first attribute looked up (``.search``, ``.finditer``, ...) compiles the
pattern and puts the compiled pattern's attributes on the object itself, where
every later lookup finds them first: nothing else changes, no module's names
are rebound. ``.pattern`` needs no compiling.

>>> p = compile(r"\\d+ killed", IGNORECASE)
>>> p.pattern, type(p).__name__, p.compiled
('\\\\d+ killed', 'LazyPattern', False)
>>> p.search("Floods: 12 KILLED").group()
'12 KILLED'
>>> p.compiled, p.search("3 killed").group(), p.flags & IGNORECASE != 0
(True, '3 killed', True)

Compiled patterns are also kept between runs. ``regex`` pickles a pattern as
its compiled code, and unpickling one hands that code to the compiler's C part
without parsing the pattern again: the 126 patterns a small file uses unpickle
in 3 ms and compile in 190 (one run), a third of a small file's time. A run
that compiles a pattern writes it, at exit, to ``regex-<versions>.pickle`` in
the folder of the place gazetteer's index (``FIGURES_CACHE_DIR``, else the
user's cache folder; empty: no cache); later runs read it from there. The
file holds only patterns and their compiled code: reading it accepts no other
object (:class:`_PatternUnpickler`), and a file that does not read is ignored.
"""

from __future__ import annotations

import atexit
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any, cast

import regex
from regex import (  # as they are, looked up directly
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    REVERSE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    X,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
)

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "REVERSE",
    "VERBOSE",
    "A",
    "I",
    "LazyPattern",
    "M",
    "Match",
    "Pattern",
    "S",
    "X",
    "compile",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
]


def __getattr__(name: str) -> Any:
    """Anything else of the ``regex`` module, as it is."""
    return getattr(regex, name)


class _Compiling:
    """An attribute of a compiled pattern, looked up on a :class:`LazyPattern` not yet compiled: it
    compiles it. A non-data descriptor: once the compiled pattern's attributes are on the object
    itself they are found first, without this (and without a ``__getattr__``, which slows every
    lookup: 400 against 330 ns a ``search`` call)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, pattern: LazyPattern | None, owner: type) -> Any:
        if pattern is None:
            return self
        return getattr(pattern.compile(), self.name)


class LazyPattern:
    """A pattern compiled on first use; then its compiled pattern's attributes are its own."""

    def __init__(self, pattern: str, flags: int, kwargs: dict[str, Any]) -> None:
        self.pattern = pattern
        self._flags = flags
        self._kwargs = kwargs
        self.compiled = False

    def compile(self) -> Pattern[str]:
        compiled = _STORE.compiled(self.pattern, self._flags, self._kwargs)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        self.compiled = True
        return compiled

    def __repr__(self) -> str:
        return f"lazyregex.compile({self.pattern!r}, {self._flags!r})"


# what a compiled pattern offers (methods, groupindex, flags, ...), each compiling the pattern on first use
_ATTRIBUTES = tuple(name for name in dir(regex.compile("")) if not name.startswith("_") and name != "pattern")
for _name in _ATTRIBUTES:
    setattr(LazyPattern, _name, _Compiling(_name))


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> Pattern[str]:
    """``regex.compile``, done when the pattern is first used (see the module's docstring)."""
    return cast("Pattern[str]", LazyPattern(pattern, flags, kwargs))


# The cache file's name says what its compiled code depends on: its layout, regex's version, Python's.
_CACHE_FORMAT = 1
_CACHE_ENV = "FIGURES_CACHE_DIR"  # the cache folder (figures.places keeps its index there too); empty: none
_MAX_KEPT = 2_000  # patterns a file keeps (the package has some 300): beyond it, those of the last run only


class _PatternUnpickler(pickle.Unpickler):
    """Reads the cache file: its table, and each compiled pattern, whose one callable is regex's compiler."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name}: not a compiled pattern")


def _unpickled(data: bytes) -> Any:
    return _PatternUnpickler(io.BytesIO(data)).load()


class _Store:
    """The compiled patterns of the cache file (read on the first compile, each unpickled when asked
    for), and those compiled in this process, written at exit."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.saved: dict[tuple[str, int, int], bytes] | None = None  # None: not read yet
        self.new: dict[tuple[str, int, int], bytes] = {}
        self.used: set[tuple[str, int, int]] = set()
        self.misses = 0  # patterns compiled here (not read from the file)

    def compiled(self, pattern: str, flags: int, kwargs: dict[str, Any]) -> Pattern[str]:
        if kwargs:  # named lists: not kept
            self.misses += 1
            return regex.compile(pattern, flags, **kwargs)
        key = (pattern, int(flags), int(regex.DEFAULT_VERSION))  # ints: the file holds no enum
        self.used.add(key)
        data = self.read().get(key)
        if data is not None:
            try:
                return cast("Pattern[str]", _unpickled(data))
            except Exception:  # a damaged entry: compiled again, and written anew
                pass
        compiled = regex.compile(pattern, flags)
        self.misses += 1
        if self.path is not None:
            if not self.new:
                atexit.register(self.write)
            self.new[key] = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
        return compiled

    def read(self) -> dict[tuple[str, int, int], bytes]:
        if self.saved is None:
            self.path = _cache_path()
            self.saved = self.on_disk()
        return self.saved

    def on_disk(self) -> dict[tuple[str, int, int], bytes]:
        if self.path is not None:
            try:
                table = _unpickled(self.path.read_bytes())
                if isinstance(table, dict):
                    return table
            except Exception:  # no file yet, or one that does not read: written anew
                pass
        return {}

    def write(self) -> None:
        """The file with this process's new patterns (atomically: a reader never sees half a file)."""
        if self.path is None or not self.new:
            return
        table = {**self.on_disk(), **self.new}  # with what other processes wrote meanwhile
        if len(table) > _MAX_KEPT:
            table = {key: data for key, data in table.items() if key in self.used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            temp.write_bytes(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temp, self.path)
        except OSError:  # a folder that cannot be written costs only the next run's compiling
            pass
        self.saved, self.new = table, {}


def save() -> None:
    """Write the patterns compiled since the last write (a process writes at exit; a worker process,
    which ends without exit handlers, calls this after its work)."""
    _STORE.write()


def _cache_path() -> Path | None:
    folder = os.environ.get(_CACHE_ENV)
    if folder == "":
        return None
    if folder is None:
        import platformdirs

        folder = platformdirs.user_cache_dir("figures", appauthor=False)
    python = f"{sys.implementation.name}{sys.version_info[0]}.{sys.version_info[1]}"
    return Path(folder) / f"regex-{_CACHE_FORMAT}-{regex.__version__}-{python}.pickle"


_STORE = _Store()
