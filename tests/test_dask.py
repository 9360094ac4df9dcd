"""Figures on a Dask cluster: the same table as the local run, the same output bytes from the command line.

Everything runs on one real cluster of two worker processes (module-scoped), so
documents are pickled to other processes and the results pickled back.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe", reason="dask is not installed (pip install -e '.[dask]')")
distributed = pytest.importorskip("distributed", reason="distributed is not installed (pip install -e '.[dask]')")

import figures  # noqa: E402
import figures.dask  # noqa: E402
import figures.parallel  # noqa: E402
import figures.pipeline  # noqa: E402
from figures.cli import main  # noqa: E402
from figures.io import Document, read_all  # noqa: E402
from figures.table import COLUMNS, empty_frame  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def skip_folder_note(err: str) -> str:
    """Standard error without the note that the fixtures folder holds more than .txt files."""
    return "".join(line for line in err.splitlines(keepends=True) if "only the .txt files are read" not in line)


SENTENCES = (
    "The fighting has killed {n} people and injured another {m}.",
    "More than {n} people were forced to flee their homes.",
    "Nothing happened in {n}.",  # a year: no figure
    "",  # an empty document
    "At least {m} people died and {n} were wounded in the blast.",
)


def jsonl_records(count: int = 14) -> list[dict[str, object]]:
    """Integer ids (they become strings, as in the local run), figures or none, one empty text."""
    return [{"id": i + 1, "text": SENTENCES[i % len(SENTENCES)].format(n=1990 + i, m=i + 3)} for i in range(count)]


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as local_cluster:
        yield local_cluster


@pytest.fixture(scope="module")
def client(cluster: distributed.LocalCluster) -> Iterator[distributed.Client]:
    with distributed.Client(cluster, set_as_default=False) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The fixture articles (a folder of .txt files) and a JSONL file."""
    folder = tmp_path_factory.mktemp("inputs")
    jsonl = folder / "docs.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in jsonl_records()), encoding="utf-8")
    return [str(FIXTURES), str(jsonl)]


def documents(inputs: list[str]) -> pd.DataFrame:
    """The documents the command line reads from ``inputs``, as a pandas frame (doc_id, text)."""
    docs = [item for item in read_all(inputs) if isinstance(item, Document)]
    return pd.DataFrame({"doc_id": [d.doc_id for d in docs], "text": [d.text for d in docs]})


def compute(client: distributed.Client, ddf: dd.DataFrame) -> pd.DataFrame:
    """The frame computed on the cluster, checking that its tasks ran in the worker processes."""
    with distributed.get_task_stream(client) as stream:
        frame: pd.DataFrame = client.compute(ddf, sync=True)
    workers = {task["worker"] for task in stream.data}
    assert workers and workers <= set(client.nthreads())
    return frame


def test_extract_equals_local_run(client: distributed.Client, inputs: list[str]) -> None:
    local_docs = documents(inputs)
    local = figures.extract_documents(zip(local_docs["doc_id"], local_docs["text"], strict=True))
    assert len(local) > 40 and local["doc_id"].nunique() > 10  # the comparison covers real rows

    table = figures.dask.extract(dd.from_pandas(local_docs, npartitions=4))
    assert list(table.columns) == list(COLUMNS)
    pd.testing.assert_series_equal(table.dtypes, empty_frame().dtypes)
    result = compute(client, table)
    pd.testing.assert_frame_equal(result.reset_index(drop=True), local)


def test_extract_integer_ids_become_strings(client: distributed.Client) -> None:
    frame = pd.DataFrame(jsonl_records())
    local = figures.extract_frame(frame, id="id", extractors=["pattern"])
    table = figures.dask.extract(dd.from_pandas(frame, npartitions=3), id="id", extractors=["pattern"])
    result = compute(client, table).reset_index(drop=True)
    pd.testing.assert_frame_equal(result, local)
    assert list(result["doc_id"].unique()) == ["1", "2", "5", "6", "7", "10", "11", "12"]


