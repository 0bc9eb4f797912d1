"""HTML pages in: newsnlp against trafilatura and jusText on the shared real pages.

    python benchmarks/html_pages.py [--held-out] [--pages PAGES.jsonl.gz]
    python benchmarks/html_pages.py --warc 1000   # WARC throughput, --workers 2 vs trafilatura

The first form scores each extractor on every page's raw `html` with the metrics of
`../shared/eval/score_pages.py` (title accuracy, body token F1, per site and the macro average
over sites), and newsnlp on the page's `text` field for comparison. The shipped layout models
were trained on these pages, so newsnlp's default figures are in-sample; with `--held-out`
each page is parsed by models trained without its site (leave-one-site-out, a few minutes),
in the same run as the peers. The second builds a WARC of N records from the pages' HTML
(repeated) in a temporary folder, times `newsnlp annotate --workers 2` on it and
trafilatura's extraction of the same records in one process, and prints pages/s.
trafilatura and jusText are benchmark-only
dependencies (`pip install trafilatura justext lxml_html_clean`).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # training/ (the scorer adaptor and the folds) is not installed
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
PAGES = SHARED / "realdata" / "pages" / "waddle_pl_dev.jsonl.gz"
Extractor = Callable[[str], dict[str, Any]]


def newsnlp_fn() -> Extractor:
    """newsnlp with the shipped models, reduced as the scorer adaptor does
    (`training/layout/score_fn.py`): the title, and the running text in page order."""
    from training.layout.score_fn import extract

    return extract


def held_out_fn(records: list[dict[str, Any]], field: str) -> Extractor:
    """newsnlp where each page is parsed by layout models trained without its site
    (`training.layout.evaluate.cross_validated`): the figure that counts, since the shipped
    models were trained on these pages."""
    from training.layout.evaluate import cross_validated

    predicted = cross_validated(records, field)
    by_page = {str(r[field]): predicted[str(r["id"])] for r in records}
    return lambda page: by_page[page]


def trafilatura_fn() -> Extractor:
    import trafilatura

    def run(page: str) -> dict[str, Any]:
        doc = trafilatura.bare_extraction(page, with_metadata=True, as_dict=True)
        if not doc:
            return {"title": None, "body": []}
        return {"title": doc.get("title"), "body": (doc.get("text") or "").split("\n")}

    return run


def justext_fn() -> Extractor:
    """jusText keeps the main-text paragraphs; its first heading among them is the title."""
    import justext

    stoplist = justext.get_stoplist("Polish")

    def run(page: str) -> dict[str, Any]:
        paragraphs = [p for p in justext.justext(page.encode("utf-8"), stoplist,
                                                 encoding="utf-8") if not p.is_boilerplate]
        title = next((p.text for p in paragraphs if p.is_heading), None)
        return {"title": title, "body": [p.text for p in paragraphs if p.text != title]}

    return run


def score(records: list[dict[str, Any]], held_out: bool) -> None:
    sys.path.insert(0, str(SHARED / "eval"))
    from score_pages import evaluate

    ours: list[tuple[str, Extractor, str]] = [
        ("newsnlp (html)", newsnlp_fn(), "html"), ("newsnlp (text field)", newsnlp_fn(), "text")]
    if held_out:
        ours = [("newsnlp (html, held-out site)", held_out_fn(records, "html"), "html"),
                ("newsnlp (text field, held-out site)", held_out_fn(records, "text"), "text")]
    runs = [ours[0], ("trafilatura (html)", trafilatura_fn(), "html"),
            ("jusText (html)", justext_fn(), "html"), ours[1]]
    results = {}
    for name, fn, field in runs:
        res = evaluate(records, fn, field)
        results[name] = res
        print(json.dumps({"extractor": name, **{k: v for k, v in res.items()
                                                 if k not in ("per_page", "per_site_f1")}}))
    sites = sorted(next(iter(results.values()))["per_site_f1"])
    print("| site | pages | " + " | ".join(results) + " |")
    print("|---|---:|" + "---:|" * len(results))
    counts = {s: sum(1 for r in records if r["site"] == s) for s in sites}
    for site in sites:
        row = " | ".join(f"{res['per_site_f1'][site]:.3f}" for res in results.values())
        print(f"| {site} | {counts[site]} | {row} |")


def build_warc(records: list[dict[str, Any]], n: int, path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(n):
            rec = records[i % len(records)]
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            uri = f"https://{rec['site']}/page/{i}"
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(rec["html"].encode("utf-8")),
                http_headers=headers))


def throughput(records: list[dict[str, Any]], n: int) -> None:
    from newsnlp.io.inputs import iter_records

    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "pages.warc.gz"
        build_warc(records, n, warc)
        out = Path(tmp) / "out.jsonl"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "newsnlp", "annotate", str(warc), "-o", str(out),
                        "--workers", "2", "--no-progress"], check=True)
        ours = time.perf_counter() - started
        with out.open(encoding="utf-8") as fh:
            written = sum(1 for _ in fh)
        import trafilatura

        started = time.perf_counter()
        pages = [r.text for r in iter_records([warc]) if r.text]
        for page in pages:
            trafilatura.extract(page)
        theirs = time.perf_counter() - started
    print(json.dumps({"records": n, "written": written,
                      "newsnlp_workers2_pages_per_s": round(n / ours, 2),
                      "trafilatura_1proc_pages_per_s": round(n / theirs, 2),
                      "ratio": round(theirs / ours, 2)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--warc", type=int, metavar="N", help="time a WARC of N records instead")
    ap.add_argument("--held-out", action="store_true",
                    help="newsnlp's layout models trained without each page's site")
    args = ap.parse_args()
    with gzip.open(args.pages, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    if args.warc:
        throughput(records, args.warc)
    else:
        score(records, args.held_out)


if __name__ == "__main__":
    main()
