from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsnlp.text.lines import split_lines
from newsnlp.text.normalize import normalize


def test_line_ends_spaces_and_invisible_characters() -> None:
    raw = "Ala\r\nma\u00a0kota\rsoft\u00adhyphen\u200bzero\ufeff"
    norm = normalize(raw)
    assert norm.text == "Ala\nma kota\nsofthyphenzero"


def test_nfc_composes_decomposed_polish_letters() -> None:
    raw = unicodedata.normalize("NFD", "Zażółć gęślą jaźń")
    assert normalize(raw).text == "Zażółć gęślą jaźń"


def test_offsets_map_back_to_raw_text() -> None:
    raw = "a\r\nb\u200bc\u00a0d"
    norm = normalize(raw)
    i = norm.text.index("c")
    assert raw[norm.offsets[i]] == "c"
    assert norm.to_raw(i, i + 1) == (raw.index("c"), raw.index("c") + 1)


def test_lone_surrogate_and_controls() -> None:
    norm = normalize("a\ud800b\x00c\x07d")
    assert norm.text == "a\ufffdbcd"


@given(st.text())
def test_normalize_is_idempotent_and_offsets_are_monotonic(raw: str) -> None:
    norm = normalize(raw)
    assert normalize(norm.text).text == norm.text
    assert len(norm.offsets) == len(norm.text)
    assert list(norm.offsets) == sorted(norm.offsets)
    assert all(0 <= o < len(raw) for o in norm.offsets)


@given(st.text())
def test_lines_point_into_text(text: str) -> None:
    for line in split_lines(text):
        assert text[line.start:line.end] == line.text
        assert "\n" not in line.text
