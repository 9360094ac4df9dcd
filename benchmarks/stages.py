"""What bounds the pattern extractor's speed: its stages timed one by one on the dev texts (issue 7), on demand.

    .venv/bin/python benchmarks/stages.py [JSONL...] [--repeat N] [--target MB_PER_S]

The dev texts are casualty reports: most of their sentences hold a trigger
phrase and numbers, so the candidate scan rules out little and the time goes to
the work done per trigger sentence and per number. Each stage below is work the
pattern extractor cannot skip on such text (SPEC's rows need the triggers, the
sentence around each, every number expression read, and the numbers SPEC rules
out, dates, money, percentages, years, recognised). Each is timed alone, over
the same texts, as the fastest of ``--repeat`` passes:

- ``lower-case``: ``str.lower`` of every text, for scale;
- ``trigger automaton``: the Aho-Corasick pass over the lexicon's phrases, no checks;
- ``trigger phrases``: ``find_mentions``, the automaton with whole-word checks;
- ``number anchors``: the scan for digits and number words that every
  expression holds, over whole texts;
- ``sentence spans``: the sentence around each trigger phrase (``sentence_span``);
- ``number grammar``: the number grammar (``regex``) read at each anchor of
  every trigger sentence, nothing more;
- ``numbers read``: ``find_numbers`` on every trigger sentence: the grammar,
  the values, and SPEC's rejections;
- ``rows``: one frozen ``Figure`` per figure found;
- ``pattern extractor``: ``extract_figures(text, ("pattern",))``, everything.

It then prints the work the dev texts hold (trigger sentences, number
expressions, figures) and, for the ``--target`` speed (default 10 MB/s), the
time that speed allows per unit of that work, beside what the necessary stages
alone cost per unit.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from throughput import DEV, load_texts

from figures import lexicon, numbers
from figures.figure import Figure

try:
    from figures.pipeline import extract_figures
except ImportError:  # a commit before figures.pipeline, measured beside this one
    from figures.merge import extract_figures  # type: ignore[no-redef]
from figures.numbers import find_numbers
from figures.patterns import find_mentions
from figures.sentences import sentence_span


def trigger_sentences(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Each text's sentences that hold a trigger phrase, read as the pattern extractor reads them."""
    spans: list[list[tuple[int, int]]] = []
    for text in texts:
        seen_to, found = -1, []
        for mention in find_mentions(text):
            if mention.start < seen_to:
                continue
            start, end = sentence_span(text, mention.start, floor=seen_to)
            seen_to = max(end, mention.start + 1)
            found.append((start, end))
        spans.append(found)
    return spans


def fastest(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jsonl", nargs="*", type=Path, help="JSONL files with a 'text' field (default: the dev sets)")
    parser.add_argument("--repeat", type=int, default=3, help="passes of each stage (fastest kept)")
    parser.add_argument("--target", type=float, default=10.0, help="the speed to budget for, in MB/s")
    args = parser.parse_args(argv)
    paths = args.jsonl or sorted(DEV.glob("*.jsonl"))
    texts = load_texts(paths)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    spans = trigger_sentences(texts)
    pairs = [(text, span) for text, found in zip(texts, spans, strict=True) for span in found]
    figures = [f for text in texts for f in extract_figures(text, ("pattern",))]  # also compiles every pattern
    drafts = [{k: getattr(f, k) for k in (fd.name for fd in dataclasses.fields(Figure))} for f in figures]
    expressions = sum(len(find_numbers(text, *span)) for text, span in pairs)
    automaton, anchors = lexicon.phrase_automaton(), numbers._anchor_pattern()  # the scan find_numbers runs

    def grammar() -> None:
        for text, (start, end) in pairs:
            for _ in numbers._matches(text, start, end):
                pass

    stages: dict[str, Callable[[], object]] = {
        "lower-case": lambda: [t.lower() for t in texts],
        "trigger automaton": lambda: [list(automaton.iter(t.lower())) for t in texts],
        "trigger phrases": lambda: [find_mentions(t) for t in texts],
        "number anchors": lambda: [anchors.findall(t.lower()) for t in texts],
        "sentence spans": lambda: trigger_sentences(texts),
        "number grammar": grammar,
        "numbers read": lambda: [find_numbers(text, *span) for text, span in pairs],
        "rows": lambda: [Figure(**d) for d in drafts],
        "pattern extractor": lambda: [extract_figures(t, ("pattern",)) for t in texts],
    }
    names = ", ".join(p.name for p in paths)
    print(f"texts: {names}: {len(texts):,} texts, {mb:.3f} MB; Python {sys.version.split()[0]}")
    seconds: dict[str, float] = {}
    for name, run in stages.items():
        seconds[name] = fastest(run, args.repeat)
        print(f"{name:<20} {seconds[name]:8.3f} s {mb / seconds[name]:9.2f} MB/s")

    # sentence spans include the trigger phrases they are found from
    necessary = seconds["sentence spans"] + seconds["numbers read"] + seconds["rows"]
    budget = mb / args.target
    print(f"\nwork: {len(pairs):,} trigger sentences, {expressions:,} number expressions, {len(figures):,} figures")
    print(f"necessary stages together (spans, numbers read, rows): {necessary:.3f} s = {mb / necessary:.2f} MB/s")
    print(f"at {args.target:g} MB/s the texts allow {budget:.3f} s in all:")
    for unit, count in (("trigger sentence", len(pairs)), ("number expression", expressions), ("figure", len(figures))):
        print(
            f"  {budget / count * 1e6:7.1f} µs per {unit}; the necessary stages alone spend "
            f"{necessary / count * 1e6:7.1f}, the whole extractor {seconds['pattern extractor'] / count * 1e6:7.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
