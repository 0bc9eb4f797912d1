"""Faults found by trying newsnlp as a new user and as an attacker would (issue 11).

Each test failed before its fix: hard links of an input, full disks and refused outputs, FIFOs
in an input folder, SIGTERM with worker processes, worker processes from a script without a
main guard, the summary line, `--version` and help, `render` into a missing folder,
Morfeusz's own stderr noise, line separators in ids.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsnlp.io import writers
from newsnlp.io.cli import EXIT_OK, EXIT_RECORD_ERRORS, EXIT_TERMINATED, EXIT_USAGE, main
from newsnlp.io.inputs import count_records
from newsnlp.io.runner import start_method

ROOT = Path(__file__).resolve().parents[1]
PAGE = ("Pożar hali w Sosnowcu\n\nW czwartek 12 marca 2026 r. o godz. 9:40 strażacy z KM PSP "
        "w Sosnowcu gasili pożar hali przy ul. 3 Maja. – Ogień szybko opanowano – mówi "
        "bryg. Jan Nowak.\n")
BOUNDED = 120  # seconds: a subprocess that takes longer has hung


def jsonl_input(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps({"id": f"p{i}", "text": PAGE.replace("12", str(i + 1))},
                                       ensure_ascii=False) + "\n" for i in range(n)),
                    encoding="utf-8")
    return path


def one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("newsnlp: error:"), err
    return lines[0]


# --- 3. hard links ---------------------------------------------------------------------------

def test_a_hard_link_of_the_input_is_refused_as_output(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    src = jsonl_input(tmp_path / "in.jsonl", 2)
    before = src.read_bytes()
    link = tmp_path / "out.jsonl"
    os.link(src, link)
    assert main(["annotate", str(src), "-o", str(link), "--overwrite"]) == EXIT_USAGE
    assert "overwrite an input" in one_line_error(capsys.readouterr().err)
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    os.link(page, tmp_path / "page.html")
    assert main(["render", str(page), "-o", str(tmp_path / "page.html"), "--overwrite"]) == 2
    one_line_error(capsys.readouterr().err)
    assert src.read_bytes() == before and page.read_text(encoding="utf-8") == PAGE


# --- 4. full disk, refused output ------------------------------------------------------------

def test_a_full_disk_gives_exit_2_one_line_and_no_output_that_looks_complete(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The output is written as /dev/full would take it: every flush fails with ENOSPC."""
    src = jsonl_input(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(writers, "partial_path", lambda path: Path("/dev/full"))
    assert main(["annotate", str(src), "-o", str(out), "--overwrite", "--no-progress"]) == 2
    line = one_line_error(capsys.readouterr().err)
    assert "No space left" in line and str(out) in line
    assert not out.exists()


def test_an_interrupted_jsonl_output_keeps_its_partial_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that stops half-way leaves OUTPUT.partial, never OUTPUT; resume completes it."""
    src = jsonl_input(tmp_path / "in.jsonl", 4)
    out = tmp_path / "out.jsonl"
    real_write = writers.JsonlWriter.write

    def write_two(self: writers.JsonlWriter, result: writers.Result) -> None:
        if sum(1 for _ in self.partial.open()) + self._pending >= 2:
            raise OSError(28, "No space left on device")
        real_write(self, result)
        self._fh.flush()

    monkeypatch.setattr(writers.JsonlWriter, "write", write_two)
    assert main(["annotate", str(src), "-o", str(out), "--no-progress"]) == EXIT_USAGE
    assert not out.exists() and writers.partial_path(out).exists()
    monkeypatch.setattr(writers.JsonlWriter, "write", real_write)
    assert main(["annotate", str(src), "-o", str(out), "--resume", "--no-progress"]) == EXIT_OK
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == [
        "p0", "p1", "p2", "p3"]
    assert not writers.partial_path(out).exists()


def test_an_output_folder_the_system_refuses_gives_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A read-only place (procfs refuses new files even to root)."""
    target = Path("/proc/newsnlp-cannot-exist/out.jsonl")
    src = jsonl_input(tmp_path / "in.jsonl", 1)
    assert main(["annotate", str(src), "-o", str(target), "--no-progress"]) == EXIT_USAGE
    one_line_error(capsys.readouterr().err)


# --- 5. FIFOs --------------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_in_an_input_folder_gives_an_error_record_not_a_hang(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    (folder / "c.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "newsnlp", "annotate", str(folder), "-o",
                           str(out), "--no-progress"], capture_output=True, text=True,
                          timeout=BOUNDED, check=False)
    assert proc.returncode == EXIT_RECORD_ERRORS, proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[1]["error"]["type"] == "io" and "error" not in records[2]


# --- 6. SIGTERM ------------------------------------------------------------------------------

def _children(pid: int) -> set[int]:
    psutil = pytest.importorskip("psutil")
    try:
        return {p.pid for p in psutil.Process(pid).children(recursive=True)}
    except psutil.NoSuchProcess:
        return set()


def _alive(pids: set[int]) -> set[int]:
    psutil = pytest.importorskip("psutil")
    return {p for p in pids if psutil.pid_exists(p)
            and psutil.Process(p).status() != psutil.STATUS_ZOMBIE}


