"""The article's closing signature: the author's initials and the agencies after its last
line (`zew, PAP`, `eb, pap`, `(af)`, `pat/ mra/ ana/`), which Polish news prints as the
text's credit.

The rules and the model read such a line as a short paragraph, or, being short and
unpunctuated, as loose chrome (a footer); here it becomes the text's source credit
(`Article.sources`), no longer article text or chrome. A line of this shape counts only
right after the article's running text, where the convention puts it: a menu's `LPG/CNG`
elsewhere on the page is not one.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from newsnlp.layout.blocks import CONTENT, LOOSE_CHROME, Block
from newsnlp.resources import Pattern, compile_pattern, escape, load_json


@cache
def _signature() -> Pattern:
    """A whole line: parts (initials, agencies, quoted titles) separated by commas or
    slashes, two or more bare or one or more in parentheses, or one agency alone; PAP's
    codes end with a slash too (`pat/ mra/ ana/`)."""
    data = load_json("layout/signoff.json")
    agency = "(?:" + "|".join(escape(a) for a in data["agencies"]) + ")"
    part = "(?:" + agency + r"|\p{Ll}{1,4}|\p{Lu}{1,4}|[\"„][^\"”„\n]{2,40}[\"”])"
    sep = r"[ \t]*[,/;][ \t]*"
    rest = data["max_parts"] - 1
    bare = f"{part}(?:{sep}{part}){{1,{rest}}}"
    enclosed = f"{part}(?:{sep}{part}){{0,{rest}}}"
    return compile_pattern(
        rf"[ \t]*(?:\((?P<v>{enclosed})\)|(?P<v>{bare})|(?P<v>{agency}))[./]?[ \t]*", 0)


def is_signoff(text: str) -> bool:
    """A line shaped as a closing signature (wherever it stands)."""
    return _signature().fullmatch(text) is not None


def mark_signoffs(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with each one-line paragraph or loose chrome line shaped as a closing
    signature, right after the article's running text, turned into a source credit of the
    text."""
    out = list(blocks)
    for k in range(1, len(out)):
        block = out[k]
        loose = block.kind == "chrome" and block.chrome in LOOSE_CHROME
        if ((block.kind != "paragraph" and not loose) or len(block.lines) != 1
                or out[k - 1].kind not in (*CONTENT, "source")):  # `(PAP)` / `akol/ mhr/`
            continue
        line = block.lines[0]
        m = _signature().fullmatch(line.text)
        if m is not None:
            out[k] = Block("source", block.lines,
                           value=(line.start + m.start("v"), line.start + m.end("v")))
    return out
