"""Every regular expression newsnlp compiles stays fast on hostile input.

Patterns are gathered three ways, so new ones are covered without editing this file:
1. statically: string constants passed to `regex.*`/`re.*` calls and `compile_pattern` in
   the sources under src/newsnlp (including the dates and institutions packages);
2. at import: compiled patterns held by module globals (and by what the modules' cached,
   argument-free builders such as `patterns()` return);
3. at run time: `regex.compile` is recorded while the caches are cleared and pages (the
   examples and the hostile corpus) are parsed, which catches patterns built from data files
   (chrome.json, meta.json, quotes.json, the dates lexicon) and f-strings.

Each pattern is then run against adversarial strings (long runs of spaces, letters, dots,
dashes, digits, quote marks, nested brackets; 100 KB lines and short ones, which expose
exponential patterns) with `search` and `fullmatch`; each run must finish within
`BUDGET` seconds. Patterns that newsnlp only ever runs anchored, through
the guarded `fullmatch` or `match`, are checked that way only (a `(?s).*x` idiom is
linear there but not under `search`).
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import importlib
import pkgutil
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

import newsnlp
from newsnlp import resources

SRC = Path(newsnlp.__file__).parent
HOSTILE = Path(__file__).parent / "hostile"
EXAMPLES = Path(__file__).parents[1] / "examples"
BUDGET = 0.5
RUN = 50_000  # a run of one kind of character: quadratic patterns need ~10^9 steps on it
LINE = 100_000  # one mixed line of every unit

# (name, unit): each unit repeated to RUN characters, then "!" (a character most patterns
# cannot match there: the classic trigger of backtracking); at 40 characters with several
# endings (exponential patterns blow up on short strings); and all units mixed in one line.
UNITS = [
    ("spaces", " "), ("tabs", "\t"), ("newlines", "\n"), ("letters", "a"), ("capitals", "A"),
    ("polish", "ąŻ"), ("capwords", "Jan Nowak "), ("dots", "."), ("dashes", "-"),
    ("dialogue", " – "), ("digits", "1"), ("date-ish", "12.12."), ("low-quotes", "„"),
    ("ascii-quotes", '"'), ("pipes", " | "), ("commas", ", "), ("sentences", "Ala ma kota. "),
    ("titles", "st. asp. "), ("brackets", "[(<{"),
]
ENDINGS = ["!", "\u0000", ""]


def _adversarial() -> Iterator[tuple[str, str]]:
    """(label, string) pairs: long runs, short strings, a nested-bracket and a mixed line."""
    for name, unit in UNITS:
        yield f"{name}-run", (unit * (RUN // len(unit) + 1))[:RUN] + "!"
    for name, unit in UNITS:
        short = (unit * (40 // len(unit) + 1))[:40]
        for end in ENDINGS:
            yield f"{name}-40{end!r}", short + end
    yield "nested-brackets", "(" * 5000 + "[" * 5000 + "a" + "]" * 5000 + ")" * 4999
    mixed = "".join(unit * 20 for _, unit in UNITS)
    yield "mixed-100k-line", (mixed * (LINE // len(mixed) + 1))[:LINE]


ADVERSARIAL = list(_adversarial())

# --- 1. static scan ------------------------------------------------------------------------

_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "split", "sub",
          "subn", "compile_pattern"}


def _static_patterns() -> Iterator[tuple[str, str, int]]:
    """(where, pattern, flags) for every constant pattern literal in a regex call."""
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(
                func.value, ast.Name) else ""
            if name not in _CALLS or (owner not in ("regex", "re", "") and name != "compile"):
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                where = f"{path.relative_to(SRC)}:{node.lineno}"
                yield where, arg.value, resources.FLAGS


# --- 2. module globals and cached builders -------------------------------------------------

def _modules() -> list[Any]:
    mods = []
    for info in pkgutil.walk_packages([str(SRC)], "newsnlp."):
        try:
            mods.append(importlib.import_module(info.name))
        except Exception:  # optional extras (spaCy components, dask) may be missing
            continue
    return mods


def _patterns_in(value: Any, depth: int = 0) -> Iterator[Any]:
    """Compiled patterns inside a value: itself, containers, dataclasses (a few levels)."""
    if isinstance(value, (regex.Pattern, re.Pattern, resources.Pattern)):
        yield value
    elif depth > 3:
        return
    elif isinstance(value, dict):
        for v in value.values():
            yield from _patterns_in(v, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _patterns_in(v, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _patterns_in(getattr(value, f.name, None), depth + 1)


def _cached_builders(mods: list[Any]) -> list[Callable[[], Any]]:
    """Argument-free functions under functools caches: the lazy pattern builders."""
    out = []
    for mod in mods:
        for value in vars(mod).values():
            wrapped = getattr(value, "__wrapped__", None)
            if (callable(value) and hasattr(value, "cache_clear") and wrapped is not None
                    and getattr(value, "__module__", "") == mod.__name__
                    and wrapped.__code__.co_argcount == 0):
                out.append(value)
    return out


# --- 3. run time: record compiles while parsing pages ---------------------------------------

def _pages() -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for p in sorted(HOSTILE.glob("*.txt")):
        try:
            pages.append(p.read_bytes().decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return pages


# {(pattern, flags): where found}, and {(pattern, flags): modes} for anchored-only patterns.
Collected = tuple[dict[tuple[str, int], str], dict[tuple[str, int], tuple[str, ...]]]


def _caller() -> str:
    """The newsnlp module (and line) that compiled a pattern at run time."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name.startswith("newsnlp.") and name != "newsnlp.resources":
            return f"{name}:{frame.f_lineno} (run time)"
        frame = frame.f_back  # type: ignore[assignment]
    return "run time"