def test_empty_partitions_give_the_empty_table(client: distributed.Client) -> None:
    frame = pd.DataFrame(jsonl_records())
    no_figures = frame[frame["text"].str.contains("Nothing happened") | (frame["text"] == "")]
    parts = [frame.iloc[:5], frame.iloc[:0], no_figures, frame.iloc[5:]]
    ddf = dd.concat([dd.from_pandas(part, npartitions=1) for part in parts])
    assert ddf.npartitions == 4
    table = figures.dask.extract(ddf, id="id", extractors=["pattern"])
    for empty in (1, 2):  # no documents; documents without a figure
        pd.testing.assert_frame_equal(compute(client, table.get_partition(empty)), empty_frame())
    pd.testing.assert_frame_equal(
        compute(client, table).reset_index(drop=True), figures.extract_frame(frame, id="id", extractors=["pattern"])
    )


def test_extract_keeps_columns_as_extract_frame(client: distributed.Client) -> None:
    """``keep``: the named columns of each document in its rows, with their dtypes, as locally."""
    frame = pd.DataFrame(jsonl_records())
    frame["date"] = pd.to_datetime("2024-01-01") + pd.to_timedelta(frame["id"], unit="D")
    frame["outlet"] = [f"outlet {i % 3}" for i in range(len(frame))]
    ddf = dd.from_pandas(frame, npartitions=3)
    table = figures.dask.extract(ddf, id="id", extractors=["pattern"], keep=["outlet", "date"])
    assert list(table.columns) == [*COLUMNS, "outlet", "date"]
    result = compute(client, table).reset_index(drop=True)
    # Dask may give text columns its own string dtype: the local run reads the frame as Dask holds it
    local = figures.extract_frame(ddf.compute(), id="id", extractors=["pattern"], keep=["outlet", "date"])
    pd.testing.assert_frame_equal(result, local.reset_index(drop=True))
    # document 2: "More than 1991 people were forced to flee", outlet 1, 2024-01-03
    row = result[result["doc_id"] == "2"].iloc[0]
    assert (row["outlet"], str(row["date"].date())) == ("outlet 1", "2024-01-03")
    with pytest.raises(ValueError, match="value is a column of the table already"):
        figures.dask.extract(dd.from_pandas(frame.assign(value=1), npartitions=1), id="id", keep=["value"])


def test_extract_checks_columns() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"url": ["u"], "body": ["5 people were killed."]}), npartitions=1)
    with pytest.raises(KeyError, match="no column 'text'"):
        figures.dask.extract(ddf)
    with pytest.raises(KeyError, match="no column 'doc_id'"):
        figures.dask.extract(ddf, text="body")
    with pytest.raises(ValueError, match="extractors must be"):
        figures.dask.extract(ddf, text="body", id="url", extractors=["magic"])


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_cli_dask_output_identical_to_local(
    cluster: distributed.LocalCluster, inputs: list[str], tmp_path: Path, suffix: str
) -> None:
    local, on_dask = tmp_path / f"local.{suffix}", tmp_path / f"dask.{suffix}"
    assert main(["extract", *inputs, "-o", str(local), "-j", "1", "-q"]) == 0
    address = cluster.scheduler_address
    assert address.startswith("tcp://")
    assert main(["extract", *inputs, "-o", str(on_dask), "--dask", address, "--chunk-size", "3", "-q"]) == 0
    assert local.stat().st_size > 5_000
    assert on_dask.read_bytes() == local.read_bytes()


def fragile_extract_figures(text: str, extractors: object) -> object:
    """An extractor bug on one document (the one holding BOOM)."""
    if "BOOM" in text:
        raise RuntimeError("simulated extractor bug")
    return figures.pipeline.extract_figures(text, extractors)  # type: ignore[arg-type]


