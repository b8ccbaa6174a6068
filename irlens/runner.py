"""Run a capture in a child process with a timeout, so a crash, hang or segfault in user code
or a compiler never takes the caller down; what the child wrote before dying is kept."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from irlens.bundle import MANIFEST
from irlens.capturers import CAPTURERS, detect_framework
from irlens.environment import base_environment, has_nvidia_gpu
from irlens.errors import describe_exit
from irlens.options import CaptureOptions, options_not_followed, parse_target
from irlens.record import Capture, CaptureError
from irlens.sink import finished, read_sink
from irlens.worker import OS_EXIT_MARK

MAX_SOURCE_BYTES = 2 * 1024 * 1024
DEFAULT_TIMEOUT_S = 600.0


def read_user_source(path: str | os.PathLike) -> str:
    """The user's file as text, or a one-line CaptureError for what is wrong with it."""
    p = Path(path)
    if not p.exists():
        raise CaptureError(f"{path}: no such file")
    if p.is_dir():
        if (p / MANIFEST).is_file():
            raise CaptureError(f"{path}: is a bundle directory, not a Python file; print its stages with "
                               f"irlens show {path} --stage STAGE, its stored timings with --timings")
        raise CaptureError(f"{path}: is a directory, not a Python file")
    size = p.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise CaptureError(f"{path}: {size / 2**20:.1f} MiB is too large for a model or kernel file "
                           f"(limit {MAX_SOURCE_BYTES // 2**20} MiB)")
    raw = p.read_bytes()
    if b"\0" in raw:
        raise CaptureError(f"{path}: binary file, expected Python source")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise CaptureError(f"{path}:{line}: not UTF-8 text (byte {exc.start}, {raw[exc.start]:#04x})") from None
    try:
        compile(text, str(p), "exec")
    except SyntaxError as exc:
        raise CaptureError(f"{p.name}:{exc.lineno}:{exc.offset or 0}: SyntaxError: {exc.msg}") from None
    return text


def resolve_framework(path: str | os.PathLike, options: CaptureOptions, text: str) -> str:
    if options.framework:
        if options.framework not in CAPTURERS:
            raise CaptureError(f"unknown framework {options.framework!r}; known: {' '.join(CAPTURERS)}")
        return options.framework
    framework = detect_framework(text)
    if framework is None:
        raise CaptureError(f"{path}: found no torch, JAX or Triton code to capture "
                           "(see the README for the file conventions)", cli_hint="pass --framework to choose one")
    return framework


def run_capture(path: str | os.PathLike, options: CaptureOptions,
                timeout_s: float = DEFAULT_TIMEOUT_S, verbose: bool = False) -> Capture:
    """Capture `path` in a child process. Failures come back inside the Capture (errors and
    failed records); only a bad file or bad options raise CaptureError."""
    text = read_user_source(path)
    framework = resolve_framework(path, options, text)
    if options.target:
        try:
            arch = parse_target(options.target)[0]
        except ValueError as exc:
            raise CaptureError(str(exc)) from None
        if framework == "torch" and not has_nvidia_gpu():
            from irlens.capturers.fake_cuda import figures_for

            figures_for(arch)  # Inductor's CUDA output without the device needs the card's figures
    capture, crash = _capture_once(path, framework, options, timeout_s, verbose)
    if crash is not None and (RETRIED_ABORT in crash or XLA_COMPILE in crash):
        retried = f"the first capture process died ({crash}); this is the second"
        capture, crash = _capture_once(path, framework, options, timeout_s, verbose)
        capture.environment["retried"] = retried
    not_followed = options_not_followed(framework, options)
    if not_followed:
        capture.environment["options_not_followed"] = not_followed
    return capture


# jaxlib 0.10.2's XLA now and then aborts while compiling ("pure virtual method called" in
# backend_compile_and_load, about 1 capture of samples/jax_attention.py in 20): a race inside XLA,
# after which the same capture runs through. Such an abort is retried once, and the capture's
# environment says so ("retried"); any other crash is reported as it is.
RETRIED_ABORT = "pure virtual method called"
# jax_grad-like programs also crash there now and then with a SIGSEGV or a "double free" SIGABRT
# (4 captures in 30): any crash inside XLA's compile is retried once the same way.
XLA_COMPILE = "while XLA compiled"


