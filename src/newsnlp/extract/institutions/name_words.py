"""What continues an organisation's name after its head, and what ends it: small tests over
the tokens of a block (Polish orthography and grammar, read through Morfeusz).

A name holds capitalised words, connectors (`na rzecz`, `do spraw`), genitive complements
and adjectives joined by `i` (`Gospodarki Komunalnej i Mieszkaniowej`), compound adjectives
(`Sanitarno-Epidemiologicznej`, also spaced: `Sanitarno - Epidemiologicznej`). It ends
before a person named in the nominative (`… Lekarzy Krzysztof Bukiel`) and before a noun
after `i` that cannot be a genitive (`Instytutem Seksuologii oraz Katedrą …`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsnlp.extract.institutions.enumeration import lists_complements
from newsnlp.extract.institutions.lexicon import Entry
from newsnlp.extract.institutions.tokens import Token
from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.inflect import Head, agrees, parse_name
from newsnlp.resources import compile_pattern

__all__ = [
    "abbreviation_at",
    "adjacent",
    "agreeing",
    "ends_a_name",
    "ends_at_conjunction",
    "hyphenated",
    "joins_words",
    "names_a_body",
    "person_at",
]

_DASHES = ("-", "–")  # a spaced dash may join a compound adjective
_LIST_TOKENS = 16  # a list of a name's complements is read within this many tokens
_SPACED_COMPOUND = compile_pattern(r"\b(\p{Lu}\p{Ll}*o) [-–] (?=\p{Lu})")


def adjacent(text: str, tokens: Sequence[Token], k: int) -> bool:
    """True when token k follows token k-1 on the same line (at most one space)."""
    gap = text[tokens[k - 1].end:tokens[k].start]
    return gap in ("", " ", "\u00a0")


def _capitalised_word(token: Token) -> bool:
    return token.is_word and token.capitalised


def _singular_cases(tag: str) -> tuple[str, ...]:
    """The cases of a singular noun tag (`subst:sg:gen.acc:m1` -> gen, acc); none else."""
    fields = morphology.tag_values(tag)
    if len(fields) < 3 or fields[0][0] != "subst" or "sg" not in fields[1]:
        return ()
    return fields[2]


def hyphenated(name: str) -> str:
    """A name with the spaced dashes of its compound adjectives written as hyphens
    (`Sanitarno - Epidemiologicznej` -> `Sanitarno-Epidemiologicznej`), so the compound
    inflects as one word."""
    return _SPACED_COMPOUND.sub(r"\1-", name) if " " in name else name


def person_at(text: str, tokens: Sequence[Token], k: int) -> bool:
    """A person's name in the nominative starts at token k: a first name that can be a
    nominative and not a genitive (a patron stands in the genitive: 'Fundacja Anny
    Dymnej'), then a surname or an unknown capitalised word, not a place ('Olimpia
    Grudziądz' is a club)."""
    if k + 1 >= len(tokens) or not adjacent(text, tokens, k + 1):
        return False
    after = tokens[k + 1]
    if not _capitalised_word(after):
        return False
    cases = {case for a in morphology.analyse(tokens[k].text) if "imię" in a.qualifiers
             for case in _singular_cases(a.tag)}
    if "nom" not in cases or "gen" in cases:
        return False
    readings = morphology.analyse(after.text)
    return not any("nazwa_geograficzna" in a.qualifiers for a in readings) and any(
        "nazwisko" in a.qualifiers or a.tag == "ign" for a in readings)


def abbreviation_at(tokens: Sequence[Token], k: int) -> bool:
    """A single capital letter with its full stop at token k (`S.A.`, an initial `P.`):
    no word of the name; the name ends before it (a legal form is read after the name)."""
    tok = tokens[k]
    return (len(tok.text) == 1 and tok.text.isupper() and k + 1 < len(tokens)
            and tokens[k + 1].text == "." and tokens[k + 1].start == tok.end)


def spaced_compound(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Token k is a dash written with spaces inside a compound adjective: the first part
    ends in `-o` (`Sanitarno - Epidemiologicznej`, `Środkowo – Wschodniej`), both parts
    capitalised, as some writers and tokenised corpora space it."""
    if not (0 < k < len(tokens) - 1 and tokens[k].text in _DASHES):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return (_capitalised_word(before) and before.text.endswith("o")
            and _capitalised_word(after) and adjacent(text, tokens, k + 1))


def joins_words(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Token k joins two words of a name without ending it: a hyphen glued to the next word,
    a spaced dash inside a compound adjective, or the comma of a list of the name's
    complements ('Wydziału Prawa, Administracji i Ekonomii')."""
    tok = tokens[k]
    if tok.text == "-" and k + 1 < len(tokens) and tokens[k + 1].start == tok.end:
        return True
    if tok.text == ",":  # the list is a few words: read no further (linear on a long run)
        end, stop = k + 1, min(len(tokens), k + 1 + _LIST_TOKENS)
        while end < stop and adjacent(text, tokens, end) and (
                _capitalised_word(tokens[end]) or tokens[end].text in (",", "i", "oraz")):
            end += 1
        while end > k + 1 and not _capitalised_word(tokens[end - 1]):
            end -= 1
        return lists_complements(text[tok.start:tokens[end - 1].end])
    return spaced_compound(text, tokens, k)


def ends_at_conjunction(tokens: Sequence[Token], k: int,
                        is_head: Callable[[int], bool]) -> bool:
    """A name ends at the `i`/`oraz` before token k: a lower-case word follows (a name
    coordinates capitalised parts only: 'Kliniki Neurologii oraz działacze'), or a second
    organisation starts there: an institution's head word (`is_head`), an acronym ('…
    Położnych oraz NSZZ'), a capitalised adjective before one ('… i Katolickie
    Stowarzyszenie Młodzieży'), or a noun that cannot be a genitive. 'Wydział Elektroniki
    i Informatyki' keeps its `i`."""
    if k >= len(tokens):
        return False
    tok = tokens[k]
    if is_head(k) or tok.text.islower() or _acronym(tok.text):
        return True
    if (k + 1 < len(tokens) and _capitalised_word(tok) and is_head(k + 1)
            and morphology.may_be_adjective(tok.text)):
        return True
    return _not_genitive_noun(tok)


def names_a_body(name: str) -> bool:
    """A unit head's name holds a common word beyond its head ('Wydział Matematyki', 'Zarząd
    Dróg Gminnych'): it names a body. A head before a person's name only is an eponym
    ('Zespół Marfana', 'zespół Tourette': syndromes)."""
    return any(_common_word(part) for w in name.split()[1:] for part in w.split("-"))


def _common_word(word: str) -> bool:
    """Morfeusz knows `word` as a common word (a lower-case lemma: 'Szkolno' too)."""
    return any(a.lemma.islower() and a.tag != "ign" for a in morphology.analyse(word))


def _acronym(word: str) -> bool:
    """An acronym ('NSZZ', 'PSL'): another organisation's name, never a complement."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def apposed_noun(word: str) -> bool:
    """The word after a generic head is an apposed name, not a genitive complement: an
    acronym, or a noun with no genitive (and no adjective) reading (`AFP`, `Gazeta`,
    `Reuters`; not `Rynku`, `Wywiadu`, `Turystyczna`)."""
    return _acronym(word) or _no_genitive_noun(_tags(word, word.lower()))


def _tags(*forms: str) -> list[tuple[tuple[str, ...], ...]]:
    """The fields of every Morfeusz tag of the word forms."""
    return [morphology.tag_values(a.tag) for w in dict.fromkeys(forms)
            for a in morphology.analyse(w)]


def _no_genitive_noun(tags: list[tuple[tuple[str, ...], ...]]) -> bool:
    """Some reading is a noun and none is an adjective or a genitive."""
    return (any(t[0][0] == "subst" for t in tags)
            and not any(t[0][0] == "adj" or "gen" in t[2] for t in tags if len(t) > 2))


def _not_genitive_noun(token: Token) -> bool:
    """A capitalised noun that cannot be a genitive: words joined inside a name are genitive
    complements or adjectives ('Gospodarki Komunalnej i Mieszkaniowej'), so 'Instytutem
    Seksuologii oraz Katedrą …' names two. Unknown words (or no Morfeusz) keep the join."""
    return _capitalised_word(token) and _no_genitive_noun(_tags(token.text.lower()))


def ends_a_name(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Token k follows a capitalised word: it ends another name ('Funduszu Walutowego' in
    'Funduszu Walutowego oraz Banku Światowego'), not an adjective shared by two."""
    return k >= 1 and adjacent(text, tokens, k) and tokens[k - 1].capitalised


def agreeing(text: str, tokens: Sequence[Token], k: int, head: Head, case: str) -> bool:
    """Token k is a capitalised adjective agreeing with `head` (in `case`), right before
    token k+1."""
    return (word_before(text, tokens, k)
            and agrees(tokens[k].text, head.number, case, head.gender) is not None)


def word_before(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Token k is a capitalised word right before token k+1: one that may agree with it."""
    return k >= 0 and adjacent(text, tokens, k + 1) and _capitalised_word(tokens[k])


def pick_case(text: str, tokens: Sequence[Token], i: int, j: int,
              entries: list[Entry]) -> Entry:
    """For a head at tokens i..j with one form in several cases ('Muzeum'), the case that
    the next word agrees with ('Muzeum Etnograficznym' is locative)."""
    if len(entries) == 1 or j >= len(tokens) or not adjacent(text, tokens, j):
        return entries[0]
    surface = text[tokens[i].start:tokens[j].end]
    best, score = entries[0], -1
    for e in entries:
        head = parse_name(surface, e.case)
        got = sum(x is not None for x in head.lemmas) if head else 0
        if got > score:
            best, score = e, got
    return best
