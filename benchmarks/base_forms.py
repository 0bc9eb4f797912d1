"""Benchmark `newsnlp.base_form` on the real corpora in ../shared/realdata (issue 8).

Prints PolEval scores (0.2 x case-sensitive + 0.8 x case-insensitive accuracy) and
case-insensitive accuracy on KPWr TUNE (all, nam_org_*, nam_org_institution) and TRAIN, the
PolEval 2019 training gold, the "form unchanged" baseline beside each, and speed over the
TUNE phrases in a fresh process: cold (import, Morfeusz load, first pass), first pass (Morfeusz
load included, imports not) and warm (second pass, phrase-cache hits). Everything again with
the fallback (NEWSNLP_NO_MORFEUSZ=1) unless --no-fallback.

    .venv/bin/python benchmarks/base_forms.py [--data DIR] [--split test=FILE] [--errors N]
    .venv/bin/python benchmarks/base_forms.py --learn   # rewrite src/newsnlp/data/morphology/
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
_PUNCT_NO_SPACE_BEFORE = frozenset(".,:;!?)]")


class Row(NamedTuple):
    """One gold pair: the form as it occurs, its base form, and a category ('' if none)."""

    form: str
    gold: str
    category: str


def glue_train(tokens: Sequence[str], flags: Sequence[str]) -> str:
    """KPWr TRAIN column 2: tokens with column 5 'space after' flags."""
    out = []
    for tok, flag in zip(tokens, flags, strict=True):
        out.append(tok)
        if flag == "True":
            out.append(" ")
    return "".join(out).strip()


def glue_punct(text: str) -> str:
    """KPWr TUNE/TEST column 2: remove the spaces a tokeniser put before punctuation."""
    tokens = text.split(" ")
    out: list[str] = []
    for tok in tokens:
        if out and tok and (tok[0] in _PUNCT_NO_SPACE_BEFORE and len(tok) == 1):
            out[-1] += tok
        else:
            out.append(tok)
    return " ".join(out)


def read_kpwr(path: Path) -> list[Row]:
    """Rows of a Polem KPWr file, the form detokenised as its split needs (see README)."""
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line in fh:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 6:
                continue
            gold, form, flags, category = cols[0], cols[1], cols[4].split(), cols[5]
            tokens = form.split(" ")
            if "-train" in path.name and len(tokens) == len(flags):
                form = glue_train(tokens, flags)
            else:
                form = glue_punct(form)
            rows.append(Row(form, gold, category))
    return rows


def read_poleval(path: Path) -> list[Row]:
    """Rows of the PolEval 2019 task 2 index (id, document, form, gold)."""
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for cols in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(cols) >= 4:
                rows.append(Row(cols[2], cols[3].rstrip("\r"), ""))
    return rows


class Score(NamedTuple):
    """Accuracy figures of one row set."""

    n: int
    poleval: float
    ci: float
    unchanged: float


def score(rows: Sequence[Row], predict: Callable[[str], str]) -> Score:
    """PolEval score, case-insensitive accuracy, and the unchanged-form PolEval score."""
    if not rows:
        return Score(0, 0.0, 0.0, 0.0)
    cs = ci = ucs = uci = 0
    for row in rows:
        pred = predict(row.form)
        cs += pred == row.gold
        ci += pred.lower() == row.gold.lower()
        ucs += row.form == row.gold
        uci += row.form.lower() == row.gold.lower()
    n = len(rows)
    return Score(n, (0.2 * cs + 0.8 * ci) / n, ci / n, (0.2 * ucs + 0.8 * uci) / n)


def subsets(rows: Sequence[Row]) -> dict[str, list[Row]]:
    """All rows, nam_org_* rows and nam_org_institution rows."""
    return {
        "all": list(rows),
        "nam_org_*": [r for r in rows if r.category.startswith("nam_org_")],
        "nam_org_institution": [r for r in rows if r.category == "nam_org_institution"],
    }


def speed(data: Path, fallback: bool) -> dict[str, float]:
    """Phrases per second of a fresh process over the TUNE phrases: cold (import, Morfeusz
    load and first pass), first pass (Morfeusz load included, imports not), warm (second
    pass over the same phrases, phrase cache hits)."""
    env = dict(os.environ)
    env.pop("NEWSNLP_NO_MORFEUSZ", None)
    if fallback:
        env["NEWSNLP_NO_MORFEUSZ"] = "1"
    code = (
        "import sys,time,warnings;warnings.simplefilter('ignore');"
        "sys.path.insert(0, sys.argv[1]);import base_forms as b;from pathlib import Path;"
        "p=[r.form for r in b.read_kpwr(Path(sys.argv[2])/'kpwr-1.2-ne-tune-fix.tsv')];"
        "t0=time.perf_counter();from newsnlp.morph.baseform import base_form;"
        "t1=time.perf_counter();[base_form(x) for x in p];t2=time.perf_counter();"
        "[base_form(x) for x in p];t3=time.perf_counter();"
        "print(len(p)/(t2-t0), len(p)/(t2-t1), len(p)/(t3-t2))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), str(data)],
        env=env, capture_output=True, text=True, check=True,
    )
    cold, first, warm = (float(x) for x in out.stdout.split())
    return {"cold": cold, "first": first, "warm": warm}


def evaluate(data: Path, extra: dict[str, Path], errors: int) -> dict[str, object]:
    """All accuracy and speed figures of the current mode (Morfeusz or fallback)."""
    from newsnlp.morph.baseform import base_form

    results: dict[str, object] = {}
    splits = {
        "tune": data / "kpwr-1.2-ne-tune-fix.tsv",
        "train": data / "kpwr-1.2-ne-train-fix.tsv",
    }
    splits.update(extra)
    for name, path in splits.items():
        rows = read_kpwr(path)
        for sub, sub_rows in subsets(rows).items():
            results[f"kpwr {name} {sub}"] = score(sub_rows, base_form)._asdict()
        if errors and name == "tune":
            wrong = [r for r in rows if base_form(r.form).lower() != r.gold.lower()]
            for r in wrong[:errors]:
                print(f"  {r.category}\t{r.form!r}\t-> {base_form(r.form)!r}\tgold {r.gold!r}")
    poleval = data / "index_train.tsv"
    results["poleval index_train"] = score(read_poleval(poleval), base_form)._asdict()
    return results


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark in both modes and print a table (and JSON with --json)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", action="append", default=[], help="NAME=PATH of another KPWr file")
    ap.add_argument("--errors", type=int, default=0, help="print N tune errors")
    ap.add_argument("--no-fallback", action="store_true")
    ap.add_argument("--mode", choices=["morfeusz", "fallback"], help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--learn", action="store_true", help="rewrite the packaged data from TRAIN")
    args = ap.parse_args(argv)
    if args.learn:
        learn(args.data)
        return
    extra = {k: Path(v) for k, v in (s.split("=", 1) for s in args.split)}

    if args.mode:  # child process: one mode, JSON out
        import warnings

        warnings.simplefilter("ignore")
        res = evaluate(args.data, extra, args.errors)
        res["speed"] = speed(args.data, args.mode == "fallback")
        print("JSON" + json.dumps(res))
        return

    modes = ["morfeusz"] + ([] if args.no_fallback else ["fallback"])
    table: dict[str, dict[str, object]] = {}
    for mode in modes:
        env = dict(os.environ)
        env.pop("NEWSNLP_NO_MORFEUSZ", None)
        if mode == "fallback":
            env["NEWSNLP_NO_MORFEUSZ"] = "1"
        cmd = [sys.executable, __file__, "--mode", mode, "--data", str(args.data)]
        cmd += [f"--split={s}" for s in args.split]
        cmd += ["--errors", str(args.errors if mode == "morfeusz" else 0)]
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            if line.startswith("JSON"):
                table[mode] = json.loads(line[4:])
            else:
                print(line)
    print_table(table)
    if args.json:
        print(json.dumps(table, indent=1))


def print_table(table: dict[str, dict[str, object]]) -> None:
    """Accuracy rows (PolEval / case-insensitive per mode, unchanged baseline) and speed."""
    modes = list(table)
    first = table[modes[0]]
    head = f"{'set':36} {'n':>6} " + " ".join(f"{m + ' PolEval':>17} {'ci':>6}" for m in modes)
    print(head + f" {'unchanged':>10}")
    for key in first:
        if key == "speed":
            continue
        cells = []
        for m in modes:
            s = table[m][key]
            assert isinstance(s, dict)
            cells.append(f"{s['poleval']:17.4f} {s['ci']:6.4f}")
        s0 = first[key]
        assert isinstance(s0, dict)
        print(f"{key:36} {s0['n']:6d} " + " ".join(cells) + f" {s0['unchanged']:10.4f}")
    for m in modes:
        sp = table[m]["speed"]
        assert isinstance(sp, dict)
        print(
            f"speed {m:9} phrases/s: cold {sp['cold']:,.0f}  first pass (after import)"
            f" {sp['first']:,.0f}  warm {sp['warm']:,.0f}"
        )


# --- learning the packaged data (run with --learn; reads TRAIN only) ----------------------

RULES_HEADER = """# {what}
# Learned by benchmarks/base_forms.py --learn from the KPWr 1.2 TRAIN split as distributed by
# CLARIN-PL/Polem (corpus/kpwr-1.2-ne-train-fix.tsv, commit b5fcdc7). KPWr (Polish Corpus of
# Wroclaw University of Technology) is licensed CC BY 3.0; this file holds derived statistics
# only, no corpus text. Attribution: Broda et al., KPWr: Towards a Free Corpus of Polish, LREC 2012.
"""


def aligned_words(rows: Sequence[Row]) -> list[tuple[int, str, str, list[str], str]]:
    """(position in span, form word, gold word, span words, case) for rows whose form and
    gold split into the same number of words; only the inflectable span counts. `case` is
    the agreement case of an unknown word that the Morfeusz parse sends to suffix rules."""
    from newsnlp.morph import learning

    out = []
    for row in rows:
        form = learning.form_words(row.form)
        g_words = learning.words_of(row.gold)
        if len(form.words) != len(g_words):
            continue
        for n, (f, g) in enumerate(zip(form.span, g_words, strict=False)):
            out.append((n, f, g, form.span, form.unknown_cases.get(n, "")))
    return out


def learn_weights(rows: Sequence[Row], epochs: int = 20) -> dict[str, float]:
    """Weights ranking the readings of the first span word so that the top reading gives the
    gold word (words where no reading, or every reading, does are skipped)."""
    from newsnlp.morph import learning

    examples = []
    for n, f, g, _, _ in aligned_words(rows):
        if n > 0:
            continue
        cands = [(feats, nom.lower() == g.lower())
                 for feats, nom in learning.reading_candidates(f)]
        if any(ok for _, ok in cands) and not all(ok for _, ok in cands):
            examples.append(cands)
    return fit_loglinear(examples, epochs)


def fit_loglinear(examples: Sequence[list[tuple[tuple[str, ...], bool]]], epochs: int,
                  rate: float = 1.0, l2: float = 1e-4) -> dict[str, float]:
    """Weights of a log-linear ranking model: maximise the probability mass of the candidates
    that give the gold word (stochastic gradient ascent, L2, fixed order: deterministic)."""
    import math
    from collections import defaultdict

    w: dict[str, float] = defaultdict(float)
    for epoch in range(epochs):
        step = rate / (1 + epoch)
        for cands in examples:
            scores = [sum(w[x] for x in feats) for feats, _ in cands]
            top = max(scores)
            exp = [math.exp(v - top) for v in scores]
            z = sum(exp)
            zc = sum(e for e, (_, ok) in zip(exp, cands, strict=True) if ok)
            grad: dict[str, float] = defaultdict(float)
            for e, (feats, ok) in zip(exp, cands, strict=True):
                g = (e / zc if ok else 0.0) - e / z
                for x in feats:
                    grad[x] += g
            for x, g in grad.items():
                w[x] += step * (g - l2 * w[x])
    return dict(w)


def transformation(form: str, gold: str) -> tuple[str, str]:
    """(ending to remove, ending to add) turning `form` into `gold`, lower-cased."""
    f, g = form.lower(), gold.lower()
    k = 0
    while k < min(len(f), len(g)) and f[k] == g[k]:
        k += 1
    return f[k:], g[k:]


UNKNOWN_CHANGE_SHARE = 0.6


def learn_suffix_rules(rows: Sequence[Row], min_support: int = 3,
                       max_len: int = 5) -> list[tuple[str, str, str, str, int]]:
    """Suffix rules per context ('unknown' words with Morfeusz; 'first'/'later' span words for
    the fallback): the most frequent transformation of each ending, kept only where it differs
    from the rule of the next shorter ending."""
    from collections import Counter, defaultdict

    from newsnlp.morph import learning

    counts: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    for n, f, g, span, case in aligned_words(rows):
        if f[:1].isdigit() or (len(f) > 1 and f.isupper()):
            continue
        contexts = ["first" if n == 0 else "later"]
        if n == 0:
            contexts.append(learning.fallback_context(span[1] if len(span) > 1 else None))
        if learning.is_unknown(f):
            contexts.append("unknown")
        if case:
            contexts.append(f"unknown|{case}")
        t = transformation(f, g)
        low = f.lower()
        for ctx in contexts:
            for size in range(1, min(len(low), max_len) + 1):
                counts[(ctx, low[-size:])][t] += 1
    effective: dict[tuple[str, str], tuple[str, str]] = {}
    out = []
    for (ctx, suf) in sorted(counts, key=lambda k: (k[0], len(k[1]), k[1])):
        c = counts[(ctx, suf)]
        parent = effective.get((ctx, suf[1:]), ("", "")) if len(suf) > 1 else ("", "")
        total = sum(c.values())
        best, n = c.most_common(1)[0]
        # a change for an unknown word needs a clear majority (precision first)
        need = UNKNOWN_CHANGE_SHARE if ctx.startswith("unknown") and best != ("", "") else 0.5
        rule = best if total >= min_support and n > need * total else parent
        effective[(ctx, suf)] = rule
        if rule != parent:
            out.append((ctx, suf, rule[0], rule[1], total))
    return out


TERC_HEADER = """# Polish municipality and town names (nominative), one per line.
# Derived by benchmarks/base_forms.py --learn from the GUS TERYT TERC register
# (TERC_Adresowy_2017-07-17.csv as copied in alchrabas/bestaro-locator, commit 6f05893).
# Source: Główny Urząd Statystyczny (GUS), TERYT; an official register, reused with attribution.
"""


def terc_names(path: Path) -> list[str]:
    """Capitalised names of gminas, towns and cities in the TERC register."""
    names = set()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            name = row["NAZWA"].strip()
            if name[:1].isupper() and not name.isupper():
                names.add(name)
    return sorted(names)


def learn(data: Path) -> None:
    """Write src/newsnlp/data/morphology/{reading_prior,suffix_rules}.tsv from TRAIN."""
    import os as _os

    _os.environ.pop("NEWSNLP_NO_MORFEUSZ", None)
    target = Path(__file__).resolve().parents[1] / "src" / "newsnlp" / "data" / "morphology"
    with (target / "localities.tsv").open("w", encoding="utf-8") as fh:
        fh.write(TERC_HEADER)
        fh.writelines(name + "\n" for name in terc_names(data / "TERC_Adresowy_2017-07-17.csv"))
    rows = read_kpwr(data / "kpwr-1.2-ne-train-fix.tsv")
    rules = learn_suffix_rules(rows)
    with (target / "suffix_rules.tsv").open("w", encoding="utf-8") as fh:
        fh.write(RULES_HEADER.format(what="Suffix rules: context, ending, remove, add, support."))
        for ctx, suf, rem, add, n in rules:
            fh.write(f"{ctx}\t{suf}\t{rem}\t{add}\t{n}\n")
    from newsnlp.morph import learning

    learning.reload_suffix_rules()  # the weights use the rules as a feature
    weights = learn_weights(rows)
    with (target / "reading_weights.tsv").open("w", encoding="utf-8") as fh:
        fh.write(RULES_HEADER.format(what="Reading-ranking weights: feature, weight."))
        for key, wt in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
            if abs(wt) >= 0.005:
                fh.write(f"{key}\t{wt:.3f}\n")
    print(f"wrote {len(rules)} suffix rules and {len(weights)} weights to {target}")


if __name__ == "__main__":
    main()
