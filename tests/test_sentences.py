"""newsnlp.text.sentences: the sentence around a span, with abbreviations that end none."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsnlp.text.sentences import (
    REACH,
    SentenceStarts,
    ends_sentence,
    sentence_around,
    sentence_count,
)


def around(text: str, word: str) -> str:
    i = text.index(word)
    return sentence_around(text, i, i + len(word))


def test_abbreviations_end_no_sentence() -> None:
    text = ("Wystawa była w marcu. Spotkanie 1 lutego o godz. 16.30 przy ul. Mielczarskiego "
            "odbędzie się w filii nr 1. Zapraszamy!")
    assert around(text, "lutego") == ("Spotkanie 1 lutego o godz. 16.30 przy ul. "
                                      "Mielczarskiego odbędzie się w filii nr 1.")


def test_line_breaks_question_and_exclamation_marks_end_sentences() -> None:
    text = "Tytuł bez kropki\nCzy przyjdziesz jutro? Tak! Będę."
    assert around(text, "jutro") == "Czy przyjdziesz jutro?"
    assert around(text, "Tytuł") == "Tytuł bez kropki\n"


def test_numbers_with_full_stops_end_no_sentence() -> None:
    assert around("Start o 10.30 w hali. Potem obiad.", "hali") == "Start o 10.30 w hali."


@given(st.text(max_size=2 * REACH + 50), st.integers(0, 700), st.integers(0, 50))
def test_the_sentence_holds_the_span_and_is_bounded(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    sentence = sentence_around(text, start, end)
    assert text[start:end] in sentence
    assert len(sentence) <= 2 * REACH + (end - start)


def test_a_line_ends_like_a_sentence() -> None:
    """Marks, then closing quotes, brackets, an agency's credit (PAP's practice), emoji and
    white space may end a line."""
    for line in ("Koniec.", "Pytanie?", "Cytat: „Tak.”", "Wylicza:", "Zapraszamy! 🔥 ",
                 "(Tak było.)\u00a0", "Tekst.\t\t", "GUS poda dane 22 kwietnia. (PAP)"):
        assert ends_sentence(line), line
    for line in ("Nagłówek bez kropki", "Tekst." + " " * 5_000 + "x", "Data: 12.03",
                 "Nagłówek (PAP)", "Tekst. (Zdjęcie)", "Tekst. " + "(" * 5_000 + "PAP)"):
        assert not ends_sentence(line), line


def test_sentence_starts_skip_abbreviations_and_need_a_capital() -> None:
    text = "Spotkanie o godz. 16. Przyjdzie prok. Jan Nowak. potem nic. Wtedy mówi."
    starts = SentenceStarts(text, 0)
    assert text[starts.start_of(text.index("Jan")):].startswith("Przyjdzie")
    assert text[starts.start_of(text.index("mówi")):].startswith("Wtedy")


def test_a_legal_form_inside_a_sentence_ends_nothing() -> None:
    """`sp. z o.o.` and `S.A.` are abbreviations of the legal form: before a dash, a digit or
    a lower-case word their full stop ends no sentence; before a capital, or at the end, it
    does (`SP.`, a school's acronym, too)."""
    assert sentence_count("Zakłady Mięsne „Warta” sp. z o.o. – 85 wakatów na produkcji") == 0
    assert sentence_count("Spółka Kartonex S.A. zatrudni 50 osób. Rekrutacja trwa.") == 2
    assert sentence_count("Kontrakt podpisała spółka Orlen S.A. Prace ruszą w maju.") == 2
    assert sentence_count("Umowę podpisano z firmą Kartonex S.A.") == 1
    assert sentence_count("Wygrali uczniowie miejscowej SP. Drugie miejsce zajęli goście.") == 2
