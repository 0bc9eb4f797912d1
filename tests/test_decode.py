"""Page files in any encoding newsnlp meets are decoded, or rejected with a reason per file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsnlp.io.inputs import iter_records
from newsnlp.text.decode import DecodeError, decode_bytes

HOSTILE = Path(__file__).parent / "hostile"
POLISH = "Strona główna > Aktualności > Na Sygnale\nPożar w Sosnowcu"


@pytest.mark.parametrize(("name", "encoding"), [
    ("utf8_bom.txt", "utf-8-sig"),
    ("utf16le_bom.txt", "utf-16-le"),
    ("utf16be_bom.txt", "utf-16-be"),
    ("utf16le_no_bom.txt", "utf-16-le"),
    ("cp1250.txt", "cp1250"),
    ("iso8859_2.txt", "iso-8859-2"),
    ("invalid_utf8.txt", "utf-8 (invalid bytes replaced)"),
])
def test_encodings_decode_to_the_same_polish_text(name: str, encoding: str) -> None:
    text, found = decode_bytes((HOSTILE / name).read_bytes())
    assert found == encoding
    assert text.startswith(POLISH)


@pytest.mark.parametrize("name", ["binary_junk.txt", "binary_png.txt", "binary_zeros.txt"])
def test_binary_is_rejected_with_a_reason(name: str) -> None:
    with pytest.raises(DecodeError, match="binary data"):
        decode_bytes((HOSTILE / name).read_bytes())


def test_utf32_bom_wins_over_the_utf16_bom_it_starts_with() -> None:
    text, enc = decode_bytes("Zażółć".encode("utf-32"))
    assert (text, enc) == ("Zażółć", "utf-32-le")


def test_a_few_stray_bytes_keep_utf8() -> None:
    data = "Zażółć gęślą jaźń, łódź i źródło.".encode() + b"\xff"
    text, enc = decode_bytes(data)
    assert text.startswith("Zażółć gęślą jaźń") and enc.startswith("utf-8")


def test_a_stray_nul_is_not_binary() -> None:
    text, _ = decode_bytes(b"Ala ma kota.\n" * 20 + b"\x00")
    assert text.startswith("Ala ma kota.")


def test_empty_file_is_empty_text() -> None:
    assert decode_bytes(b"") == ("", "utf-8")


def test_batch_records_each_file_with_its_error(tmp_path: Path) -> None:
    """Every file gives one record in order; undecodable ones carry `error`, not text."""
    for name in ("binary_junk.txt", "cp1250.txt", "utf16le_bom.txt", "empty.txt"):
        (tmp_path / name).write_bytes((HOSTILE / name).read_bytes())
    records = list(iter_records([tmp_path]))
    assert [r.id for r in records] == ["binary_junk", "cp1250", "empty", "utf16le_bom"]
    assert records[0].text is None and records[0].error is not None
    assert records[0].error["type"] == "decode" and "binary" in records[0].error["message"]
    assert all(r.text is not None and r.error is None for r in records[1:])


def test_jsonl_bad_lines_become_error_records(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    lines = [
        "\ufeff" + json.dumps({"id": "a", "text": "Ala"}),
        "{not json",
        json.dumps({"id": None, "text": 5}),
        json.dumps([1, 2]),
        "",
        json.dumps({"id": 7, "text": "x", "url": "http://\ud800"}),
        json.dumps({"id": "\udc00z", "text": "lone \udfff surrogate"}),
    ]
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + b"\n\xff\xfe\n")
    records = list(iter_records([path]))
    assert [r.id for r in records] == ["a", "pages:2", "pages:3", "pages:4", "7", "\ufffdz",
                                       "pages:8"]
    assert [r.error is None for r in records] == [True, False, False, False, True, True, False]
    for rec in records:  # everything a record carries can be written as UTF-8
        json.dumps([rec.id, rec.url, rec.error], ensure_ascii=False).encode("utf-8")


def test_too_large_file_is_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsnlp.io.inputs as inputs

    monkeypatch.setattr(inputs, "MAX_RECORD_BYTES", 100)
    (tmp_path / "big.txt").write_text("a" * 101)
    (tmp_path / "big.jsonl").write_text(json.dumps({"text": "a" * 200}) + "\n"
                                        + json.dumps({"text": "ok"}) + "\n")
    records = list(iter_records([tmp_path / "big.txt", tmp_path / "big.jsonl"]))
    assert [r.error["type"] if r.error else None for r in records] == [
        "too_large", "too_large", None]
    assert records[2].text == "ok"


def test_vanished_jsonl_is_an_error_record(tmp_path: Path) -> None:
    records = list(iter_records([tmp_path / "gone.jsonl"]))
    assert len(records) == 1 and records[0].error is not None
    assert records[0].error["type"] == "io"
