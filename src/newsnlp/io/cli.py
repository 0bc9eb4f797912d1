"""The `newsnlp` command line: parse, annotate, render, schema (reference: docs/cli.md).

Exit codes: 0 success; 1 some records failed (their `error` is in the output); 2 unusable
arguments, inputs or output, or an output that cannot be written (one-line message on
stderr); 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections import Counter
from collections.abc import Generator, Iterator, Sequence
from contextlib import ExitStack, closing, contextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TextIO

from newsnlp.io.batch import DASK_CHUNK_SIZE, DEFAULT_CHUNK_SIZE, annotate, skip_done
from newsnlp.io.encoders import FORMATS, JSON_LINES, OutputError, Result
from newsnlp.io.inputs import (
    KINDS,
    Fields,
    InputError,
    Record,
    check_inputs,
    count_records,
    iter_records,
    kind,
)
from newsnlp.io.writers import Writer, open_writer, partial_path

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143


class UsageError(Exception):
    """A problem with the command line itself."""


class Terminated(BaseException):
    """SIGTERM arrived: unwind like Ctrl-C, so worker processes are shut down (a
    BaseException, so that no stage guard takes it for a failed page)."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def _version() -> str:
    try:
        return version("newsnlp")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


_PUBLISHED_HELP = ("publication date, overrides the page: ISO 8601 or free form "
                   "(`wczoraj`, `04.12.2026 10:33`, `2 dni temu`)")


def _published_arg(value: str) -> str | None:
    """`--published` read once, as the pipeline reads it; an unreadable value is a usage
    error (exit 2) before any page is read."""
    from newsnlp.extract.dates.caller import read_published

    try:
        return read_published(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsnlp", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"newsnlp {_version()}")
    sub = p.add_subparsers(dest="command")
    ps = sub.add_parser("parse", help="parse one page and print its Article as JSON")
    ps.add_argument("file", help="a .txt or .html file, or - for standard input")
    ps.add_argument("--format", choices=("full", "flat"), default="full")
    ps.add_argument("--published", type=_published_arg, help=_PUBLISHED_HELP)
    _annotate_parser(sub)
    pr = sub.add_parser("render", help="write a self-contained HTML view of one parsed page")
    pr.add_argument("file", help="a .txt or .html file, or - for standard input")
    pr.add_argument("-o", "--output", type=Path, required=True, help="the .html file to write")
    pr.add_argument("--published", type=_published_arg, help=_PUBLISHED_HELP)
    pr.add_argument("--overwrite", action="store_true", help="replace an existing output")
    sub.add_parser("schema", help="print the JSON Schema of the Article")
    return p


def _annotate_parser(sub: Any) -> None:
    """The `annotate` sub-command and its options (documented in docs/cli.md)."""
    pa = sub.add_parser("annotate", help="annotate many pages (one output record per input)",
                        description="Annotate pages in input order, streaming; see docs/cli.md.")
    pa.add_argument("inputs", nargs="+", type=Path,
                    help=".txt, .html/.htm, .jsonl, .warc/.arc files (or .gz of any), or "
                         "folders of them")
    pa.add_argument("-o", "--output", type=Path, required=True,
                    help="output file (jsonl, full, flat) or directory (parquet, docbin)")
    pa.add_argument("--format", choices=FORMATS, default="jsonl",
                    help="jsonl=full: Article JSON lines; flat: gold-format lines; parquet: "
                         "a directory of tables; docbin: a directory of spaCy DocBins")
    mode = pa.add_mutually_exclusive_group()
    mode.add_argument("--overwrite", action="store_true", help="replace an existing output")
    mode.add_argument("--resume", action="store_true",
                      help="keep the records already in the output and append the others")
    pa.add_argument("--workers", type=_positive, default=1,
                    help="worker processes (with --dask local: Dask workers); default 1")
    pa.add_argument("--dask", metavar="ADDRESS",
                    help="run on Dask: 'local' starts a local cluster, tcp://HOST:PORT uses "
                         "a running scheduler")
    pa.add_argument("--chunk-size", type=_positive,
                    help=f"pages per task sent to a worker (default {DEFAULT_CHUNK_SIZE}, "
                         f"with --dask {DASK_CHUNK_SIZE})")
    pa.add_argument("--part-size", type=_positive,
                    help="records per part file for parquet (default 10000) and docbin "
                         "(default 1000)")
    pa.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    fields = Fields()
    for name in ("text", "html", "id", "published", "url"):
        default = getattr(fields, name)
        pa.add_argument(f"--{name}-field", default=default, metavar="NAME",
                        help=f"JSONL field of the page's {name} (default {default!r})")


def _positive(value: str) -> int:
    """argparse type: an integer >= 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return number


def _progress(it: Iterator[Any], total: int | None, initial: int = 0) -> Iterator[Any]:
    """`it` with a tqdm bar on stderr, counting from the records already done; with the
    number of inputs known, the bar shows the total and the time left."""
    from tqdm import tqdm

    return iter(tqdm(it, unit="page", file=sys.stderr, mininterval=0.5, initial=initial,
                     total=total))


def _same_file(a: Path, b: Path) -> bool:
    """`a` and `b` are one file: the same path, or the same device and inode (a hard link)."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _check_not_input(inputs: Sequence[Path], out: Path) -> None:
    """Refuse an output that is, or would be read as, one of the inputs."""
    for path in inputs:
        if _same_file(path, out) or _same_file(path, partial_path(out)) or (
                path.is_dir() and _same_file(out.parent, path) and kind(out) in KINDS):
            raise UsageError(f"output {out} would overwrite an input")


@contextmanager
def _dask_client(args: argparse.Namespace) -> Iterator[Any]:
    """The Dask client of `--dask`, or None; connection problems are usage errors."""
    if not args.dask:
        yield None
        return
    with ExitStack() as stack:
        try:
            from newsnlp.io.dask_runner import connect

            client = stack.enter_context(connect(args.dask, args.workers))
        except ImportError as exc:
            raise UsageError(f"--dask needs dask: pip install 'newsnlp[dask]' ({exc})") \
                from exc
        except (OSError, ValueError) as exc:
            raise UsageError(f"cannot use the Dask scheduler {args.dask}: {exc}") from exc
        yield client


def _results(records: Iterator[Record], args: argparse.Namespace,
             client: Any) -> Generator[Result, None, None]:
    """Annotated records in input order, from worker processes or from Dask."""
    yield from annotate(records, fmt=args.format, workers=args.workers,
                        chunk_size=args.chunk_size, client=client)


def cmd_annotate(args: argparse.Namespace) -> int:
    """Annotate every input into the output, in order, one record per input."""
    inputs: list[Path] = args.inputs
    out: Path = args.output
    check_inputs(inputs)
    _check_not_input(inputs, out)
    mode = "overwrite" if args.overwrite else "resume" if args.resume else "new"
    with _dask_client(args) as client:
        writer = open_writer(args.format, out, mode=mode, part_size=args.part_size)
        for note in writer.notes:
            print(f"newsnlp: {out}: {note}", file=sys.stderr)
        fields = Fields(args.text_field, args.html_field, args.id_field, args.published_field,
                        args.url_field)
        records = iter_records(inputs, fields, _warn)
        return _run(writer, skip_done(records, writer.done), args, client)


def _warn(message: str) -> None:
    print(f"newsnlp: warning: {message}", file=sys.stderr)


def _run(writer: Writer, records: Iterator[Record], args: argparse.Namespace,
         client: Any) -> int:
    """Write every result and summarise on stderr; the exit code counts failed records,
    earlier ones included. On any failure the writer aborts: nothing incomplete is left
    where a complete output would be (docs/guarantees.md)."""
    failed: Counter[str] = Counter()
    written = 0
    done = sum(writer.done.values())
    try:
        with closing(_results(records, args, client)) as results:
            shown: Iterator[Result] = results
            if not args.no_progress and sys.stderr.isatty():
                shown = _progress(results, count_records(args.inputs), done)
            for result in shown:
                if not result.ok:
                    failed[result.error_type or "error"] += 1
                writer.write(result)
                written += 1
        writer.close()
    except OSError as exc:
        writer.abort()
        raise OutputError(f"cannot write {args.output}: {exc.strerror or exc} (the records "
                          "written so far are kept for --resume)") from exc
    except (KeyboardInterrupt, Terminated):
        writer.abort()
        kept = partial_path(args.output) if args.format in JSON_LINES else args.output
        _summary(kept, written, done, writer.failed, failed, " so far (--resume continues)")
        raise
    except BaseException:
        writer.abort()
        raise
    _summary(args.output, written, done, writer.failed, failed)
    return EXIT_RECORD_ERRORS if writer.failed or failed else EXIT_OK


def _summary(out: Path, written: int, done: int, failed_before: int,
             failed: Counter[str], note: str = "") -> None:
    """One line on stderr: records written, how many failed and why, where they are."""
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(failed.items()))
    line = f"newsnlp: {written} record(s) written to {out}{note}"
    if done:
        line += f" after the {done} already there ({failed_before} of them failed)"
    line += f"; {sum(failed.values())} failed" + (f" ({kinds})" if kinds else "")
    print(line, file=sys.stderr)


