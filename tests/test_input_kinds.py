"""Input kinds: HTML files, gzip, JSONL with an html field, WARC/ARC archives, charsets."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsnlp.io.cli import main
from newsnlp.io.inputs import Fields, iter_records
from newsnlp.text.decode import decode_html

HTML = ("<!DOCTYPE html><html lang='pl'><head><meta charset='{charset}'><title>T</title></head>"
        "<body><h1>Wczoraj spłonęła hala w Będzinie</h1>"
        "<p>Wczoraj wieczorem strażacy gasili pożar hali magazynowej przy ul. Żółkiewskiego."
        "</p><p>Nikt nie został ranny.</p></body></html>")


def _html(charset: str = "utf-8") -> str:
    return HTML.format(charset=charset)


def test_folder_takes_every_kind_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(_html(), encoding="utf-8")
    (tmp_path / "b.htm.gz").write_bytes(gzip.compress(_html().encode("utf-8")))
    (tmp_path / "c.txt").write_text("Tytuł\n\nTreść.", encoding="utf-8")
    (tmp_path / "d.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps({"id": "j1", "html": _html()}) + "\n").encode("utf-8")))
    (tmp_path / "e.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden").write_text("x")
    notices: list[str] = []
    records = list(iter_records([tmp_path], warn=notices.append))
    assert [r.id for r in records] == ["a", "b", "c", "j1"]
    assert all(r.text and "spłonęła" in r.text for r in records[:2])
    assert len(notices) == 1 and "1 file(s) of other kinds skipped" in notices[0]


def test_a_named_file_of_no_known_kind_is_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "e.png"
    path.write_bytes(b"\x89PNG")
    [record] = list(iter_records([path]))
    assert record.text is None and record.error is not None
    assert record.error["type"] == "unsupported"


def test_jsonl_field_names_are_configurable(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    rows = [{"doc": "x1", "body": "Treść pierwsza.", "date": "2024-05-01", "link": "https://a.pl"},
            {"doc": "x2", "page_html": _html()}, {"doc": "x3", "other": 1}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    fields = Fields(text="body", html="page_html", id="doc", published="date", url="link")
    records = list(iter_records([path], fields))
    assert [r.id for r in records] == ["x1", "x2", "x3"]
    assert records[0].published == "2024-05-01" and records[0].url == "https://a.pl"
    assert records[1].text is not None and records[1].text.startswith("<!DOCTYPE")
    assert records[2].error is not None and "'body' or 'page_html'" in records[2].error["message"]


def test_empty_files_warn(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "none.jsonl").write_bytes(b"\n")
    warnings: list[str] = []
    records = list(iter_records([tmp_path], warn=warnings.append))
    assert [r.id for r in records] == ["empty"]
    assert any("empty.txt: empty file" in w for w in warnings)
    assert any("none.jsonl: no records" in w for w in warnings)


def _warc(path: Path, pages: list[tuple[str, bytes, str]], gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for uri, body, ctype in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                               http_headers=headers,
                                               warc_headers_dict={"WARC-Date":
                                                                  "2024-03-05T10:00:00Z"})
            writer.write_record(record)
        writer.write_record(writer.create_warc_record("https://x.pl/", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n")))


def test_warc_html_responses_are_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    cp1250 = _html("windows-1250").encode("cp1250")
    _warc(path, [("https://portal.pl/a", _html().encode("utf-8"), "text/html; charset=utf-8"),
                 ("https://portal.pl/logo.png", b"\x89PNG", "image/png"),
                 ("https://portal.pl/b", cp1250, "text/html")])
    records = list(iter_records([path]))
    assert [r.id for r in records] == ["https://portal.pl/a", "https://portal.pl/b"]
    assert all(r.text and "spłonęła" in r.text for r in records)
    assert all(r.reference == "2024-03-05" and r.url == r.id for r in records)


def test_annotate_warc_uses_capture_date_for_relative_dates(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    _warc(path, [("https://portal.pl/a", _html().encode("utf-8"), "text/html")], gz=False)
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(path), "-o", str(out), "--no-progress"]) == 0
    [article] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert article["id"] == "https://portal.pl/a"
    assert article["meta"]["title"]["text"] == "Wczoraj spłonęła hala w Będzinie"
    assert "2024-03-04" in [d["value"] for d in article["dates"]]


def test_broken_archive_is_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    _warc(path, [("https://portal.pl/a", _html().encode("utf-8"), "text/html"),
                 ("https://portal.pl/b", _html().encode("utf-8"), "text/html")])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])  # a download cut off
    records = list(iter_records([path]))
    assert records[0].id == "https://portal.pl/a" and records[0].text
    assert records[-1].error is not None and records[-1].error["type"] == "archive"


def test_parse_accepts_a_single_html_file(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "strona.html"
    path.write_bytes(_html("utf-8").encode("cp1250"))  # declared UTF-8, really CP1250
    assert main(["parse", str(path)]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["meta"]["title"]["text"] == "Wczoraj spłonęła hala w Będzinie"


@pytest.mark.parametrize(("encoding", "declared"), [
    ("utf-8", "utf-8"), ("cp1250", "utf-8"), ("iso-8859-2", "utf-8"),
    ("utf-8", "windows-1250"), ("utf-8", "iso-8859-2"), ("cp1250", "iso-8859-2"),
    ("iso-8859-2", "windows-1250"), ("cp1250", "windows-1250"), ("iso-8859-2", "iso-8859-2"),
])
def test_declared_charset_is_checked_against_the_bytes(encoding: str, declared: str) -> None:
    text, _ = decode_html(_html(declared).encode(encoding))
    assert "spłonęła hala w Będzinie" in text and "Żółkiewskiego" in text


def test_http_charset_and_bom_come_first() -> None:
    data = _html("iso-8859-2").encode("cp1250")
    assert decode_html(data, "windows-1250")[1] == "cp1250"
    assert decode_html(b"\xef\xbb\xbf" + _html("cp1250").encode("utf-8"))[1] == "utf-8-sig"


def test_render_and_docbin_on_html_input(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    page = tmp_path / "strona.html"
    page.write_text(_html(), encoding="utf-8")
    out = tmp_path / "widok.html"
    assert main(["render", str(page), "-o", str(out)]) == 0
    assert "Wczoraj spłonęła hala w Będzinie" in out.read_text(encoding="utf-8")
    docs = tmp_path / "docs"
    assert main(["annotate", str(page), "-o", str(docs), "--format", "docbin",
                 "--no-progress"]) == 0
    import spacy
    from spacy.tokens import DocBin

    [part] = sorted(docs.glob("*.spacy"))
    [doc] = DocBin().from_disk(part).get_docs(spacy.blank("pl").vocab)
    titles = [s.text for s in doc.spans["newsnlp_blocks"] if s.label_ == "title"]
    assert titles == ["Wczoraj spłonęła hala w Będzinie"]
