"""The `newsnlp` command line: parse, annotate, schema.

Exit codes: 0 success; 1 some records failed (their `error` is in the output); 2 unusable
arguments or inputs (one-line message on stderr); 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from newsnlp.inputs import InputError, Record, check_inputs, iter_records

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """A problem with the command line itself."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsnlp", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    ps = sub.add_parser("parse", help="parse one page and print its Article as JSON")
    ps.add_argument("file", help="a .txt file, or - for standard input")
    ps.add_argument("--format", choices=("full", "flat"), default="full")
    ps.add_argument("--published", help="publication date (ISO 8601), overrides the page")
    pa = sub.add_parser("annotate", help="annotate many pages into JSONL (one line per input)")
    pa.add_argument("inputs", nargs="+", type=Path,
                    help=".txt files, folders of .txt files, or .jsonl files with id and text")
    pa.add_argument("-o", "--output", type=Path, required=True, help="output file")
    pa.add_argument("--format", choices=("full", "flat"), default="full")
    pa.add_argument("--overwrite", action="store_true", help="replace an existing output")
    pa.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    sub.add_parser("schema", help="print the JSON Schema of the Article")
    return p


def _record_json(rec: Record, fmt: str, article: Any) -> dict[str, Any]:
    if article is None:
        return {"id": rec.id, "error": rec.error}
    if fmt == "flat":
        return dict(article.to_flat())
    return dict(article.model_dump(mode="json"))


def _annotate_records(records: Iterator[Record], fmt: str) -> Iterator[tuple[dict[str, Any], bool]]:
    """(output object, ok) per record, in input order."""
    from newsnlp.pipeline import Pipeline

    pipeline = Pipeline()
    for rec in records:
        if rec.text is None:
            yield {"id": rec.id, "error": rec.error}, False
            continue
        try:
            article = pipeline.parse(rec.text, published=rec.published, url=rec.url, id=rec.id)
        except Exception as exc:
            yield {"id": rec.id, "error": {"type": type(exc).__name__,
                                           "message": str(exc)[:500]}}, False
            continue
        yield _record_json(rec, fmt, article), True


def _progress(it: Iterator[Any], enabled: bool) -> Iterator[Any]:
    if not enabled:
        return it
    from tqdm import tqdm

    return iter(tqdm(it, unit="page", file=sys.stderr, mininterval=0.5))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def cmd_annotate(args: argparse.Namespace) -> int:
    inputs: list[Path] = args.inputs
    out: Path = args.output
    check_inputs(inputs)
    for path in inputs:
        if _same_file(path, out) or (path.is_dir() and _same_file(out.parent, path)
                                     and out.suffix == ".txt"):
            raise UsageError(f"output {out} would overwrite an input")
    if out.exists() and not args.overwrite:
        raise UsageError(f"output {out} exists; pass --overwrite to replace it")
    out.parent.mkdir(parents=True, exist_ok=True)
    failures = 0
    show = not args.no_progress and sys.stderr.isatty()
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for obj, ok in _progress(_annotate_records(iter_records(inputs), args.format), show):
            failures += not ok
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    tmp.replace(out)
    return EXIT_RECORD_ERRORS if failures else EXIT_OK


def _read_one(name: str, stdin: TextIO) -> str:
    if name == "-":
        return stdin.read()
    path = Path(name)
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    from newsnlp.decode import DecodeError, decode_bytes

    try:
        return decode_bytes(path.read_bytes())[0]
    except DecodeError as exc:
        raise InputError(f"{path}: {exc}") from exc


def cmd_parse(args: argparse.Namespace) -> int:
    from newsnlp.pipeline import parse

    text = _read_one(args.file, sys.stdin)
    article = parse(text, published=args.published,
                    id=None if args.file == "-" else Path(args.file).stem)
    data = article.to_flat() if args.format == "flat" else article.model_dump(mode="json")
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def cmd_schema(_: argparse.Namespace) -> int:
    from newsnlp.models import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsnlp` command."""
    args = _parser().parse_args(argv)
    commands = {"parse": cmd_parse, "annotate": cmd_annotate, "schema": cmd_schema}
    try:
        return commands[args.command](args)
    except (UsageError, InputError) as exc:
        print(f"newsnlp: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsnlp: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
