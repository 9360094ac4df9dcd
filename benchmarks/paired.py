"""Extraction speed of this checkout against other commits, paired in one process.

    .venv/bin/python benchmarks/paired.py REV [REV...] [--corpus dev archive hostile] [--engine pattern]
        [--rounds N] [--dev FOLDER]

On a shared machine the speed of one process moves by 10-20% from minute to
minute (other work on the same cores), more than most changes weigh, so that
``against.py``'s fresh workers, timed one after another, can put a commit 15%
ahead or behind itself. Here each other commit's ``figures`` is exported (``git
archive``) under a package name of its own (``figures_REV``, its imports and
packaged data renamed) and imported beside this checkout's ``figures``; every
corpus is cut into ten chunks, and each chunk is timed with every version in
turn (the order reversed every other round), in CPU time. Load then falls on
all versions alike: the ratio of their summed times in each round is printed,
and their best round.

Corpora: ``dev`` (the dev texts), ``archive`` (3 MB of them with 20,000
characters of prose without trigger words after each, as throughput.py), and
``hostile`` (hostile.py's "10,000+ numbers, one sentence", 200 KB).
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]  # this checkout's figures, whatever the environment holds

from hostile import numbers_in_one_sentence  # noqa: E402
from throughput import archive_documents, load_texts  # noqa: E402

Extract = Callable[[str, Sequence[str]], object]


def _export(rev: str, into: Path) -> str:
    """``figures`` of ``rev`` as the package ``figures_<rev>`` in ``into``; returns its name."""
    name = "figures_" + re.sub(r"\W", "_", rev)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "figures"], check=True, capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    (into / "figures").rename(into / name)
    for path in (into / name).rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        source = re.sub(r"^(\s*)from figures([. ])", rf"\1from {name}\2", source, flags=re.M)
        source = re.sub(r"^(\s*)import figures\.", rf"\1import {name}.", source, flags=re.M)
        source = source.replace('files("figures")', f'files("{name}")')
        path.write_text(source, encoding="utf-8")
    return name


def _extractor(package: str) -> Extract:
    try:
        module = importlib.import_module(f"{package}.pipeline")
    except ImportError:  # commits before figures/pipeline.py
        module = importlib.import_module(f"{package}.merge")
    return module.extract_figures  # type: ignore[no-any-return]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revs", nargs="+", metavar="rev", help="the commits to measure against")
    parser.add_argument("--corpus", nargs="+", default=["dev", "archive", "hostile"])
    parser.add_argument("--engine", default="pattern", help="pattern or default")
    parser.add_argument("--rounds", type=int, default=4)
    folders = (ROOT.parent / "shared" / "eval" / "dev", ROOT.parents[1] / "shared" / "eval" / "dev")
    dev = next((p for p in folders if p.is_dir()), folders[0])  # beside the main checkout, or above a worktree
    parser.add_argument("--dev", type=Path, default=dev, help="folder of dev JSONL")
    args = parser.parse_args(argv)
    extractors = ("pattern",) if args.engine == "pattern" else ("pattern", "quantity")
    texts = load_texts(sorted(args.dev.glob("*.jsonl")))
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        versions = [(rev, _extractor(_export(rev, Path(tmp)))) for rev in args.revs]
        import figures

        assert Path(figures.__file__).resolve().is_relative_to(ROOT), figures.__file__
        versions.append(("this", _extractor("figures")))
        for extract in (e for _, e in versions):
            for t in texts[:300]:
                extract(t, extractors)  # patterns compiled, quantulum3 loaded
        for corpus in args.corpus:
            if corpus == "dev":
                docs = texts
            elif corpus == "archive":
                docs = archive_documents(texts, 20_000, 3_000_000)
            else:
                docs = [numbers_in_one_sentence(200_000)]
            for extract in (e for _, e in versions):
                extract(docs[0], extractors)
            chunks = [docs[i::10] for i in range(10)] if len(docs) >= 10 else [docs]
            spent = {name: [0.0] * args.rounds for name, _ in versions}
            for r in range(args.rounds):
                for chunk in chunks:
                    for name, extract in versions if r % 2 == 0 else versions[::-1]:
                        started = time.process_time()
                        for t in chunk:
                            extract(t, extractors)
                        spent[name][r] += time.process_time() - started
            mb = sum(len(t.encode("utf-8")) for t in docs) / 1e6
            rates = ", ".join(f"{name} {mb / min(s):.3f} MB/s" for name, s in spent.items())
            print(f"{corpus} ({mb:.2f} MB), {args.engine}, best round: {rates}")
            for rev, _ in versions[:-1]:
                rounds = " ".join(f"{a / b:.3f}" for a, b in zip(spent[rev], spent["this"], strict=True))
                best = min(spent[rev]) / min(spent["this"])
                print(f"  this / {rev}: best {best:.3f}; each round {rounds}")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