def test_sigterm_shuts_down_the_workers_and_the_resource_tracker(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": PAGE * 40}) + "\n"
                           for i in range(400)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "newsnlp", "annotate", str(src), "-o",
                             str(out), "--workers", "2", "--chunk-size", "2", "--no-progress"],
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + BOUNDED
        children: set[int] = set()
        while time.monotonic() < deadline and proc.poll() is None:
            children = _children(proc.pid)
            if len(children) >= 3 and writers.partial_path(out).exists():
                break  # two workers and the resource tracker, and work under way
            time.sleep(0.1)
        assert proc.poll() is None and len(children) >= 3, "the run never got going"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=BOUNDED)
        assert proc.returncode == EXIT_TERMINATED, err
        assert f"written to {writers.partial_path(out)} so far" in err
        deadline = time.monotonic() + 30
        while _alive(children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(children), "worker processes outlived the parent"
        assert not out.exists() and writers.partial_path(out).exists()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# --- 7. worker processes from a plain script --------------------------------------------------

def test_pipe_with_workers_works_in_a_script_without_a_main_guard(tmp_path: Path) -> None:
    script = tmp_path / "plain.py"
    script.write_text(
        "import newsnlp\n"
        f"texts = [{PAGE!r}] * 6\n"
        "articles = list(newsnlp.Pipeline(nlp=None).pipe(texts, n_process=2, batch_size=2))\n"
        "print(len(articles), len({a.model_dump_json() for a in articles}))\n",
        encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=BOUNDED, check=False, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["6", "1"]


def test_a_guarded_script_or_an_interactive_session_spawns(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    guarded = tmp_path / "guarded.py"
    guarded.write_text("import newsnlp\n\nif __name__ == '__main__':\n    pass\n",
                       encoding="utf-8")
    main_module = type(sys)("__main__")
    monkeypatch.setitem(sys.modules, "__main__", main_module)
    assert start_method() == "spawn"  # no file: `python -c`, a notebook
    main_module.__file__ = str(guarded)
    assert start_method() == "spawn"
    plain = tmp_path / "plain.py"
    plain.write_text("import newsnlp\nprint(1)\n", encoding="utf-8")
    main_module.__file__ = str(plain)
    assert start_method() == "fork"


# --- 8. summary ------------------------------------------------------------------------------

def test_a_batch_ends_with_a_summary_on_stderr(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    src = jsonl_input(tmp_path / "in.jsonl", 2)
    with src.open("a", encoding="utf-8") as fh:
        fh.write("{broken\n" + json.dumps({"id": "x"}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(src), "-o", str(out), "--no-progress"]) == EXIT_RECORD_ERRORS
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"newsnlp: 4 record(s) written to {out}; 2 failed (json 2)"


# --- 9. everyday command line ----------------------------------------------------------------

def test_version_module_entry_point_and_bare_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.startswith("newsnlp ")
    assert main([]) == EXIT_OK
    assert "annotate" in capsys.readouterr().out
    proc = subprocess.run([sys.executable, "-m", "newsnlp", "--version"], capture_output=True,
                          text=True, timeout=BOUNDED, check=False)
    assert proc.returncode == 0 and proc.stdout.startswith("newsnlp ")


def test_the_progress_bar_knows_the_total(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    src = jsonl_input(tmp_path / "in.jsonl", 3)
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    assert count_records([src, folder]) == 4

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["annotate", str(src), str(folder), "-o", str(tmp_path / "o.jsonl")]) == 0
    assert "4/4" in terminal.getvalue()


# --- 11. render into a missing folder ---------------------------------------------------------

def test_render_into_a_missing_folder_is_a_one_line_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["render", str(page), "-o", str(tmp_path / "missing" / "x.html")]) == EXIT_USAGE
    assert "no such folder" in one_line_error(capsys.readouterr().err)


# --- 12. Morfeusz's stderr, line separators in ids --------------------------------------------

def test_morfeusz_noise_never_reaches_the_terminal() -> None:
    """Morfeusz writes "replacing invalid utf8 sequence" to file descriptor 2 itself (past
    Python) for a word with U+FFFD, what undecodable bytes become; the user sees only
    newsnlp's own messages."""
    pytest.importorskip("morfeusz2")
    code = ("from newsnlp.morph import morfeusz\n"
            "assert morfeusz.available()\n"
            "morfeusz.analyse('Sosno\\ufffdwiec'); morfeusz.generate('Sosno\\ufffdwiec')\n"
            "print(len(morfeusz.analyse('Sosnowiec')) > 0)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=BOUNDED, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "True" and proc.stderr == ""


def test_line_separators_in_ids_are_escaped_in_json_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    ids = ["a\u2028b", "c\u0085d", "e\u2029f"]
    src.write_text("".join(json.dumps({"id": i, "text": PAGE}) + "\n" for i in ids),
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(src), "-o", str(out), "--no-progress"]) == EXIT_OK
    text = out.read_text(encoding="utf-8")
    assert [json.loads(line)["id"] for line in text.splitlines()] == ids
