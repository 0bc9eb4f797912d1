"""Parse every page in the repo and in ../shared, and save or compare the full Article JSON.

    python scripts/check_identical.py save BASELINE.jsonl     # before a refactor
    python scripts/check_identical.py compare BASELINE.jsonl  # after: lists pages that differ

A refactor that claims "output unchanged" runs this before and after (design.md).
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import newsnlp

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
              ROOT.parent / "shared")


def _jsonl(path: Path) -> Iterator[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def pages() -> Iterator[tuple[str, str]]:
    """Every (id, input) pair: repo examples, dev pages, real pages (text and HTML), corpora."""
    for path in sorted((ROOT / "examples").glob("*.txt")):
        yield f"examples/{path.name}", path.read_text(encoding="utf-8")
    for path in sorted((SHARED / "eval" / "dev").glob("*.txt")):
        yield f"dev/{path.name}", path.read_text(encoding="utf-8")
    real = SHARED / "realdata" / "pages" / "waddle_pl_dev.jsonl.gz"
    if real.exists():
        for rec in _jsonl(real):
            yield f"pages/{rec['id']}/text", str(rec["text"])
            yield f"pages/{rec['id']}/html", str(rec["html"])
    for name in ("cen_dev", "cen_train"):
        corpus = SHARED / "realdata" / "ner" / f"{name}.jsonl.gz"
        if corpus.exists():
            for rec in _jsonl(corpus):
                yield f"{name}/{rec['id']}", str(rec["text"])
    timex = SHARED / "realdata" / "kpwr_timex_train.jsonl"
    if timex.exists():
        for line in timex.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            yield f"timex/{rec['id']}", str(rec["text"])


def _output(article_json: str) -> dict[str, object]:
    """An Article's JSON without its schema version: a version bump is no change of output."""
    out: dict[str, object] = json.loads(article_json)
    out.pop("schema_version", None)
    return out


def main() -> None:
    mode, out = sys.argv[1], Path(sys.argv[2])
    pipeline = newsnlp.Pipeline()
    current = {pid: pipeline.parse(text).model_dump_json() for pid, text in pages()}
    if mode == "save":
        out.write_text("".join(json.dumps([k, v]) + "\n" for k, v in current.items()))
        print(f"saved {len(current)} pages to {out}")
        return
    saved = dict(json.loads(line) for line in out.read_text().splitlines())
    differ = [k for k in saved if _output(current.get(k, "{}")) != _output(saved[k])]
    missing = sorted(set(saved) ^ set(current))
    for pid in differ[:50]:
        old, new = _output(saved[pid]), _output(current.get(pid, "{}"))
        fields = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
        print("differs:", pid, "in", ", ".join(fields))
    print(f"{len(saved)} pages compared, {len(differ)} differ, {len(missing)} not in both")
    sys.exit(1 if differ or missing else 0)


if __name__ == "__main__":
    main()
