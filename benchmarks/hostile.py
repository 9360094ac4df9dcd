"""Hostile text (issue 8): time per MB on adversarial documents, against ordinary news, and a doubling check.

    .venv/bin/python benchmarks/hostile.py [--size BYTES] [--repeat N] [--extractors pattern,...]
                                          [--huge] [--timeout SECONDS] [--only TEXT] [DEV.jsonl ...]

Each adversarial document is generated at ``--size`` bytes (default 1 MB) and
at twice that, and extracted as one document with ``figures.extract_figures``.
Times are CPU seconds of this process (``time.process_time``, the best of
``--repeat`` runs), so other work on a shared machine weighs little.

The baseline is ordinary news: the dev gold texts (default
``../shared/eval/dev/*.jsonl``), once as separate documents (how a batch runs)
and once joined into a single document of the same size as the hostile ones.

Printed per case: seconds per MB, the ratio to the news baseline (acceptance:
at most 5) and the doubling ratio t(2x) / t(x) (acceptance: at most about 2;
a super-linear pattern shows as 4 or more). ``--huge`` adds a 100 MB single
document of news text. A case that runs past ``--timeout`` is reported as such
(and fails the acceptance) instead of hanging the benchmark.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType

try:
    from figures.pipeline import DEFAULT_EXTRACTORS, extract_figures
except ImportError:  # a commit before figures.pipeline, measured beside this one
    from figures.merge import DEFAULT_EXTRACTORS, extract_figures  # type: ignore[no-redef]

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
MAX_RATIO_TO_NEWS = 5.0
MAX_DOUBLING = 2.5  # 2 plus room for timer noise
MIN_JUDGED_SECONDS = 0.25


class TimedOut(Exception):
    pass


def fill(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def digits_and_commas(size: int) -> str:
    rng = random.Random(8)
    return "".join(rng.choice("0123456789,,") for _ in range(size))


def grouped_number(size: int) -> str:
    return "1" + fill(",000", size - 1)


def spaced_digits(size: int) -> str:
    return "1" + fill(" 000", size - 1)


def one_word(size: int) -> str:
    return fill("killed", size)


def nested_brackets(size: int) -> str:
    half = size // 2 - 10
    return "(" * half + "12 killed" + ")" * half


def nested_mixed(size: int) -> str:
    return fill("([{ 12 killed ", size // 2) + fill(" )]}", size - size // 2)


def numbers_in_one_sentence(size: int) -> str:
    """10,000 numbers (more for bigger sizes) in one sentence, triggers between them, no full stop."""
    parts = []
    length = 0
    i = 0
    while length < size:
        part = f"{i:,} killed and {i + 1} injured, " if i % 3 == 0 else f"{i:,}, "
        parts.append(part)
        length += len(part)
        i += 1
    return "".join(parts)[:size]


def qualifiers_repeated(size: int) -> str:
    return fill("more than at least up to nearly about ", size - 20) + "12 people were killed"


def word_numbers(size: int) -> str:
    return fill("one hundred and twenty-five thousand and ", size - 20) + "people were killed."


def vague_words(size: int) -> str:
    return fill("hundreds of thousands of dozens of scores of ", size - 10) + "displaced"


def no_sentence_end(size: int) -> str:
    return fill("people were killed after the attack on the town near the river ", size)


def whitespace(size: int) -> str:
    return "12" + " " * (size - 20) + "people killed"


CASES: dict[str, Callable[[int], str]] = {
    "digits and commas": digits_and_commas,
    "1,000,000,... one number": grouped_number,
    "1 000 000 ... spaced digits": spaced_digits,
    "killed killed ... (one word)": one_word,
    "killed killed ... (spaced)": lambda size: fill("killed ", size),
    "nested brackets": nested_brackets,
    "nested mixed brackets": nested_mixed,
    "10,000+ numbers, one sentence": numbers_in_one_sentence,
    "qualifiers repeated": qualifiers_repeated,
    "number words repeated": word_numbers,
    "vague words repeated": vague_words,
    "one sentence, no full stop": no_sentence_end,
    "a megabyte of spaces": whitespace,
}


def load_news(paths: Sequence[Path]) -> list[str]:
    texts: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts


def joined_news(texts: Sequence[str], size: int) -> str:
    joined = "\n\n".join(texts)
    return fill(joined + "\n\n", size)


def megabytes(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def cpu_seconds(run: Callable[[], object], repeat: int, timeout: float) -> float:
    """The best CPU time of ``repeat`` runs; raises TimedOut past ``timeout`` wall seconds."""

    def alarm(signum: int, frame: FrameType | None) -> None:
        raise TimedOut()

    previous = signal.signal(signal.SIGALRM, alarm)
    best = float("inf")
    try:
        for _ in range(repeat):
            signal.setitimer(signal.ITIMER_REAL, timeout)
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", nargs="*", type=Path, help="news JSONL files (default: the dev gold sets)")
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes per adversarial document")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--extractors", default=",".join(DEFAULT_EXTRACTORS))
    parser.add_argument("--huge", action="store_true", help="also a 100 MB single document of news text")
    parser.add_argument("--timeout", type=float, default=120.0, help="wall seconds per run before giving up")
    parser.add_argument("--only", default="", help="run only the cases whose name holds this text")
    args = parser.parse_args(argv)
    extractors = tuple(args.extractors.split(","))
    paths = args.dev or sorted(DEV.glob("*.jsonl"))
    if not paths:
        parser.error(f"no news texts: pass dev JSONL files (none in {DEV})")
    news = load_news(paths)

    def per_mb(text: str) -> float:
        return cpu_seconds(lambda: extract_figures(text, extractors), args.repeat, args.timeout) / megabytes(text)

    news_mb = sum(megabytes(t) for t in news)
    baseline = cpu_seconds(lambda: [extract_figures(t, extractors) for t in news], args.repeat, args.timeout) / news_mb
    joined = per_mb(joined_news(news, args.size))
    print(f"extractors: {','.join(extractors)}; CPU seconds, best of {args.repeat}; size {args.size:,} bytes")
    print(f"news as {len(news):,} documents ({news_mb:.2f} MB): {baseline:.3f} s/MB ({1 / baseline:.1f} MB/s)")
    print(f"news joined into one {args.size / 1e6:.0f} MB document: {joined:.3f} s/MB ({joined / baseline:.2f}x)")
    print()
    print(f"{'case':34} {'s/MB':>8} {'x news':>7} {'t(2x)/t(x)':>11}  verdict")
    failures = 0
    cases = dict(CASES)
    cases["news joined (control)"] = lambda size: joined_news(news, size)
    cases = {name: make for name, make in cases.items() if args.only in name}
    for name, make in cases.items():
        try:
            small = per_mb(make(args.size))
            double_text = make(2 * args.size)
            double = cpu_seconds(lambda t=double_text: extract_figures(t, extractors), args.repeat, args.timeout)
        except TimedOut:
            print(f"{name:34} {'timeout':>8} {'':>7} {'':>11}  FAIL (over {args.timeout:.0f} s)")
            failures += 1
            continue
        ratio = small / baseline
        doubling = double / (small * megabytes(make(args.size))) if small > 0 else 0.0
        # Below a quarter second the ratio of two timings is mostly timer and cache noise.
        judged = double >= MIN_JUDGED_SECONDS
        ok = ratio <= MAX_RATIO_TO_NEWS and (doubling <= MAX_DOUBLING or not judged)
        failures += not ok
        note = "" if judged else f" (t(2x) {double:.2f} s: too fast to judge doubling)"
        print(f"{name:34} {small:8.3f} {ratio:7.2f} {doubling:11.2f}  {'ok' if ok else 'FAIL'}{note}")
        sys.stdout.flush()
    if args.huge:
        text = joined_news(news, 100_000_000)
        try:
            seconds = cpu_seconds(lambda: extract_figures(text, extractors), 1, args.timeout * 20)
            print(f"\n100 MB single document: {seconds:.1f} s, {seconds / megabytes(text):.3f} s/MB "
                  f"({seconds / megabytes(text) / baseline:.2f}x news)")  # fmt: skip
        except TimedOut:
            print(f"\n100 MB single document: timeout (over {args.timeout * 20:.0f} s)")
            failures += 1
    print(f"\n{failures} case(s) outside the limits (<= {MAX_RATIO_TO_NEWS:g}x news, doubling <= {MAX_DOUBLING:g})")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