def _read_one(name: str, stdin: TextIO) -> str:
    if name == "-":
        return stdin.read()
    path = Path(name)
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    from newsnlp.text.decode import DecodeError, decode_bytes, decode_html

    decode = decode_bytes if kind(path) == ".txt" else decode_html
    try:
        data = path.read_bytes()
        if not data.strip():
            _warn(f"{path}: empty file")
        return decode(data)[0]
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


def cmd_render(args: argparse.Namespace) -> int:
    from newsnlp.io.render import render_html
    from newsnlp.pipeline import parse

    out: Path = args.output
    if args.file != "-" and _same_file(Path(args.file), out):
        raise UsageError(f"output {out} would overwrite the input")
    if out.exists() and not args.overwrite:
        raise UsageError(f"output {out} exists; pass --overwrite to replace it")
    if not out.parent.is_dir():
        raise UsageError(f"cannot write {out}: no such folder {out.parent}")
    text = _read_one(args.file, sys.stdin)
    article = parse(text, published=args.published,
                    id=None if args.file == "-" else Path(args.file).stem)
    partial = partial_path(out)
    try:
        partial.write_text(render_html(article), encoding="utf-8")
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return EXIT_OK


def cmd_schema(_: argparse.Namespace) -> int:
    from newsnlp.models import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsnlp` command (alone: its help)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    commands = {"parse": cmd_parse, "annotate": cmd_annotate, "render": cmd_render,
                "schema": cmd_schema}
    with _on_sigterm():
        try:
            code = commands[args.command](args)
            sys.stdout.flush()  # a full disk behind stdout is reported here, not at exit
            return code
        except (UsageError, InputError, OutputError, OSError) as exc:  # OSError: refused by
            print(f"newsnlp: error: {exc}", file=sys.stderr)          # the system (disk, rights)
            return EXIT_USAGE
        except KeyboardInterrupt:
            print("newsnlp: interrupted", file=sys.stderr)
            return EXIT_INTERRUPTED
        except Terminated:
            print("newsnlp: terminated", file=sys.stderr)
            return EXIT_TERMINATED


@contextmanager
def _on_sigterm() -> Iterator[None]:
    """SIGTERM raises `Terminated` while the command runs (main thread only)."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
