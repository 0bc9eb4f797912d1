"""Caller-supplied publication dates (`published=`, `--published`, JSONL fields) and values at
the calendar's limits (issue 16 item 6, issue 11 item 2)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import newsnlp
from newsnlp.extract.dates.caller import read_published
from newsnlp.io.cli import main

NOW = dt.datetime(2026, 12, 4, 21, 0)
PAGE = ("Wypadek na obwodnicy\n\nWczoraj o godz. 23:50 doszło do zderzenia dwóch aut. Jutro "
        "policja poda szczegóły, a 15 stycznia ruszy proces. W grudniu 2025 r. było "
        "spokojnie.\n\n00:30 – droga odblokowana.\n")


@pytest.mark.parametrize(("given", "value"), [
    ("2026-03-13", "2026-03-13"),
    ("2026-03-13T08:45:00+01:00", "2026-03-13T08:45"),
    ("2026-03-13 08:45", "2026-03-13T08:45"),
    ("wczoraj", "2026-12-03"),
    ("2 dni temu", "2026-12-02"),
    ("yesterday", "2026-12-03"),
    ("04.12.2026 10:33", "2026-12-04T10:33"),
    ("3 marca 2026", "2026-03-03"),
    ("3 March 2026", "2026-03-03"),
    ("  ", None),
])
def test_caller_dates_are_read_in_iso_or_free_form(given: str, value: str | None) -> None:
    assert read_published(given, now=NOW) == value


@pytest.mark.parametrize("given", ["bzdura", "2026-02-30", "0000-01-01", "marzec 2026",
                                   "2026-13-01T10:00", "2026-03-13T25:00"])
def test_an_unreadable_caller_date_is_a_value_error(given: str) -> None:
    with pytest.raises(ValueError, match="published date"):
        read_published(given, now=NOW)


def test_parse_normalises_the_caller_date_and_never_copies_garbage() -> None:
    article = newsnlp.parse(PAGE, published="2026-03-13T08:45:00+01:00")
    assert article.meta.published == "2026-03-13T08:45"
    with pytest.raises(ValueError):
        newsnlp.parse(PAGE, published="nie wiem kiedy")


@pytest.mark.parametrize("published", ["9999-12-31", "9999-12-31T23:59", "0001-01-01"])
def test_dates_at_the_calendars_limits_neither_overflow_nor_leave_it(published: str) -> None:
    article = newsnlp.parse(PAGE, published=published)
    assert not article.warnings
    values = {d.text: d.value for d in article.dates}
    assert values["W grudniu 2025 r."] == "2025-12"  # absolute dates are kept
    for value in values.values():
        assert value is None or ("0001" <= value[:4] <= "9999" and not value[4:5].isdigit())
    if published.startswith("9999"):
        assert values["Jutro"] is None and values["15 stycznia"] is None
        assert values["Wczoraj o godz. 23:50"] == "9999-12-30T23:50"
    else:
        assert values["Wczoraj o godz. 23:50"] is None
        assert values["Jutro"] == "0001-01-02"


def test_cli_published_is_validated_before_any_page(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", str(page), "--published", "nie wiem"])
    assert exit_info.value.code == 2
    assert "published date 'nie wiem'" in capsys.readouterr().err
    assert main(["parse", str(page), "--published", "13.03.2026 08:45"]) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["published"] == "2026-03-13T08:45"


def test_batch_gives_an_error_record_for_an_unreadable_published_field(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": PAGE, "published": "2026-03-13"},
            {"id": "b", "text": PAGE, "published": "kiedyś"},
            {"id": "c", "text": PAGE, "published": 20260313},
            {"id": "d", "text": PAGE, "published": "wczoraj"}]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert main(["annotate", str(src), "-o", str(out)]) == 1
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c", "d"]
    assert records[0]["meta"]["published"] == "2026-03-13"
    assert records[1]["error"]["type"] == "ValueError"
    assert "published" in records[2]["error"]["message"]
    assert records[3]["meta"]["published"] is not None


def test_a_callers_time_with_a_zone_is_given_in_polish_time() -> None:
    """A crawl's timestamp in UTC names the moment; the page's readers saw Polish time."""
    assert read_published("2026-03-04T09:33:00Z") == "2026-03-04T10:33"
    assert read_published("2026-07-04T09:33:00+00:00") == "2026-07-04T11:33"
    assert read_published("2026-03-04T10:33:00+01:00") == "2026-03-04T10:33"
