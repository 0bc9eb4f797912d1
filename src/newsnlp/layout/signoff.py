"""The article's closing signature: the author's initials and the agencies after its last
line (`zew, PAP`, `eb, pap`, `(af)`, `pat/ mra/ ana/`, `(PAP, oprac. pg)`), which Polish news
prints as the text's credit, and the reporter's name right under the text (`Karolina Mazur
(PAP)`).

The rules and the model read such a line as a short paragraph, or, being short and
unpunctuated, as loose chrome (a footer); here it becomes the text's source credit or
byline (`Article.sources`), no longer article text or chrome. A line of this shape counts
only right after the article's running text, where the convention puts it: a menu's
`LPG/CNG` elsewhere on the page is not one. (The rules read a name right under the page's
last prose as the byline already; a footer's prose below the article, a newsletter's
pitch, hides it from them.)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from newsnlp.extract.institutions.gazetteer import gazetteer
from newsnlp.layout.blocks import CONTENT, LOOSE_CHROME, Block
from newsnlp.layout.closing import agency_credit, bare_name, name_end
from newsnlp.resources import Match, Pattern, compile_pattern, escape, load_json

# a signature's parts; the editor's label before initials is none (`PAP, oprac. pg`)
_PART = compile_pattern(r"[\"„][^\"”„\n]*[\"”]|(?<!\w)(?!oprac\.)[^\s,/;]+", 0)
_EDITED = r"(?:oprac\.[ \t]*)?"


@cache
def _signature() -> Pattern:
    """A whole line: parts (initials, agencies, quoted titles) separated by commas or
    slashes, two or more bare or one or more in parentheses, or one agency alone; PAP's
    codes end with a slash too (`pat/ mra/ ana/`)."""
    data = load_json("layout/signoff.json")
    agency = "(?:" + "|".join(escape(a) for a in data["agencies"]) + ")"
    initials = rf"{_EDITED}(?:\p{{Ll}}{{1,4}}|\p{{Lu}}{{1,4}})"
    part = "(?:" + agency + "|" + initials + r"|[\"„][^\"”„\n]{2,40}[\"”])"
    sep = r"[ \t]*[,/;][ \t]*"
    rest = data["max_parts"] - 1
    bare = f"{part}(?:{sep}{part}){{1,{rest}}}"
    enclosed = f"{part}(?:{sep}{part}){{0,{rest}}}"
    return compile_pattern(
        rf"[ \t]*(?:\((?P<v>{enclosed})\)|(?P<v>{bare})|(?P<v>{agency}))[./]?[ \t]*", 0)


def is_signoff(text: str) -> bool:
    """A line shaped as a closing signature (wherever it stands)."""
    return _signature().fullmatch(text) is not None


def signed_off(block: Block) -> bool:
    """A one-line paragraph or loose chrome line shaped as a closing signature that names an
    agency (`eb, pap`), stands in brackets (`(ak)`) or is written in small letters (`pat/
    mra/`): what the rules and the model make of one before `mark_signoffs` reads it.
    Capitals alone may be a menu's pair (`PL / EN`, `FAQ / RODO`)."""
    text = block.lines[0].text.strip()
    if not (_one_line(block) and is_signoff(text)):
        return False
    return text.startswith("(") or text.islower() or any(
        part.casefold() in _agencies() for part in _PART.findall(text))


def _one_line(block: Block) -> bool:
    """A one-line paragraph or loose chrome line: what the rules make of a signature."""
    loose = block.kind == "chrome" and block.chrome in LOOSE_CHROME
    return (block.kind == "paragraph" or loose) and len(block.lines) == 1


def mark_signoffs(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with the reporter's name right under the article's last content block made
    its byline (and an agency in brackets after it a source credit), and each one-line
    paragraph or loose chrome line shaped as a closing signature, right after the article's
    running text or its byline, turned into the text's credits: the writer's initials its
    byline, the agencies, titles and institutions' acronyms its source credit."""
    out = _signed(list(blocks))
    signed: dict[int, list[Block]] = {}
    for k in range(1, len(out)):
        block = out[k]
        # after `(PAP)`, the reporter's byline (`akol/ mhr/`) or the photos' credit
        if not _one_line(block) or out[k - 1].kind not in (*CONTENT, "source", "byline",
                                                           "credit"):
            continue
        m = _signature().fullmatch(block.lines[0].text)
        if m is not None:
            signed[k] = _credits(block, m)
            out[k] = signed[k][-1]  # a signature under it follows a credit
    return [b for k, block in enumerate(out) for b in signed.get(k, [block])]


def _credits(block: Block, m: Match) -> list[Block]:
    """A signature line's credits, one a part: a writer's initials (`kw`, `pat/ mra/`, `RC`)
    the byline, an agency, a quoted title or an institution's acronym (`PAP`, `"Rz"`, `KPP`)
    the source credit."""
    start, text = block.lines[0].start, block.lines[0].text
    return [Block("source" if _is_source(p.group()) else "byline", block.lines,
                  value=(start + p.start(), start + p.end()))
            for p in _PART.finditer(text, m.start("v"), m.end("v"))]


def _is_source(part: str) -> bool:
    """An agency (`PAP`, `pap`), a quoted title, or an upper-case acronym the gazetteer
    knows (`KPP`, `UM`): a source of the text, not its writer's initials."""
    if part[:1] in "\"„" or part.casefold() in _agencies():
        return True
    return part.isupper() and part in gazetteer().by_acronym


@cache
def _agencies() -> frozenset[str]:
    return frozenset(a.casefold() for a in load_json("layout/signoff.json")["agencies"])


def _signed(blocks: list[Block]) -> list[Block]:
    """`blocks` with the block under the last content block, when it is a closing signature
    (`closing.name_end`) of someone no byline of the page names already, in whole
    words (`ks. Paweł Sroka, proboszcz` under a blog's `Opublikowane przez Paweł Sroka`,
    `Jerzy Dudała` under `Autor: wnp.pl (Jerzy Dudała)`; `Jan Lis` is not `Jan Lisowski`), as
    its byline; an agency in brackets after a byline's name is a source credit of its own."""
    last = next((k for k in range(len(blocks) - 1, -1, -1) if blocks[k].kind in CONTENT
                 and not (len(blocks[k].lines) == 1
                          and name_end(blocks[k].lines[0].text) is not None)), -1)
    named = " | ".join(b.value_text for b in blocks if b.kind == "byline")
    if 0 <= last < len(blocks) - 1 and _one_line(blocks[last + 1]):
        block = blocks[last + 1]
        end = name_end(block.lines[0].text)
        if end is not None and compile_pattern(  # the name in whole words
                rf"(?<!\w){escape(bare_name(block.lines[0].text[:end].strip()))}(?!\w)"
        ).search(named) is None:
            blocks[last + 1] = Block("byline", block.lines, value=(block.start, block.start + end))
    out: list[Block] = []
    for block in blocks:
        out.append(block)
        agency = agency_credit(block.lines[0].text) if block.kind == "byline" else None
        if agency is not None and block.value is not None and (
                block.value[1] <= block.lines[0].start + agency[0]):
            start = block.lines[0].start
            out.append(Block("source", block.lines, value=(start + agency[0], start + agency[1])))
    return out
