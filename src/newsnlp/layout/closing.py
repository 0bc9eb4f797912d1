"""The article's closing lines and turns, read by the rule segmenter: the enumeration a
colon opens, the author's signature under the last paragraph, an interview turn."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from newsnlp.extract.institutions.gazetteer import gazetteer
from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block
from newsnlp.resources import Pattern, compile_pattern, load_json, word_alternation
from newsnlp.text.sentences import ends_sentence

__all__ = ["agency_credit", "bare_name", "enumeration_end", "is_speaker_turn", "name_end",
           "signature_end"]


def enumeration_end(blocks: Sequence[Block], k: int) -> int:
    """After a paragraph that ends with a colon at `k` (`Program wydarzeń:`), the index past
    the lines that run on under it without a blank line up to the first that ends a sentence:
    the enumeration it opens, article text though unpunctuated (`6 grudnia, godz. 17 –
    Mikołajki`); else `k`."""
    if k >= len(blocks) or blocks[k].kind != "paragraph" or not blocks[k].lines[
            -1].text.rstrip().endswith(":"):
        return k
    j = k + 1
    while (j < len(blocks) and blocks[j].kind in ("paragraph", "heading")
           and blocks[j].lines[0].index == blocks[j - 1].lines[-1].index + 1):
        j += 1
        if ends_sentence(blocks[j - 1].lines[-1].text):
            break  # the last item, or a sentence that closes the enumeration
    return j


# the function after a signature's name (`Anna Wrona, lekarz rodzinny`) is a short phrase,
# perhaps with the name of the institution that holds it (`rzecznik prasowy Szpitala
# Powiatowego w Sokołowie Podlaskim`)
SIGNATURE_FUNCTION_MAX_WORDS = 5
SIGNATURE_INSTITUTION_MAX_WORDS = 8


_ACRONYM = compile_pattern(r"\p{Lu}{2,6}")
# a rank or title before the name, abbreviated (`st. sierż.`, `podkom.`, `ks. kan.`)
_RANK = compile_pattern(r"(?:(?!fot\.|zdj\.)\p{Ll}{1,8}\.[ \t]+){1,3}")


@cache
def _agency_after() -> Pattern:
    """An agency's credit in brackets at the end of a line (`(PAP)`): group 1 the agency."""
    agencies = word_alternation(load_json("layout/signoff.json")["agencies"])
    return compile_pattern(rf"[ \t]*\(({agencies})\)[ \t]*$", 0)


def agency_credit(text: str) -> tuple[int, int] | None:
    """The span of an agency's credit in brackets at the end of `text` (`(PAP)`)."""
    m = _agency_after().search(text)
    return (m.start(1), m.end(1)) if m is not None else None


def bare_name(text: str) -> str:
    """A signature's or byline's name without the rank or title before it (`ks. Paweł
    Sroka`: `Paweł Sroka`), to tell one person's two credits."""
    rank = _RANK.match(text)
    return text[rank.end():] if rank is not None else text


def signature_end(b: Block) -> int | None:
    """`name_end` of a one-line heading or paragraph block, else None."""
    if b.kind not in ("heading", "paragraph") or len(b.lines) != 1:
        return None
    return name_end(b.lines[0].text)


def name_end(text: str) -> int | None:
    """Where the name of a closing signature ends in its line: the author's name, perhaps
    after an abbreviated rank and with the author's function or office after a comma or the
    agency in brackets (`Jan Kowalczyk`, `Anna Wrona, lekarz rodzinny`, `Joanna Pietrzak,
    Biuro Prasowe`, `st. sierż. Karolina Mróz`, `Karolina Mazur (PAP)`), the usual byline of
    Polish regional news, offices' releases, police releases, agency texts and experts'
    pieces; None for any other line."""
    agency = _agency_after().search(text)
    name, comma, function = (text[:agency.start()] if agency else text).partition(", ")
    if comma and not ((function[:1].islower() or _office(function))
                      and not ends_sentence(function) and _short_function(function)):
        return None
    return len(name.rstrip()) if lt.is_person_name_line(bare_name(name.strip())) else None


def _short_function(function: str) -> bool:
    """The function's own words (those before an institution's capitalised name) are few,
    and so are the institution's."""
    words = function.split()
    own = next((n for n, w in enumerate(words) if w[:1].isupper()), len(words))
    return (own <= SIGNATURE_FUNCTION_MAX_WORDS
            and len(words) - own <= SIGNATURE_INSTITUTION_MAX_WORDS)


def _office(words: str) -> bool:
    """An office's name: it opens with a unit's head word (`Biuro Prasowe`, `Wydział
    Promocji`; the institutions' vocabulary) or is an institution's acronym and its town
    (`KPP Łowicz`, `PZDR Zamość`), as press officers sign."""
    parts = words.split()
    return bool(parts) and (parts[0] in gazetteer().vocabulary.one_word_unit_heads
                            or _acronym_and_town(parts))


def _acronym_and_town(parts: Sequence[str]) -> bool:
    """An institution's acronym and its town (`KPP Łowicz`, `PZDR Zamość`): an acronym
    alone may be a country's (`USA`) or a Roman numeral (`IV liceum`)."""
    return (len(parts) == 2 and _ACRONYM.fullmatch(parts[0]) is not None
            and parts[1][:1].isupper() and not parts[1].isupper())


# `Piotr Wrona: Jak bardzo zmienił się Bałtyk?`: an interviewer's question opens with his name
_TURN_LABEL = rf"(?P<n>{lt.PERSON_NAME}):\s"


def is_speaker_turn(text: str) -> bool:
    """A question opened by a person's name and a colon: an interviewer's turn, not a heading
    (a teaser `Jan Nowak: Po naukę do Ząbek` in a list of headlines is no question)."""
    m = compile_pattern(_TURN_LABEL).match(text)
    return (m is not None and text.rstrip().endswith("?")
            and lt.is_person_name_line(m.group("n")))
