"""A large page costs work in proportion to its size (issue 11, item 13), checked without a
clock: the tests count the Python calls and lines a parse runs, or look at what a stage is
given. A stage that goes back over the page, or over a growing list, for every line, mention
or span does about 16 times the work for 4 times the input; a linear one about 4 times."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
import spacy

import newsnlp
from newsnlp.extract import ner
from newsnlp.extract.dates import SCAN_PIECE, PageScan, scan_pieces, timex
from newsnlp.extract.dates import finders as date_finders
from newsnlp.layout import features, linetypes
from newsnlp.layout.blocks import Block

from .hostile_pages import large_inputs

LINEAR = 6.0  # most work ratio allowed for 4x the input (linear ~4, quadratic ~16)


def work(fn: Callable[[], Any], within: str = "newsnlp") -> int:
    """Python calls (generator resumes included) plus the lines run in files whose path
    holds `within`, while `fn` runs."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return local if within in frame.f_code.co_filename else None

    sys.settrace(calls)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


@pytest.fixture(scope="module")
def rules() -> newsnlp.Pipeline:
    pipeline = newsnlp.Pipeline(nlp=None)
    pipeline.parse(large_inputs(2_000)["prose paragraphs"])  # resources loaded once
    return pipeline


@pytest.mark.parametrize("shape", sorted(large_inputs(1_000)))
def test_parse_work_grows_with_the_page(rules: newsnlp.Pipeline, shape: str) -> None:
    small, large = (large_inputs(size)[shape] for size in (8_000, 32_000))
    ratio = work(lambda: rules.parse(large)) / work(lambda: rules.parse(small))
    assert ratio < LINEAR, f"{shape}: {ratio:.1f}x the work for 4x the text"


def _organisations_model() -> spacy.language.Language:
    """A stand-in for an NER model: an entity ruler under the name `ner`."""
    nlp = spacy.blank("pl")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([  # type: ignore[attr-defined]
        {"label": "ORG", "pattern": "Fundacja Dobrego Serca"},
        {"label": "ORG", "pattern": "Tarnogórskie Towarzystwo Przyjaciół Dzieci"},
        {"label": "PER", "pattern": "Jan Nowak"},
    ])
    return nlp


def _model_page(paragraphs: int) -> str:
    return "Zbiórka w mieście\n\n" + "\n\n".join(
        f"W piątek {i % 28 + 1} marca Fundacja Dobrego Serca zebrała {i} zł. Pomogło "
        f"Tarnogórskie Towarzystwo Przyjaciół Dzieci, a Komenda Miejska Policji w Sosnowcu "
        f"pilnowała porządku, powiedział Jan Nowak."
        for i in range(paragraphs))


def test_model_spans_are_matched_in_linear_work() -> None:
    """The model's organisation and person spans meet the page's mentions through sorted
    indexes, not by a scan of every list for each span."""
    pipeline = newsnlp.Pipeline(nlp=_organisations_model())
    small, large = _model_page(60), _model_page(240)
    first = pipeline.parse(small)
    assert any(i.canonical == "Fundacja Dobrego Serca" for i in first.institutions)
    ratio = (work(lambda: pipeline.parse(large), "institutions")
             / work(lambda: pipeline.parse(small), "institutions"))
    assert ratio < LINEAR, f"{ratio:.1f}x the work for 4x the paragraphs"


def test_an_acronym_introduced_in_every_paragraph_is_looked_up_once(
        rules: newsnlp.Pipeline) -> None:
    text = large_inputs(30_000)["introduced acronyms"]
    article = rules.parse(text)
    (spzd,) = [i for i in article.institutions if i.acronym == "SPZD"]
    paragraphs = text.count("\n\n") + 1
    assert len(spzd.mentions) >= 2 * paragraphs  # the name, its acronym and the later use


