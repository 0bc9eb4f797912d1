"""Dask: the CLI on a local cluster of two worker processes, and the bag/dataframe API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsnlp.io.cli import EXIT_RECORD_ERRORS, main
from tests.test_batch import page, write_pages

pytest.importorskip("distributed")
pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pages(tmp_path_factory.mktemp("in") / "pages.jsonl", 30)


@pytest.fixture(scope="module")
def plain(pages: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("plain") / "plain.jsonl"
    assert main(["annotate", str(pages), "-o", str(out)]) == EXIT_RECORD_ERRORS
    return out


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from newsnlp.io.dask_runner import connect

    with connect("local", workers=2) as dask_client:
        yield dask_client


def test_cli_on_a_local_cluster_matches_the_plain_run(pages: Path, plain: Path,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "dask.jsonl"
    args = ["annotate", str(pages), "-o", str(out), "--dask", "local", "--workers", "2",
            "--chunk-size", "4"]
    assert main(args) == EXIT_RECORD_ERRORS
    assert out.read_bytes() == plain.read_bytes()


def test_cli_on_a_running_scheduler_matches_the_plain_run(client: Any, pages: Path,
                                                          plain: Path, tmp_path: Path) -> None:
    out = tmp_path / "dask.jsonl"
    args = ["annotate", str(pages), "-o", str(out), "--dask", client.scheduler.address,
            "--chunk-size", "3"]
    assert main(args) == EXIT_RECORD_ERRORS
    assert out.read_bytes() == plain.read_bytes()
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2, "two worker processes"
    built = client.run(lambda: len(__import__("newsnlp.pipeline").pipeline._WORKER_PIPELINES))
    assert set(built.values()) == {1}, "each worker built its pipeline once"


def test_annotate_bag_keeps_order_and_matches_the_cli(client: Any, pages: Path,
                                                      plain: Path) -> None:
    from newsnlp.io.dask_runner import annotate_bag

    db: Any = pytest.importorskip("dask.bag")

    items = [json.loads(line) for line in pages.read_text(encoding="utf-8").splitlines()
             if line.startswith("{\"")]
    bag = db.from_sequence(items, npartitions=4)
    lines = annotate_bag(bag, as_json=True).compute()
    expected = [line for line in plain.read_text(encoding="utf-8").splitlines()
                if json.loads(line)["id"] != "pages:4"]
    assert [json.loads(line)["id"] for line in lines] == [json.loads(e)["id"] for e in expected]
    assert [line for line in lines if '"error"' not in line[:40]] == \
        [line for line in expected if '"error"' not in line[:40]]
    assert "error" in json.loads(lines[5]) and json.loads(lines[5])["id"] == "no-text"
    flat = annotate_bag(db.from_sequence([page(0)], npartitions=1), format="flat").compute()
    assert flat[0]["id"] is None and flat[0]["title"]


def test_annotate_dataframe_columns_and_tables(client: Any) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    dd: Any = pytest.importorskip("dask.dataframe")

    from newsnlp.io.dask_runner import annotate_dataframe

    frame = pd.DataFrame({"doc": [f"d{i}" for i in range(6)],
                          "body": [page(i) for i in range(6)]})
    ddf = dd.from_pandas(frame, npartitions=2)
    result = annotate_dataframe(ddf, text_column="body", id_column="doc").compute()
    assert list(result["id"]) == list(frame["doc"]) and result["ok"].all()
    assert json.loads(result["annotation"].iloc[0])["id"] == "d0"
    dates = annotate_dataframe(ddf, text_column="body", id_column="doc",
                               table="dates").compute()
    assert set(dates["article_id"]) <= set(frame["doc"]) and len(dates) > 0
    with pytest.raises(ValueError):
        annotate_dataframe(ddf, table="nope")
