"""The ``regex`` module with ``compile`` deferred to a pattern's first use.

A module that defines many patterns at import imports this module under the
name ``regex`` (``from figures import lazyregex as regex``) and keeps writing
``regex.compile(...)``: everything else is the ``regex`` module itself. Why: the
pattern extractor defines some 150 patterns, and compiling them all took about
0.4 s of every run, most of a small file's time (issue 19), while a small file
uses fewer than half of them.

The first attribute looked up (``.search``, ``.finditer``, ...) compiles the
pattern; then the names of the defining module bound to it are bound to the
compiled pattern instead, so that the module's functions run exactly as
before; any other holder of it (another module's ``from ... import``) finds
the compiled pattern's attributes on it. ``.pattern`` needs no compiling.

>>> p = compile(r"\\d+ killed", IGNORECASE)
>>> held = [p]  # another holder of it than a name of the module
>>> p.pattern, type(p).__name__, held[0].compiled
('\\\\d+ killed', 'LazyPattern', False)
>>> p.search("Floods: 12 KILLED").group()
'12 KILLED'
>>> type(p).__name__, held[0].compiled, held[0].search("3 killed").group()
('Pattern', True, '3 killed')
"""

from __future__ import annotations

import sys
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

    def __init__(self, pattern: str, flags: int, kwargs: dict[str, Any], module: dict[str, Any]) -> None:
        self.pattern = pattern
        self._flags = flags
        self._kwargs = kwargs
        self._module = module
        self.compiled = False

    def compile(self) -> Pattern[str]:
        compiled = regex.compile(self.pattern, self._flags, **self._kwargs)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        # The module's own names for it now name the compiled pattern, so that the functions of the
        # module that use it cost exactly what they did before (looked up on this object, a method
        # costs some 90 ns more a call: no specialised lookup for an attribute of an instance's own).
        for name, value in list(self._module.items()):
            if value is self:
                self._module[name] = compiled
        self._module = {}
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
    return cast("Pattern[str]", LazyPattern(pattern, flags, kwargs, sys._getframe(1).f_globals))