def test_a_repeated_line_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Line facts and the layout model's text features are computed once per distinct line
    text: a page pasted many times costs the rules one copy."""
    read: list[str] = []
    shaped: list[str] = []
    chrome_kind, shape = linetypes.chrome_kind, features._shape

    def reading(text: str) -> Any:
        read.append(text)
        return chrome_kind(text)

    def shaping(text: str) -> tuple[str, ...]:
        shaped.append(text)
        return shape(text)

    monkeypatch.setattr(linetypes, "chrome_kind", reading)
    monkeypatch.setattr(features, "_shape", shaping)
    text = large_inputs(50_000)["realistic page repeated"]
    newsnlp.Pipeline(nlp=None).parse(text)
    distinct = {line.strip() for line in text.split("\n")}
    assert len(read) == len(set(read)) and set(read) <= distinct
    assert len(shaped) == len(set(shaped)) and set(shaped) <= distinct


def test_the_date_scan_reads_bounded_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's date scan is given pieces of at most SCAN_PIECE characters, cut after line
    breaks, and finds what one scan of the whole text finds."""
    text = large_inputs(3 * SCAN_PIECE)["prose paragraphs"]
    pieces = scan_pieces(text)
    assert [s for s, _ in pieces[1:]] == [e for _, e in pieces[:-1]]
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(e - s <= SCAN_PIECE for s, e in pieces)
    assert all(text[e - 1] == "\n" for _, e in pieces[:-1])
    given: list[tuple[int, int]] = []
    find = date_finders.find_atoms

    def recording(text: str, start: int, end: int, **kw: bool) -> list[Any]:
        given.append((start, end))
        return find(text, start, end, **kw)

    monkeypatch.setattr("newsnlp.extract.dates.find_atoms", recording)
    atoms = PageScan(text).atoms.atoms
    assert given == pieces
    whole = find(text, 0, len(text))
    assert [(a.start, a.end, a.kind) for a in atoms] == [(a.start, a.end, a.kind) for a in whole]


def test_the_ner_model_reads_bounded_pieces() -> None:
    """Whatever the page's size, the model reads at most MODEL_MAX_CHARS characters of
    content, in pieces of a bounded length."""
    read: list[str] = []

    class Recorder:
        pipe_names = ("ner",)

        def pipe(self, texts: Any) -> Any:
            for text in texts:
                read.append(text)
                yield spacy.blank("pl").make_doc(text)

    text = large_inputs(1_000_000)["one long line"]
    block = Block("paragraph", tuple(newsnlp.Pipeline(nlp=None).prepare(text).lines[:1]))
    ner.entity_spans(Recorder(), text, [block])  # type: ignore[arg-type]
    assert sum(map(len, read)) <= ner.MODEL_MAX_CHARS
    assert max(map(len, read)) <= ner._PIECE


def test_durations_meet_only_the_dates_near_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each prose block's duration candidates are checked against the date spans that reach
    them, not against a copy of every date of the page (a copy per block: quadratic in C,
    where no call is counted)."""
    given: list[int] = []
    select = timex._select

    def recording(cands: Any, taken: list[tuple[int, int]]) -> Any:
        given.append(len(taken))
        return select(cands, taken)

    monkeypatch.setattr(timex, "_select", recording)
    text = "\n\n".join(f"W piątek {i % 28 + 1} marca strażacy przez trzy dni gasili pożar "
                       f"nr {i}, a policjanci co roku kierują ruchem." for i in range(300))
    article = newsnlp.Pipeline(nlp=None).parse(text)
    assert sum(d.type == "duration" for d in article.dates) >= 290
    assert given and max(given) <= 2


def _share_rows_under_the_date(rows: int) -> str:
    return ("Most na Warcie otwarty dla kierowców\n\nPo dwóch latach budowy most w Osjakowie "
            "jest przejezdny, a inwestycja kosztowała 48 mln zł z budżetu województwa.\n"
            "3 lutego 2025, 14:05\n" + "Udostępnij\nFacebook\n" * rows
            + "Uroczyste otwarcie odbyło się w poniedziałek w południe przy moście.\n")


def test_share_rows_under_the_date_line_are_read_in_linear_work(
        rules: newsnlp.Pipeline) -> None:
    """Each share line under the date line looks back for the date line over a bounded run
    of lines, not over every share line before it."""
    small, large = _share_rows_under_the_date(500), _share_rows_under_the_date(2_000)
    ratio = (work(lambda: rules.parse(large), "layout")
             / work(lambda: rules.parse(small), "layout"))
    assert ratio < LINEAR, f"{ratio:.1f}x the work for 4x the share rows"


def test_a_run_of_nested_heads_is_built_in_linear_work() -> None:
    """`Zarządu Związku Zarządu Związku …`: each head may be the parent of the one before;
    a parent (and one an adjective opens) is built once per token (it was built anew at
    every level, doubling the work for each word), and no name nests past a few levels (the
    recursion ran out)."""
    rules = newsnlp.Pipeline(nlp=None)

    for heads in ("Zarządu Związku ", "Związku ", "Mazowieckiego Związku "):
        def page(n: int, heads: str = heads) -> str:
            return "Tytuł\n\nDecyzję podjął " + heads * n + "w piątek."

        assert not rules.parse(page(200)).warnings  # no stage failed
        ratio = (work(lambda: rules.parse(page(40)), "institutions")
                 / work(lambda: rules.parse(page(10)), "institutions"))
        assert ratio < LINEAR, heads
