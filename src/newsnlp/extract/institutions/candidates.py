"""Find institution mentions in content blocks: gazetteer names and acronyms with their slots
(number, patron, locality, ...), units with their parents, and names behind a generic head."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from newsnlp.extract.institutions import name_words as words
from newsnlp.extract.institutions import slots
from newsnlp.extract.institutions.academic import patron_before_acronym
from newsnlp.extract.institutions.acronyms import acronym_end
from newsnlp.extract.institutions.adjectives import (
    PREFIX_ADJECTIVES,
    compound_end,
    opens_name,
    prefix_adjective,
    unit_adjective,
)
from newsnlp.extract.institutions.companies import club_at, company_at, may_have_companies
from newsnlp.extract.institutions.evidence import country_acronym, takes_quoted_name
from newsnlp.extract.institutions.gazetteer import InstType, gazetteer
from newsnlp.extract.institutions.lexicon import Entry, lexicon, start_sets
from newsnlp.extract.institutions.mention import Locality, Mention, copied
from newsnlp.extract.institutions.tokens import Token, tokenize
from newsnlp.layout.blocks import Block, content_spans
from newsnlp.morph.inflect import inflect_name
from newsnlp.resources import compile_pattern

__all__ = ["Scanner", "find_mentions"]

_MAX_NAME = 8
MAX_NESTED_NAMES = 12  # names built one inside the other: no real name nests deeper


_STANDALONE_HEADS = frozenset({"Zarząd", "Zespół", "Zakład"})
_DISTRICTED = frozenset({"court", "prosecution", "police"})  # offices named by a district
_ROMAN = compile_pattern(r"[IVX]{1,4}", 0)


class Scanner:
    """Scans the tokens of one block and builds `Mention`s (nested parents included)."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text, self.tokens = text, tokens
        self.token_starts = [t.start for t in tokens]
        self.lex = lexicon()
        self.gaz = gazetteer()
        self.national_locality = False
        self.starts_exact, self.starts_folded = start_sets()
        self._adjectives: dict[int, tuple[Mention, int] | None] = {}  # adjective_parent
        self._parents: dict[int, tuple[Mention, int] | None] = {}  # built in parent context
        self._depth = 0  # names being built, one inside the other

    def may_start(self, legal: bool) -> list[bool]:
        """Per token, a cheap test whether anything can start there (most tokens cannot)."""
        exact, folded = self.starts_exact, self.starts_folded
        return [tok in exact or tok.casefold() in folded or (legal and tok[:1].isupper())
                for tok, _, _ in self.tokens]

    def match_at(self, i: int) -> tuple[int, list[Entry]]:
        """Longest name or acronym match at token `i` (names need a capital letter)."""
        j, entries = self.lex.names.longest(self.tokens, i)
        if entries and not self.tokens[i].capitalised:
            long_lower = j - i >= 3 and all(t.text.islower() for t in self.tokens[i:j])
            entries = [e for e in entries if e.lower_ok or (long_lower and e.what == "type")]
        ja, acr = self.lex.acronyms.longest(self.tokens, i)
        if acr and ja >= j:
            return ja, acr
        return (j, entries) if entries else (i, [])

    def adjacent(self, k: int) -> bool:
        """True when token k follows token k-1 on the same line (at most one space)."""
        return words.adjacent(self.text, self.tokens, k)

    def index_at(self, offset: int, i: int) -> int:
        """The first token index at or after `offset` (searching from `i`), by bisection."""
        return max(i, bisect_left(self.token_starts, offset, lo=min(i, len(self.tokens))))

    def build(self, i: int, parent_context: bool = False) -> tuple[Mention, int] | None:
        """The mention starting at token `i` and the index after it, or None. A parent is
        built once per token, each caller getting a copy (built anew at every level of a
        run of heads, names took exponential time), and names nest a few deep at most."""
        if self._depth >= MAX_NESTED_NAMES:
            return None
        if parent_context and i in self._parents:
            self.national_locality = True  # as building it sets
        else:
            self._depth += 1
            got = self._build(i, parent_context)
            self._depth -= 1
            if not parent_context:
                return got
            self._parents[i] = got
        return _copy_of(self._parents[i])

    def _build(self, i: int, parent_context: bool) -> tuple[Mention, int] | None:
        j, entries = self.match_at(i)
        for what in ("acronym", "type", "unit", "generic"):
            chosen = [e for e in entries if e.what == what]
            if chosen:
                break
        else:
            return None
        if what in ("type", "acronym"):
            ids = tuple(dict.fromkeys(
                e.ref for e in chosen if self.gaz.types[e.ref].scope != "service"))
            return self.build_type(i, j, chosen, ids, parent_context) if ids else None
        if what == "unit":
            return self.build_unit(i, j, words.pick_case(self.text, self.tokens, i, j, chosen))
        got = self.build_generic(i, j, words.pick_case(self.text, self.tokens, i, j, chosen))
        # a parent may be a generic name only where a town pins it down ('Kliniki Okulistyki
        # Akademii Medycznej w Gdańsku'); else the name is the unit's complement
        return got if not parent_context or (got and got[0].locality) else None

    def build_type(self, i: int, j: int, entries: list[Entry], ids: tuple[str, ...],
                   parent_context: bool = False) -> tuple[Mention, int] | None:
        """A gazetteer name or acronym, extended by its slots."""
        via_acronym = entries[0].what == "acronym"
        self.national_locality = parent_context
        end = self.tokens[j - 1].end
        if via_acronym:
            end = acronym_end(self.text, end)
            ids = self._placed_first(ids, end)
        t = self.gaz.types[ids[0]]
        m = Mention(self.tokens[i].start, end, "", "type", ids, via_acronym=via_acronym,
                    kind=t.kind, case=entries[0].case, name_end=end)
        name_end = end
        end = self.read_type_slots(m, t, end)
        if t.has("needs_slot") and end == name_end:
            return None
        lower = not self.tokens[i].capitalised and not entries[0].lower_ok
        if lower and m.locality is None:
            return None  # a lower-case name counts only when placed in a town
        m.end = end
        self.read_ordinal(m, t, i)
        nxt = self.index_at(end, j)
        if t.scope == "unit":
            parent = self.read_parent(nxt)
            if parent is not None:
                m.parent, nxt, m.parent_link = parent
                end = m.parent.end
        if m.parent is None and t.parents:
            self.attach_embedded_parent(m, t, i, j, end)
        m.end, m.text = end, self.text[m.start:end]
        return m, nxt

    def _placed_first(self, ids: tuple[str, ...], end: int) -> tuple[str, ...]:
        """An ambiguous acronym's types, those that take a locality first when one follows
        it: 'UE w Katowicach' is the university, not the Union (a national body has none)."""
        types = self.gaz.types
        if len(ids) < 2 or types[ids[0]].scope != "national":
            return ids
        if slots.read_locality(self.text, end) is None:
            return ids
        return (tuple(i for i in ids if types[i].scope != "national")
                + tuple(i for i in ids if types[i].scope == "national"))

    def read_ordinal(self, m: Mention, t: InstType, i: int) -> None:
        """A Roman ordinal before a numbered type: 'I Liceum Ogólnokształcące'."""
        if (t.has("numbered") and i > 0 and not m.number and self.adjacent(i)
                and _ROMAN.fullmatch(self.tokens[i - 1].text)):
            m.ordinal, m.start = self.tokens[i - 1].text, self.tokens[i - 1].start

    def attach_embedded_parent(self, m: Mention, t: InstType, i: int, j: int, end: int) -> None:
        """The parent acronym inside a name; it takes the name's town ('SK KM PSP w X')."""
        m.parent = self.embedded_parent(i, j, t)
        if m.parent is not None and m.locality and m.locality.locative and not (
                m.number or m.patron or m.quoted):
            m.parent.locality, m.parent.end = m.locality, end
            m.parent.text = self.text[m.parent.start:end]

    def embedded_parent(self, i: int, j: int, t: InstType) -> Mention | None:
        """A parent acronym at the end of a name ('Śląski Oddział Wojewódzki NFZ')."""
        for k in range(i + 1, j):
            end, entries = self.lex.acronyms.longest(self.tokens, k)
            ids = tuple(e.ref for e in entries if e.ref in t.parents)
            if end == j and ids:
                start, stop = self.tokens[k].start, self.tokens[j - 1].end
                return Mention(start, stop, self.text[start:stop], "type", ids,
                               via_acronym=True, kind=self.gaz.types[ids[0]].kind)
        return None

    def read_type_slots(self, m: Mention, t: InstType, end: int) -> int:
        """Name suffix, number, quoted name, patron, district, then locality: in page order
        ('Zespół Szkół Ekonomicznych nr 2 im. X w Y')."""
        text = self.text
        if not m.via_acronym and t.has("patron"):
            suffix = slots.read_suffix(text, end)
            if suffix:
                m.suffix, end = suffix
        if t.has("numbered"):
            got = slots.read_number(text, end, bare=m.via_acronym or t.scope == "unit")
            if got:
                m.number, end = got
        quoted = slots.read_quoted(text, end) if takes_quoted_name(t.kind) else None
        if quoted:
            m.quoted, end = quoted
        if t.has("patron") or t.kind in ("culture", "ngo", "education", "health", "university"):
            patron = slots.read_patron(text, end)
            if patron:
                m.patron, end = patron
        if t.kind in _DISTRICTED and (district := slots.read_district(text, end)):
            m.district, end = district
        return self.read_locality(m, t, self.past_service(t, end))

    def past_service(self, t: InstType, end: int) -> int:
        """`JRG PSP w Olkuszu`: the name of the service a unit belongs to, standing between the
        unit and its locality, is read past (the end after it when a locality follows)."""
        k = self.index_at(end, 0)
        if t.scope != "unit" or k >= len(self.tokens) or k == 0 or not self.adjacent(k):
            return end
        j, entries = self.match_at(k)
        types = self.gaz.types
        if any(e.what in ("type", "acronym") and e.ref in types and types[e.ref].scope == "service"
               and types[e.ref].kind == t.kind for e in entries):
            after = self.tokens[j - 1].end
            if slots.read_locality(self.text, after):
                return after
        return end

    def read_locality(self, m: Mention, t: InstType, end: int) -> int:
        """The locality slot: 'w X' (not 'w <institution>': the unit is in it, 'Oddział
        Ratunkowy w Wojewódzkim Szpitalu'); 'X' of named types, after acronyms; 'O/X',
        'Oddział w X'. A university's seat is part of its name ('UKW w Bydgoszczy')."""
        text = self.text
        if t.has("branch") and (got := slots.read_branch(text, end)):
            m.locality, m.branch, m.name = got[0], True, got[2]
            return got[1]
        if t.scope == "national" and not ((t.has("branch") and self.national_locality)
                                          or t.kind == "university"):
            return end
        loc = slots.seat_at(text, end)
        if loc:
            m.locality, end = loc
            return end
        commune = slots.read_commune(text, end)
        if commune and t.scope == "local":
            m.locality = Locality(commune[0], False)
            return commune[1]
        if t.scope == "named" or (m.via_acronym and t.scope != "national"):
            direct = slots.read_direct_locality(text, end)
            if direct:
                m.locality = Locality(direct[0], False)
                return direct[1]
        return end

    def read_name(self, j: int) -> int:
        """Tokens of a unit/organisation name after its head: capitalised words, joined by
        connectors and hyphens, stopping before a known institution (the parent). Past a
        connector one of the few lower-case words of names may stand ('na rzecz Dzieci');
        any other is the sentence going on ('Związku na oświadczenie Biura')."""
        connectors = self.gaz.vocabulary.connectors
        k, last, after_connector = j, j, False
        while k < len(self.tokens) and k - j < _MAX_NAME and self.adjacent(k):
            tok = self.tokens[k]
            if self.starts_parent(k) or self.adjective_parent(k):
                break
            if words.joins_words(self.text, self.tokens, k):  # '-', ' - ', ', X i Y'
                k += 1
                continue
            if tok.is_word and tok.capitalised:
                if (words.person_at(self.text, self.tokens, k)
                        or words.abbreviation_at(self.tokens, k)):
                    break  # '… Przedsiębiorczości Sonia Nowak', '… Polsatu S.A.'
                last, after_connector = k + 1, False
            elif tok.text in ("i", "oraz") and (
                    k == j or words.ends_at_conjunction(self.tokens, k + 1, self._is_head)):
                break  # no name opens with one ('Koła i Szamotuł')
            elif tok.text.lower() in connectors:
                after_connector = True
            elif after_connector and tok.text in self.gaz.vocabulary.connector_nouns:
                after_connector = False
            elif tok.text == "." and self.tokens[k - 1].text == "ds":
                pass
            else:
                break
            k += 1
        return last

    def _is_head(self, k: int) -> bool:
        """An institution's name, head word or acronym starts at token k."""
        return bool(self.match_at(k)[1])

    def starts_parent(self, k: int) -> bool:
        """True when an institution (or a unit with a parent) starts at token k."""
        if not self.match_at(k)[1]:
            return False
        got = self.build(k, parent_context=True)
        if got is None:
            return False
        return got[0].what != "unit" or got[0].parent is not None

    def read_parent(self, k: int) -> tuple[Mention, int, str] | None:
        """A parent institution at token k (genitive, or after 'przy')."""
        if k >= len(self.tokens) or not self.adjacent(k):
            return None
        link = "gen"
        if self.tokens[k].text in self.gaz.vocabulary.parent_links and k + 1 < len(self.tokens):
            link, k = self.tokens[k].text, k + 1
        got = self.build(k, parent_context=True) or self.adjective_parent(k)
        if got is None:
            return None
        return got[0], got[1], link

    def adjective_parent(self, k: int) -> tuple[Mention, int] | None:
        """A parent whose name opens with the capitalised adjective at token k, or one of two
        ('Zakładu Epidemiologii Narodowego Instytutu Leków', 'Zarządu Mazowieckiego
        Wojewódzkiego Związku'); read once per token, as `build` builds a parent."""
        if k not in self._adjectives:
            self._adjectives[k] = self._adjective_parent(k)
        return _copy_of(self._adjectives[k])

    def _adjective_parent(self, k: int) -> tuple[Mention, int] | None:
        start = self.tokens[k].start
        for _ in range(PREFIX_ADJECTIVES):
            if not self.tokens[k].capitalised:
                return None
            k = compound_end(self.tokens, k)
            if k + 1 >= len(self.tokens):
                return None
            entries = self.match_at(k + 1)[1]  # the adjective pins a generic name down
            got = self.build(k + 1, parent_context=any(e.what != "generic" for e in entries))
            if got is not None and opens_name(self.text, self.tokens, k, got[0]):
                prefix_adjective(self.text, self.tokens, got[0], k + 1)
                return got if got[0].start == start else None  # the name opens at token k
            k += 1
        return None

    def build_unit(self, i: int, j: int, entry: Entry) -> tuple[Mention, int] | None:
        """'Wydziału Prewencji KMP w Sosnowcu': a unit head, its name and maybe a parent."""
        if not self.tokens[i].capitalised:
            return None
        last = self.read_name(j)
        numbered = entry.ref in self.gaz.vocabulary.numbered_unit_heads
        number = self.unit_number(self.tokens[last - 1].end) if numbered else None
        parent = self.read_parent(self.index_at(number[1], last)) if number else None
        if parent is None:
            number, parent = None, self.read_parent(last)
        if parent is None and last == j:
            return None
        if parent is not None and parent[0].start < self.tokens[last - 1].end:
            last = self.index_at(parent[0].start, j)  # `Rady Rodziców III LO`: its ordinal
        i = unit_adjective(self.text, self.tokens, i, self.tokens[last - 1].end, entry.case)
        if i > 0 and self.adjacent(i) and _ROMAN.fullmatch(self.tokens[i - 1].text):
            i -= 1  # `II Wydział Karny`: the ordinal a court numbers its departments by
        surface = self.text[self.tokens[i].start:self.tokens[last - 1].end]
        m = Mention(self.tokens[i].start, self.tokens[last - 1].end, "", "unit")
        m.name = inflect_name(words.hyphenated(surface), "nom", entry.case, entry.head)
        m.head = entry.ref
        nxt = last
        if parent is not None:
            m.parent, nxt, m.parent_link = parent
            m.end = m.parent.end
            number = number or (self.unit_number(m.end) if numbered else None)
            if number is not None:  # the number tells units of one parent apart
                m.name, m.end = f"{m.name} nr {number[0]}", max(m.end, number[1])
                nxt = self.index_at(m.end, nxt)
            self.adopt_branch_locality(m)
        elif self.stands_alone(m, entry.ref):
            m.what, m.kind = "generic", "organisation"
            quoted = slots.read_quoted(self.text, m.end)
            if quoted:
                (m.quoted, m.end), nxt = quoted, self.index_at(quoted[1], nxt)
            loc = slots.locality_at(self.text, m.end)
            if loc:
                m.locality, m.end = loc
                nxt = self.index_at(m.end, nxt)
        m.text = self.text[m.start:m.end]
        return m, nxt

    def unit_number(self, pos: int) -> tuple[str, int] | None:
        """A numbered unit's number at `pos`, before or after its parent ('Koło nr 12 PZW'),
        written with 'nr': a bare number belongs to the sentence, 'nr 9/2026' to a document."""
        got = slots.read_number(self.text, pos, bare=False)  # digits only after 'nr'
        if got is None or not got[0][:1].isdigit() or self.text[got[1]:got[1] + 1] == "/":
            return None
        return got

    def stands_alone(self, m: Mention, head: str) -> bool:
        """A unit-like name that is an institution of its own: it introduces an acronym
        ('Zarząd Dróg Gminnych (ZDG)'), or a board, team or works is placed in a town
        ('Zakład Usług Komunalnych w Opolu') or has a quoted name ('Zakład Robót
        Budowlanych „Nawbud”')."""
        if slots.read_acronym_intro(self.text, m.end):  # not an eponym: 'Zespół Marfana (ZM)'
            return words.names_a_body(m.name or "")
        return head in _STANDALONE_HEADS and (slots.read_locality(self.text, m.end) is not None
                                              or slots.read_quoted(self.text, m.end) is not None)

    def adopt_branch_locality(self, m: Mention) -> None:
        """'Oddziału ZUS w Tarnowie': the town belongs to the branch, not to ZUS."""
        p = m.parent
        if p is None or p.what != "type":
            return
        t = self.gaz.types[p.type_ids[0]]
        if t.has("branch") and m.head in self.gaz.vocabulary.branch_heads:
            m.branch, m.locality, p.locality = True, p.locality, None
            p.end = self.tokens[self.index_at(p.start, 0)].end if p.via_acronym else p.end
            if p.via_acronym:
                p.end = acronym_end(self.text, self._token_end_at(p.start))
            p.text = self.text[p.start:p.end]

    def _token_end_at(self, offset: int) -> int:
        """End offset of the acronym tokens starting at `offset`."""
        i = self.index_at(offset, 0)
        j, _ = self.lex.acronyms.longest(self.tokens, i)
        return self.tokens[max(j, i + 1) - 1].end

    def build_generic(self, i: int, j: int, entry: Entry) -> tuple[Mention, int] | None:
        """'Teatr Lalek Banialuka', 'Stowarzyszenie „Razem”': a generic head and a name."""
        if not self.tokens[i].capitalised:
            return None
        last = self.read_name(j)
        end = self.tokens[last - 1].end
        vocab, kind = self.gaz.vocabulary, self.gaz.vocabulary.generic_heads[entry.ref]
        if (entry.ref in vocab.apposition_kinds and j < len(self.tokens)
                and words.apposed_noun(self.tokens[j].text)):  # `Agencja AFP`
            kind = vocab.apposition_kinds[entry.ref]
        m = Mention(self.tokens[i].start, end, "", "generic", kind=kind)
        quoted = slots.read_quoted(self.text, end)
        if quoted:
            m.quoted, end = quoted
        m.patron, end = patron_before_acronym(slots.read_patron(self.text, end), end)
        owner = (None if m.quoted else self.read_parent(self.index_at(end, last)) if m.patron
                 else self.read_parent(last))  # `Instytut … im. Jerzego Habera PAN`
        if owner is not None and owner[0].start < end:  # `Absolwentów I LO`: the ordinal
            last = self.index_at(owner[0].start, j)  # opens the owner, named in the genitive
        owner = owner if owner and (owner[0].start < end or self.owns(owner[0])) else None
        if last == j and not (m.quoted or m.patron or owner):
            return None
        surface = self.text[m.start:self.tokens[last - 1].end]
        m.name = inflect_name(words.hyphenated(surface), "nom", entry.case, entry.head)
        if owner is not None:  # 'Biblioteki Uniwersytetu Warszawskiego': a unit of it
            m.what, m.head, m.name = "unit", entry.ref, " ".join(filter(None, (m.name, m.patron)))
            m.parent, nxt, m.parent_link = owner
            m.end, m.text = m.parent.end, self.text[m.start:m.parent.end]
            return m, nxt
        if m.name in self.gaz.vocabulary.not_institutions:
            return None
        m.case, m.name_end = entry.case, self.tokens[last - 1].end
        loc = slots.locality_at(self.text, end)
        if loc:
            m.locality, end = loc
        m.end, m.text = end, self.text[m.start:end]
        return m, self.index_at(end, last)

    def owns(self, owner: Mention) -> bool:
        """A name in the genitive or a strong acronym owns a generic head ('Fundacja Orlen' no)."""
        weak = any(self.gaz.types[t].has("weak") for t in owner.type_ids)
        return owner.case == "gen" or (owner.via_acronym and not weak)

    def scan(self) -> list[Mention]:
        """All top-level mentions of the block, left to right, with acronym introductions."""
        out: list[Mention] = []
        i = 0
        legal = bool(self.tokens) and may_have_companies(
            self.text, self.tokens[0].start, self.tokens[-1].end)
        may_start = self.may_start(legal)
        while i < len(self.tokens):
            got = None
            if may_start[i]:
                got = self.build(i) or club_at(self.tokens, self.text, i) or company_at(
                    self.tokens, self.text, i, legal)
            if got is None:
                i += 1
                continue
            m, i = got
            prefix_adjective(self.text, self.tokens, m, self.index_at(m.start, 0))
            out.append(m)
            intro = slots.read_acronym_intro(self.text, m.end)
            if (intro and intro[0][:1].upper() == m.text[:1].upper()  # the name's initial opens it
                    and not country_acronym(intro[0])):
                m.intro_acronym = intro[0]
                m.intro_span = (intro[1], intro[2])
                i = self.index_at(self.intro_locality(m, intro[3]), i)
        return out

    def intro_locality(self, m: Mention, pos: int) -> int:
        """'Miejski Ośrodek Pomocy Społecznej (MOPS) w Tychach': a town after an introduced
        acronym's brackets is the institution's (the mention stays the name); scan end."""
        local = m.what != "type" or self.gaz.types[m.type_ids[0]].scope == "local"
        loc = slots.locality_at(self.text, pos) if local and m.locality is None else None
        if loc is None:
            return pos
        m.locality, end = loc
        return end


def _copy_of(built: tuple[Mention, int] | None) -> tuple[Mention, int] | None:
    """A built name kept for later callers, copied for this one (callers adjust it)."""
    return None if built is None else (copied(built[0]), built[1])


def find_mentions(text: str, blocks: Sequence[Block]) -> list[Mention]:
    """Top-level mentions in all content blocks, in page order."""
    out: list[Mention] = []
    for start, end in content_spans(blocks):
        out.extend(Scanner(text, tokenize(text, start, end)).scan())
    return out