def _collect(monkeypatch: pytest.MonkeyPatch) -> Collected:
    """{(pattern, flags): where} for every pattern, and those only run via `fullmatch`."""
    found: dict[tuple[str, int], str] = {}
    for where, pattern, flags in _static_patterns():
        found.setdefault((pattern, flags), where)
    mods = _modules()
    for mod in mods:
        for name, value in vars(mod).items():
            for p in _patterns_in(value):
                found.setdefault((p.pattern, p.flags), f"{mod.__name__}.{name}")
    builders = _cached_builders(mods)
    real_compile = regex.compile

    def recording(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        compiled = real_compile(pattern, flags, *args, **kwargs)
        if isinstance(pattern, str):
            found.setdefault((compiled.pattern, compiled.flags), _caller())
        return compiled

    modes: dict[Any, set[str]] = {}

    def spy(mode: str, real: Callable[..., Any]) -> Callable[..., Any]:
        """`real` (a method of the guarded Pattern) recording how each pattern is run."""
        def wrapper(pattern: Any, *args: Any, **kwargs: Any) -> Any:
            modes.setdefault((pattern.pattern, pattern.flags), set()).add(mode)
            return real(pattern, *args, **kwargs)
        return wrapper

    monkeypatch.setattr(regex, "compile", recording)
    for mode in ("fullmatch", "match", "search", "finditer", "findall", "sub", "split"):
        monkeypatch.setattr(resources.Pattern, mode, spy(mode, getattr(resources.Pattern, mode)))
    for builder in builders:
        builder.cache_clear()  # type: ignore[attr-defined]
    resources.compile_pattern.cache_clear()
    for builder in builders:
        try:
            with warnings.catch_warnings():  # called for their patterns, not their side effects
                warnings.simplefilter("ignore")
                built = builder()
            for p in _patterns_in(built):
                found.setdefault((p.pattern, p.flags), f"{builder.__module__}.{builder.__name__}")
        except Exception:
            continue
    parse = newsnlp.Pipeline().parse
    for page in _pages():
        parse(page)
    # Patterns only ever run anchored (`fullmatch`, `match` at a position) are checked that
    # way: a `(?s).*x` or `[ \t]+x` idiom is linear there but not under `search`.
    anchored_only = {key: tuple(sorted(used)) for key, used in modes.items()
                     if used <= {"fullmatch", "match"}}
    def is_static(where: str) -> bool:
        return re.search(r"\.py:\d+$", where) is not None

    seen_live = {src for (src, _), where in found.items() if not is_static(where)}
    static = [key for key, where in found.items() if is_static(where) and key[0] in seen_live]
    for key in static:
        del found[key]  # the same pattern is known with the flags it really runs with
    return found, anchored_only


@pytest.fixture(scope="module")
def all_patterns() -> Collected:
    with pytest.MonkeyPatch.context() as mp:
        return _collect(mp)


def test_patterns_are_found(all_patterns: Collected) -> None:
    """The collection sees data-file, dates and institutions patterns (no silent 0)."""
    found, _ = all_patterns
    places = " ".join(found.values())
    assert len(found) >= 50
    assert "(run time)" in places
    for module in ("newsnlp.layout.linetypes", "newsnlp.extract.quotes", "newsnlp.extract.dates"):
        assert module in places, module


def _first_slow_run(pattern: Any, modes: tuple[str, ...]) -> str | None:
    """The first adversarial string on which `pattern` exceeds the budget, or None."""
    for label, text in ADVERSARIAL:
        for mode in modes:
            run = getattr(pattern, mode)
            began = time.process_time()  # CPU time: a busy machine does not inflate it
            with contextlib.suppress(TimeoutError):
                run(text, timeout=BUDGET)
            took = time.process_time() - began
            if took > BUDGET * 0.9:
                return f"{mode} on {label}: {took:.2f}s"
    return None


def test_every_pattern_is_fast_on_hostile_strings(
        all_patterns: Collected) -> None:
    found, anchored_only = all_patterns
    failures: list[str] = []
    for (source, flags), where in sorted(found.items(), key=lambda kv: kv[1]):
        pattern = regex.compile(source, flags)
        modes = anchored_only.get((source, flags), ("search", "fullmatch"))
        slow = _first_slow_run(pattern, modes)
        if slow is not None:
            failures.append(f"{where}: {source[:100]!r}: {slow}")
    assert not failures, "slow patterns:\n" + "\n".join(failures)


# --- the guard cannot be bypassed -----------------------------------------------------------

def test_only_resources_can_compile_a_pattern() -> None:
    """No module but `resources` imports `re` or `regex`, and none reaches into a guarded
    pattern's raw one: every pattern is compiled by `compile_pattern` and every match runs
    under the timeout guard."""
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        if path == SRC / "resources.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [(node.module or "").split(".")[0]]
            elif isinstance(node, ast.Attribute) and node.attr == "_raw":
                names = ["._raw"]
            if any(name in ("re", "regex", "._raw") for name in names):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not offenders, "regex use outside the guard: " + ", ".join(offenders)

