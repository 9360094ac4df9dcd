"""The ``regex`` module with ``compile`` deferred to a pattern's first use.

A module that defines many patterns at import imports this module under the
name ``regex`` (``from figures import lazyregex as regex``) and keeps writing
``regex.compile(...)``: everything else is the ``regex`` module itself. Why: the
pattern extractor defines some 150 patterns, and compiling them all took about
0.4 s of every run, most of a small file's time (issue 19), while a small file
uses fewer than half of them.

The first attribute looked up (``.search``, ``.finditer``, ...) compiles the
pattern, and every method of the compiled pattern is then kept on the object,
so later calls cost what they cost on a compiled pattern. ``.pattern`` needs
no compiling.

>>> p = compile(r"\\d+ killed", IGNORECASE)
>>> p.pattern, p.compiled
('\\\\d+ killed', False)
>>> p.search("Floods: 12 KILLED").group(), p.compiled
('12 KILLED', True)
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


class LazyPattern:
    """A pattern compiled on first use; then its compiled pattern's attributes are its own."""

    def __init__(self, pattern: str, flags: int, kwargs: dict[str, Any]) -> None:
        self.pattern = pattern
        self._flags = flags
        self._kwargs = kwargs
        self.compiled = False

    def __getattr__(self, name: str) -> Any:
        # reached only for a name not yet on the object: compile, then copy the compiled
        # pattern's public attributes (bound methods) so that this is never reached again
        if name.startswith("__") or self.compiled:
            raise AttributeError(name)
        compiled = regex.compile(self.pattern, self._flags, **self._kwargs)
        for attribute in dir(compiled):
            if not attribute.startswith("_"):
                setattr(self, attribute, getattr(compiled, attribute))
        self.compiled = True
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazyregex.compile({self.pattern!r}, {self._flags!r})"


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> Pattern[str]:
    """``regex.compile``, done when the pattern is first used."""
    return cast("Pattern[str]", LazyPattern(pattern, flags, kwargs))