def _capture_once(path, framework: str, options: CaptureOptions, timeout_s: float,
                  verbose: bool) -> tuple[Capture, str | None]:
    """One capture process: the Capture, and how the process died when it died before finishing."""
    work = Path(tempfile.mkdtemp(prefix="irlens-capture-"))
    crash = None
    try:
        request = {"path": str(Path(path).resolve()), "framework": framework,
                   "options": options.to_dict(), "out_dir": str(work / "out"), "verbose": verbose,
                   "caller_pid": os.getpid()}
        (work / "request.json").write_text(json.dumps(request))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(Path(__file__).resolve().parent.parent)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
        proc = subprocess.Popen(
            [sys.executable, "-m", "irlens.worker", str(work / "request.json")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
        out, err, timed_out = _wait(proc, timeout_s, echo_progress=verbose)
        capture = read_sink(work / "out", framework, str(Path(path).resolve()))
        environment = base_environment()
        environment["source_sha256"] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        environment.update(capture.environment)
        capture.environment = environment
        stderr_text = err.decode("utf-8", "replace")
        if stderr_text.strip():
            capture.environment["capture_stderr_tail"] = stderr_text[-8000:]
        stdout_text = out.decode("utf-8", "replace")
        if stdout_text.strip():  # what the user's code printed, for the bundle, not the terminal
            capture.environment["capture_stdout_tail"] = stdout_text[-8000:]
        if timed_out:
            doing = "timing" if options.bench_only else "capture"
            kept = "" if options.bench_only else f"; {len(capture.records)} stages kept"
            capture.errors.append(f"{Path(path).name}: {doing} timed out after {timeout_s:g} s"
                                  f"{_where_stuck(stderr_text, Path(path).resolve())} (raise --timeout){kept}")
        elif not finished(work / "out"):
            exited = _OS_EXIT.search(stderr_text)
            if exited:  # the user's code ended the process: no crash, and nothing to retry
                where = f"{Path(exited['file']).name}:{exited['line']} ({exited['function']})"
                capture.errors.append(f"{Path(path).name}: the file ended the capture process with "
                                      f"os._exit({exited['status']}) at {where}; {len(capture.records)} stages kept")
                return capture, None
            how, detail = describe_exit(proc.returncode), _crash_detail(stderr_text, Path(path).resolve())
            crash = f"{how}; {detail}"
            capture.errors.append(f"{Path(path).name}: capture process died ({how}); "
                                  f"{len(capture.records)} stages kept; {detail}")
        return capture, crash
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _wait(proc: subprocess.Popen, timeout_s: float, echo_progress: bool) -> tuple[bytes, bytes, bool]:
    """(stdout, stderr, timed out) of the child. With echo_progress, the child's `irlens: ...`
    progress lines (one per stage, the sink's) reach the terminal as they come, not at the end."""
    err_chunks: list[bytes] = []
    reader = None
    if echo_progress:
        def pump():
            for line in iter(proc.stderr.readline, b""):
                err_chunks.append(line)
                if line.startswith(b"irlens: "):
                    sys.stderr.write(line.decode("utf-8", "replace"))
                    sys.stderr.flush()
        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        stderr_pipe, proc.stderr = proc.stderr, None  # communicate() leaves it to the reader
    try:
        out, err = proc.communicate(timeout=timeout_s)
        timed_out = False
    except subprocess.TimeoutExpired:
        _signal(proc, signal.SIGUSR1, group=False)  # the worker's faulthandler writes where it was stuck
        try:
            proc.communicate(timeout=WHERE_STUCK_S)
        except subprocess.TimeoutExpired:
            pass
        _signal(proc, signal.SIGKILL)
        out, err = proc.communicate()
        timed_out = True
    except BaseException:
        # Ctrl-C, or a SIGTERM the CLI turned into one: the worker runs in a session of its own, out
        # of the terminal's reach, and would run on (and keep writing into the directory removed next)
        _signal(proc, signal.SIGKILL)
        proc.wait()
        raise
    if reader is not None:
        reader.join(timeout=5)
        stderr_pipe.close()
        err = b"".join(err_chunks)
    return out, err or b"", timed_out


# Seconds a worker past its timeout gets to write its Python stack before it is killed.
WHERE_STUCK_S = 1.0


def _signal(proc: subprocess.Popen, signum: int, group: bool = True) -> None:
    try:
        if group:
            os.killpg(proc.pid, signum)  # the worker and the tools it started (ptxas, a compiler)
        else:
            os.kill(proc.pid, signum)
    except ProcessLookupError:
        pass  # already gone


_STACK_DUMP = re.compile(r"^(?:Current thread|Thread) 0x[0-9a-f]+ \(most recent call first\):$", re.MULTILINE)


def _where_stuck(stderr_text: str, user_file: Path) -> str:
    """' in model.py:11 (get_inputs)': the innermost line of the user's file in the stack of the
    thread the worker was in when its time ran out (faulthandler, on SIGUSR1); else, when no frame
    of the user's file is on it (Dynamo traces a model's forward without running it), the
    innermost frame there is; nothing without a stack."""
    frames = _main_stack(stderr_text)
    for match in frames:
        if Path(match["file"]).name == user_file.name and Path(match["file"]).resolve() == user_file:
            return f" in {user_file.name}:{match['line']} ({match['function']})"
    for match in frames:  # the innermost frame of a compiler says which phase it was in
        short = _short_path(match["file"])
        phase = next((words for prefix, words in _PHASES if short.startswith(prefix)), None)
        if phase:
            return f" {phase} ({short}:{match['line']})"
    return f" in {_short_path(frames[0]['file'])}:{frames[0]['line']} ({frames[0]['function']})" if frames else ""


def _main_stack(stderr_text: str) -> list[re.Match]:
    """The frames, most recent call first, of the thread faulthandler marks as current; when it
    marks none (a crash in native code that had let go of the GIL), of the main thread: the one
    not started through threading (irlens's own watcher of its caller is such a thread)."""
    dumps = list(_STACK_DUMP.finditer(stderr_text))
    stacks = []
    for i, dump in enumerate(dumps):
        end = dumps[i + 1].start() if i + 1 < len(dumps) else len(stderr_text)
        stacks.append((dump, list(_FRAME.finditer(stderr_text, dump.start(), end))))
    current = next((frames for dump, frames in stacks if dump[0].startswith("Current thread")), None)
    if current is None:
        current = next((frames for _, frames in stacks
                        if not (frames and frames[-1]["function"] == "_bootstrap"
                                and Path(frames[-1]["file"]).name == "threading.py")),
                       stacks[0][1] if stacks else [])
    return current


# where a capture can spend its time outside the user's code, by the package of the frame
_PHASES = (("torch/_inductor/", "while Inductor compiled"), ("torch/_functorch/", "while AOTAutograd traced"),
           ("torch/_dynamo/", "while Dynamo traced the model"), ("triton/", "while Triton compiled"),
           ("jax/_src/compiler.py", XLA_COMPILE), ("jax/", "while JAX traced or compiled"), ("jaxlib/", XLA_COMPILE))


_FAULT = re.compile(r"^Fatal Python error: ", re.MULTILINE)
# written by the worker's os._exit: "irlens: os._exit(0) at /p/f.py:6 (leave)"
_OS_EXIT = re.compile("^" + re.escape(OS_EXIT_MARK) + r"(?P<status>-?\d+)\) at (?P<file>.+):(?P<line>\d+) "
                      r"\((?P<function>[^)]*)\)$", re.MULTILINE)
_FRAME = re.compile(r'^\s+File "(?P<file>[^"]+)", line (?P<line>\d+) in (?P<function>\S+)', re.MULTILINE)


def _crash_detail(stderr_text: str, user_file: Path) -> str:
    """Where and why the process crashed, from the report faulthandler writes: the native
    library's own last words before it (`pure virtual method called`), and the innermost frame
    of the user's file, else the innermost frame of all; the last stderr line without one."""
    fault = _FAULT.search(stderr_text)
    if fault is None:
        return f"last stderr: {_last_line(stderr_text)}"
    before = [line.strip() for line in stderr_text[:fault.start()].splitlines()
              if line.strip() and not line.startswith("irlens: ")][-2:]
    where = _where_stuck(stderr_text[fault.start():], user_file).strip()
    return ": ".join(part for part in (where, "; ".join(before)) if part) or "(no message)"


def _short_path(file: str) -> str:
    """A library file from its package directory on (`jax/_src/compiler.py`)."""
    parts = Path(file).parts
    return str(Path(*parts[parts.index("site-packages") + 1:])) if "site-packages" in parts else file


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "(none)"
