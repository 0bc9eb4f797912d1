"""Batch annotation: order, workers, streaming, resume after a kill, Parquet and DocBin."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsnlp.io.batch import annotate
from newsnlp.io.cli import EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, main
from newsnlp.io.inputs import Record
from newsnlp.io.runner import ordered_map
from newsnlp.io.writers import truncate_partial_line

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


def page(i: int) -> str:
    """A distinct page built from the shipped examples (dates and numbers varied)."""
    text = EXAMPLES[i % len(EXAMPLES)].read_text(encoding="utf-8")
    return text.replace("2026", str(2000 + i % 27)).replace("12", str(10 + i % 80))


def write_pages(path: Path, n: int, *, bad: bool = True) -> Path:
    """A JSONL input of `n` pages, with a broken line and a record without text."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"p{i:05d}", "text": page(i)}, ensure_ascii=False) + "\n")
            if bad and i == 2:
                fh.write("{not json\n")
            if bad and i == 4:
                fh.write(json.dumps({"id": "no-text"}) + "\n")
    return path


def ids_of(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pages(tmp_path_factory.mktemp("in") / "pages.jsonl", 40)


@pytest.fixture(scope="module")
def reference(pages: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ref") / "ref.jsonl"
    assert main(["annotate", str(pages), "-o", str(out), "--no-progress"]) == EXIT_RECORD_ERRORS
    return out


def test_order_ids_and_errors_one_record_per_input(reference: Path) -> None:
    ids = ids_of(reference)
    assert len(ids) == 42 and ids[:4] == ["p00000", "p00001", "p00002", "pages:4"]
    assert ids.index("no-text") == 6 and ids[-1] == "p00039"
    lines = [json.loads(line) for line in reference.read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in lines if "error" in r} == {"pages:4", "no-text"}


@pytest.mark.parametrize("fmt", ["jsonl", "flat"])
def test_two_workers_give_byte_identical_output(pages: Path, reference: Path, tmp_path: Path,
                                                fmt: str) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    if fmt == "jsonl":
        one = reference
    else:
        assert main(["annotate", str(pages), "-o", str(one), "--format", fmt]) == 1
    args = ["annotate", str(pages), "-o", str(two), "--format", fmt, "--workers", "2",
            "--chunk-size", "3"]
    assert main(args) == EXIT_RECORD_ERRORS
    assert two.read_bytes() == one.read_bytes()


def test_input_is_streamed_not_materialised() -> None:
    consumed = 0

    def endless() -> Iterator[Record]:
        nonlocal consumed
        for i in range(10**9):
            consumed += 1
            yield Record(f"r{i}", "Krótki tytuł\n\nTreść strony numer " + str(i) + ".\n")

    results = annotate(endless(), fmt="flat", workers=2, chunk_size=4, window=3)
    for n, result in enumerate(results, 1):
        assert result.id == f"r{n - 1}"
        assert consumed - n <= 4 * 4, "more than the in-flight window was read ahead"
        if n == 60:
            break
    results.close()  # type: ignore[attr-defined]


def _crash_on_3_and_9(items: list[int]) -> list[int]:
    if 3 in items or 9 in items:
        os._exit(1)  # a worker dying (segfault, OOM kill)
    return [i * 10 for i in items]


def test_a_dying_worker_costs_one_record_not_the_batch() -> None:
    out = list(ordered_map(_crash_on_3_and_9, ([i, i + 1] for i in range(0, 14, 2)),
                           workers=2, on_crash=lambda i: -i))
    assert out == [0, 10, 20, -3, 40, 50, 60, 70, 80, -9, 100, 110, 120, 130]


def test_resume_repairs_a_truncated_last_line(pages: Path, reference: Path,
                                              tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    data = reference.read_bytes()
    cut = data.index(b"\n", len(data) // 2) + 100  # mid-way through a record
    out.write_bytes(data[:cut])
    assert main(["annotate", str(pages), "-o", str(out), "--resume"]) == EXIT_RECORD_ERRORS
    assert out.read_bytes() == data
    # Exit code 1 still: the output holds failed records, as after an uninterrupted run.
    assert main(["annotate", str(pages), "-o", str(out), "--resume"]) == EXIT_RECORD_ERRORS
    assert out.read_bytes() == data, "a complete output is left as it is"


def test_truncate_partial_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"id": 1}\n{"id": 2}\n{"id"')
    assert truncate_partial_line(path) == 5 and path.read_bytes().count(b"\n") == 2
    path.write_bytes(b"no newline at all")
    assert truncate_partial_line(path) == 17 and path.read_bytes() == b""


def test_resume_counts_repeated_ids(tmp_path: Path) -> None:
    src = tmp_path / "dup.jsonl"
    src.write_text("".join(json.dumps({"id": "same", "text": page(i)}) + "\n" for i in range(3)),
                   encoding="utf-8")
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    assert main(["annotate", str(src), "-o", str(full), "--format", "flat"]) == EXIT_OK
    out.write_text(full.read_text(encoding="utf-8").splitlines(keepends=True)[0],
                   encoding="utf-8")
    assert main(["annotate", str(src), "-o", str(out), "--format", "flat", "--resume"]) == 0
    assert out.read_bytes() == full.read_bytes()


def test_resume_refuses_another_format_or_a_corrupt_output(pages: Path, reference: Path,
                                                           tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(reference.read_bytes())
    args = ["annotate", str(pages), "-o", str(out), "--resume"]
    assert main([*args, "--format", "flat"]) == EXIT_USAGE
    assert "another format" in capsys.readouterr().err
    out.write_bytes(b"garbage\n" + reference.read_bytes())
    assert main(args) == EXIT_USAGE
    assert "line 1" in capsys.readouterr().err
    assert out.read_bytes().startswith(b"garbage\n"), "a refused output is left untouched"
    with pytest.raises(SystemExit) as exc:  # argparse: --resume and --overwrite exclude
        main([*args, "--overwrite"])
    assert exc.value.code == EXIT_USAGE


def test_killed_run_resumed_has_no_duplicate_and_no_gap(tmp_path: Path) -> None:
    src = write_pages(tmp_path / "many.jsonl", 250, bad=False)
    out = tmp_path / "out.jsonl"
    growing = tmp_path / "out.jsonl.partial"  # the output's name only once it is complete
    cmd = [sys.executable, "-m", "newsnlp.io.cli", "annotate", str(src), "-o", str(out),
           "--workers", "2", "--chunk-size", "2", "--format", "flat", "--no-progress"]
    proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if growing.exists() and growing.stat().st_size > 60_000:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the run finished before it could be killed"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert not out.exists(), "a killed run leaves nothing that looks complete"
    partial = growing.read_bytes()
    assert 0 < partial.count(b"\n") < 250
    proc2 = subprocess.run([*cmd, "--resume"], capture_output=True, check=False)
    assert proc2.returncode == EXIT_OK, proc2.stderr
    ids = ids_of(out)
    assert ids == [f"p{i:05d}" for i in range(250)]
    assert Counter(ids).most_common(1)[0][1] == 1
    kept = partial[: partial.rfind(b"\n") + 1]
    assert out.read_bytes().startswith(kept), "resume appends; it never rewrites done records"
    assert not growing.exists()


def test_existing_directory_output_is_never_replaced_silently(pages: Path,
                                                              tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "pq"
    out.mkdir()
    (out / "mine.txt").write_text("keep", encoding="utf-8")
    assert main(["annotate", str(pages), "-o", str(out), "--format", "parquet"]) == EXIT_USAGE
    assert main(["annotate", str(pages), "-o", str(out), "--format", "parquet",
                 "--overwrite"]) == EXIT_RECORD_ERRORS
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep"


def test_parquet_tables_are_readable_and_joinable(pages: Path, reference: Path,
                                                  tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "pq"
    assert main(["annotate", str(pages), "-o", str(out), "--format", "parquet",
                 "--part-size", "16", "--workers", "2"]) == EXIT_RECORD_ERRORS
    assert len(list((out / "articles").glob("part-*.parquet"))) == 3
    articles = pq.read_table(out / "articles")
    assert articles.column("id").to_pylist() == ids_of(reference)
    status = dict(zip(articles.column("id").to_pylist(), articles.column("status").to_pylist(),
                      strict=True))
    assert status["no-text"] == "error" and status["p00000"] == "ok"
    full = {r["id"]: r for r in map(json.loads, reference.read_text("utf-8").splitlines())}
    first = articles.slice(0, 1).to_pylist()[0]
    assert first["title"] == full["p00000"]["meta"]["title"]["text"]
    for table, key in [("dates", "dates"),
                       ("sources", "sources"), ("quotes", "quotes"), ("chrome", "chrome")]:
        rows = pq.read_table(out / table, columns=["article_id", "idx"])
        assert rows.num_rows == sum(len(r.get(key, [])) for r in full.values()), table
        joined = rows.join(articles.select(["id", "title"]), keys="article_id", right_keys="id")
        assert joined.num_rows == rows.num_rows
    institutions = pq.read_table(out / "institutions")
    assert institutions.num_rows == sum(len(r.get("institutions", [])) for r in full.values())
    mentions = pq.read_table(out / "mentions").to_pylist()
    for row in mentions[:50]:
        assert full[row["article_id"]]["text"][row["start"]:row["end"]] == row["text"]


def test_parquet_resume_after_a_kill_between_parts(pages: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "pq"
    args = ["annotate", str(pages), "-o", str(out), "--format", "parquet", "--part-size", "16"]
    assert main(args) == EXIT_RECORD_ERRORS
    expected = pq.read_table(out / "articles").column("id").to_pylist()
    # As left by a kill: the last part half-renamed (articles not yet), a temporary file.
    (out / "articles" / "part-00002.parquet").unlink()
    (out / "dates" / ".part-00003.parquet.tmp").write_bytes(b"PAR1 half written")
    assert main([*args, "--resume"]) == EXIT_RECORD_ERRORS
    assert pq.read_table(out / "articles").column("id").to_pylist() == expected
    assert not list(out.glob("*/.part-*"))
    dates = pq.read_table(out / "dates").column("article_id").to_pylist()
    assert len(dates) == len(pq.read_table(out / "dates", columns=["idx"]))
    assert set(dates) <= set(expected)


def test_docbin_round_trip(pages: Path, reference: Path, tmp_path: Path) -> None:
    components = pytest.importorskip("newsnlp.spacy.components")
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    out = tmp_path / "db"
    assert main(["annotate", str(pages), "-o", str(out), "--format", "docbin",
                 "--part-size", "25", "--workers", "2"]) == EXIT_RECORD_ERRORS
    parts = sorted(out.glob("part-*.spacy"))
    assert len(parts) == 2
    docs = [doc for part in parts
            for doc in DocBin(store_user_data=True).from_disk(part).get_docs(Vocab())]
    assert [d.user_data["id"] for d in docs] == ids_of(reference)
    full = {r["id"]: r for r in map(json.loads, reference.read_text("utf-8").splitlines())}
    doc = docs[0]
    assert doc.text == full["p00000"]["text"]
    assert set(components.SPAN_KEYS) <= set(doc.spans)
    assert len(doc.spans[components.DATES_KEY]) > 0
    bad = next(d for d in docs if d.user_data["id"] == "no-text")
    assert bad.text == "" and bad.user_data["error"]["message"]


def test_pipeline_pipe_with_workers_matches_sequential() -> None:
    from newsnlp.pipeline import Pipeline

    texts = [page(i) for i in range(9)]
    pipeline = Pipeline()
    assert list(pipeline.pipe(iter(texts), n_process=2, batch_size=2)) == \
        list(pipeline.pipe(texts))


def test_lone_surrogates_in_ids_are_written_and_resumed(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a\ud800b", "text": page(0), "url": "http://x/\udfff"})
                   + "\n" + json.dumps({"id": "b", "text": page(1)}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(src), "-o", str(out)]) == EXIT_OK
    assert ids_of(out) == ["a\ufffdb", "b"]
    assert main(["annotate", str(src), "-o", str(out), "--resume"]) == EXIT_OK
    assert ids_of(out) == ["a\ufffdb", "b"]
