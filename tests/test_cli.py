"""The command line: parse, annotate (ordering, ids, errors, safety), schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsnlp.io.cli import EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, main

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> int:
    return main(list(args))


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_parse_prints_article_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("parse", str(ROOT / "examples" / "straz-pozarna.txt")) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] and data["id"] == "straz-pozarna"
    assert data["meta"]["title"]["text"].startswith("Pożar stodoły w Żarkach")


def test_parse_reads_stdin(monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Tytuł strony testowej\n\nTreść akapitu, "
                                                  "który jest zdaniem o kilku słowach.\n"))
    assert run("parse", "-", "--format", "flat") == EXIT_OK
    assert json.loads(capsys.readouterr().out)["title"] == "Tytuł strony testowej"


def test_annotate_keeps_order_ids_and_reports_bad_records(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "b.txt").write_text("Drugi tytuł artykułu\n\nTreść drugiego artykułu jest "
                                 "krótka, ale ma zdanie.\n", encoding="utf-8")
    (pages / "a.txt").write_text("Pierwszy tytuł artykułu\n", encoding="utf-8")
    (pages / "c.txt").write_bytes(b"\x00\x01\x02binary\x00junk" * 10)
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text(json.dumps({"id": "x1", "text": "Tekst z pliku JSONL."}) + "\n"
                     + "not json\n" + json.dumps({"id": "x3"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = run("annotate", str(pages), str(jsonl), "-o", str(out), "--format", "flat")
    assert code == EXIT_RECORD_ERRORS
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["a", "b", "c", "x1", "more:2", "x3"]
    assert records[1]["title"] == "Drugi tytuł artykułu"
    errors = {r["id"]: r["error"] for r in records if "error" in r}
    assert set(errors) == {"c", "more:2", "x3"}
    assert all(isinstance(e, dict) and e["message"] for e in errors.values())


def test_annotate_never_overwrites_silently(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    assert run("annotate", str(ROOT / "examples"), "-o", str(out)) == EXIT_USAGE
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert "exists" in capsys.readouterr().err
    assert run("annotate", str(ROOT / "examples"), "-o", str(out), "--overwrite") == EXIT_OK
    assert len(read_jsonl(out)) == len(list((ROOT / "examples").glob("*.txt")))


def test_annotate_refuses_to_write_over_its_input(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "1", "text": "abc"}) + "\n", encoding="utf-8")
    assert run("annotate", str(src), "-o", str(src), "--overwrite") == EXIT_USAGE
    assert read_jsonl(src) == [{"id": "1", "text": "abc"}]


def test_unusable_arguments_give_one_line_and_exit_2(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert run("annotate", str(tmp_path / "missing"), "-o", str(tmp_path / "o.jsonl")) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsnlp: error:") and "\n" not in err
    assert run("parse", str(tmp_path / "missing.txt")) == EXIT_USAGE


def test_schema_command_and_docs_are_current(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("schema") == EXIT_OK
    schema = json.loads(capsys.readouterr().out)
    assert schema["x-schema-version"] and "Article" in schema["title"]
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import gen_schema_docs
    finally:
        sys.path.pop(0)
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == gen_schema_docs.render(), \
        "docs/schema.md is stale: run python scripts/gen_schema_docs.py"


def test_console_script_is_installed() -> None:
    proc = subprocess.run([sys.executable, "-m", "newsnlp.io.cli", "--help"], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0 and "annotate" in proc.stdout


def test_render_writes_self_contained_html(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "page.html"
    src = ROOT / "examples" / "portal-sosnowiec.txt"
    assert run("render", str(src), "-o", str(out)) == EXIT_OK
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "Komenda Miejska Policji w Sosnowcu" in html and "2026-03-14T18:00" in html
    assert run("render", str(src), "-o", str(out)) == EXIT_USAGE
    assert "exists" in capsys.readouterr().err
    assert run("render", str(src), "-o", str(src), "--overwrite") == EXIT_USAGE