def test_cli_dask_skips_bad_records_and_failing_documents_as_locally(
    cluster: distributed.LocalCluster,
    client: distributed.Client,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A bad record (found while reading, here) and a document whose extraction raises (on a worker)."""

    def patch(install: bool) -> None:  # runs in each worker process (pickled by value: a local function)
        import figures.parallel
        import figures.pipeline

        def extract_figures(text: str, extractors: object) -> object:
            if "BOOM" in text:
                raise RuntimeError("simulated extractor bug")
            return figures.pipeline.extract_figures(text, extractors)  # type: ignore[arg-type]

        figures.parallel.extract_figures = extract_figures if install else figures.pipeline.extract_figures  # type: ignore[assignment]

    monkeypatch.chdir(tmp_path)
    lines = [json.dumps(r) for r in jsonl_records(6)]
    lines[1] = '{"id": 2, "text": "unterminated'
    lines[4] = json.dumps({"id": 5, "text": "BOOM: 12 people were killed."})
    Path("docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = ["extract", "docs.jsonl", "--on-error", "skip", "--chunk-size", "2", "--extractors", "pattern"]

    with monkeypatch.context() as local_patch:
        local_patch.setattr(figures.parallel, "extract_figures", fragile_extract_figures)
        assert main([*argv, "-j", "1", "--errors", "local-errors.csv", "-o", "local.csv"]) == 0
    local_err = capsys.readouterr().err
    client.run(patch, True)
    try:
        assert main([*argv, "--dask", cluster.scheduler_address, "--errors", "errors.csv", "-o", "out.csv"]) == 0
    finally:
        client.run(patch, False)
    err = capsys.readouterr().err

    errors = Path("errors.csv").read_text(encoding="utf-8").splitlines()
    assert errors[0] == "file,line,reason"
    assert errors[1].startswith("docs.jsonl,2,malformed JSON")
    assert errors[2] == "docs.jsonl,5,extraction failed: RuntimeError: simulated extractor bug"
    assert len(errors) == 3
    assert Path("errors.csv").read_bytes() == Path("local-errors.csv").read_bytes()
    assert Path("out.csv").read_bytes() == Path("local.csv").read_bytes()
    assert list(pd.read_csv("out.csv", dtype={"doc_id": str})["doc_id"].unique()) == ["1", "6"]
    assert "4 documents, 4 figures, 2 errors in " in err
    assert err.split(" in ")[0] == local_err.split(" in ")[0]


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["--dask", "tcp://127.0.0.1"], 2, "--dask: not a Dask scheduler address: 'tcp://127.0.0.1' (missing port"),
        (["--dask", "{address}", "-j", "2"], 2, "--jobs: the workers of the Dask cluster at tcp://"),
    ],
    ids=["no-port", "jobs-with-a-cluster"],
)
def test_cli_dask_usage_errors(
    cluster: distributed.LocalCluster,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    message: str,
) -> None:
    out = tmp_path / "out.csv"
    argv = [a.format(address=cluster.scheduler_address) for a in argv]
    assert main(["extract", str(FIXTURES), "-o", str(out), *argv]) == code
    err = capsys.readouterr().err
    err = skip_folder_note(err)
    assert err.startswith(f"figures: error: {message}") and err.count("\n") == 1, err
    assert not out.exists()


def test_cli_without_dask_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    assert main(["extract", str(FIXTURES), "-o", str(tmp_path / "out.csv"), "--dask", "tcp://127.0.0.1:8786"]) == 2
    err = capsys.readouterr().err
    err = skip_folder_note(err)
    assert err.startswith("figures: error: --dask: distributed is not installed") and err.count("\n") == 1, err
    assert err.rstrip().endswith("pip install -e '.[dask]' in the clone of figures")
    with pytest.raises(figures.dask.DaskMissing, match=r"pip install -e '\.\[dask\]' in the clone of figures"):
        figures.dask.require("distributed")


def test_import_figures_does_not_load_dask() -> None:
    code = (
        "import sys, figures, figures.cli\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert found.strip() == "[]"
