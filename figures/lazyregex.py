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
"""

from __future__ import annotations

from typing import Any, cast

import regex
from regex import ASCII, DOTALL, IGNORECASE, MULTILINE, REVERSE, VERBOSE, A, I, M, Match, Pattern, S, X

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
        compiled = regex.compile(self.pattern, self._flags, **self._kwargs)
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
