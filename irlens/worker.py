"""The capture process: `python -m irlens.worker REQUEST.json`. Runs the user's file and the
compilers, away from the caller, writing records to the sink directory as it goes."""
from __future__ import annotations

import faulthandler
import json
import os
import signal
import sys
from pathlib import Path


def _prepare_process_environment() -> None:
    # Triton warns on every compile when this is unset; 1 is its default behaviour.
    os.environ.setdefault("TRITON_DEFAULT_FP_FUSION", "1")


def run_request(request: dict) -> int:
    from irlens.capturers import load_capturer
    from irlens.options import CaptureOptions
    from irlens.sink import RecordSink

    sink = RecordSink(request["out_dir"], echo=request.get("verbose", False))
    options = CaptureOptions.from_dict(request["options"])
    path = Path(request["path"]).resolve()
    framework = request["framework"]
    sys.path.insert(0, str(path.parent))  # the user's file may import its neighbours
    ok = True
    if options.bench or options.bench_only:
        # Timing runs first: capturers may install a stand-in CUDA device that must never be timed.
        from irlens.timing.harness import bench_file

        sink.progress(f"timing {path.name}: each path and kernel, {options.repeats} repeats")
        ok &= _reporting_failures(sink, path, "timing", lambda: bench_file(path, framework, options, sink))
    if not options.bench_only:
        ok &= _reporting_failures(sink, path, "", lambda: load_capturer(framework).capture(path, options, sink))
    # after a failure too: the LLVM IR captured before it still gets its llvmlite stages
    _reporting_failures(sink, None, "llvmlite stage", lambda: _add_llvm_stages(sink, options))
    sink.set_environment(local_sources=local_sources(path))
    running = threads_left_running()
    if running:
        sink.set_environment(threads_left_running=running)
    sink.finish()
    return 0 if ok else 1


def threads_left_running() -> list[str]:
    """The threads other than this process's own that still run now the capture is written, by
    name and where their code is ("spin (threads.py:6)"): a file that starts a thread that never
    ends (not a daemon) would keep the process from exiting, and the capture would time out."""
    import threading

    found = []
    for thread in threading.enumerate():
        if thread is threading.main_thread() or thread.daemon or not thread.is_alive():
            continue
        target = getattr(thread, "_target", None) or type(thread).run
        code = getattr(target, "__code__", None)
        where = f" ({Path(code.co_filename).name}:{code.co_firstlineno})" if code else ""
        found.append(f"{thread.name}{where}")
    return found


def local_sources(user_file: Path) -> dict[str, str]:
    """The Python files of the user's own modules the run imported: modules found through sys.path
    (a helper package beside the file, a PYTHONPATH entry), not the standard library, installed
    packages, irlens, or the modules compilers load from their caches. Their content is part of
    what the capture shows, so the cache checks them before reusing it."""
    import sysconfig

    from irlens.cache import file_digest

    installed = {Path(p).resolve() for key in ("stdlib", "platstdlib", "purelib", "platlib")
                 if (p := sysconfig.get_paths().get(key))}

    def is_installed(path: Path) -> bool:
        return path in installed or any(root in path.parents for root in installed)

    roots = {Path(entry or os.getcwd()).resolve() for entry in sys.path}
    roots = {root for root in roots if root.is_dir() and not is_installed(root)}
    own = Path(__file__).resolve().parent
    found: set[Path] = set()
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None)
        if not isinstance(file, str) or not file.endswith(".py"):
            continue
        source = Path(file).resolve()
        if (source == user_file or own in source.parents or is_installed(source)
                or not any(root in source.parents for root in roots)):
            continue
        if source.is_file():
            found.add(source)
    return {str(source): file_digest(source) for source in sorted(found)}


def _reporting_failures(sink, path: Path | None, doing: str, step) -> bool:
    """Run one step of the capture; its failure becomes one line in the capture, and what was
    emitted before it stays. True when the step succeeded."""
    from irlens.errors import describe_exception
    from irlens.record import CaptureError

    try:
        step()
        return True
    except CaptureError as exc:
        sink.error(str(exc))
    except Exception as exc:  # the user's code or a compiler raised
        sink.error(describe_exception(exc, str(path) if path else None, doing=doing))
    return False


def _add_llvm_stages(sink, options) -> None:
    """llvmlite's optimize-and-emit on every LLVM IR stage a capturer produced."""
    sources = [r for r in sink.records if r.language == "llvm" and r.framework != "llvm" and r.ok and r.text]
    if not sources:
        return
    try:
        from irlens.capturers import llvm_capture
    except ImportError:
        return
    for record in sources:
        for derived in llvm_capture.llvm_stages(record, options):
            sink.emit(derived)


def _exit_with_caller(work_dir: Path, caller: int) -> None:
    """End this process, and remove the directory the caller made for it, when the caller (the
    process that wrote the request; it may be gone before this one starts) is gone (killed with
    SIGKILL, which no handler of its can answer): a worker runs in a session of its own, so
    nothing else ends it."""
    import shutil
    import threading
    import time

    def watch():
        while os.getppid() == caller:
            time.sleep(1.0)
        shutil.rmtree(work_dir, ignore_errors=True)
        _EXIT(1)

    threading.Thread(target=watch, daemon=True, name="irlens-caller-watch").start()


# The worker's own way out: the user's code may replace nothing of it.
_EXIT = os._exit
# How the worker says the user's code called os._exit (the runner reads it): a process that ends
# that way runs no handler, so nothing else would say where.
OS_EXIT_MARK = "irlens: os._exit("


def _say_where_os_exit_is_called() -> None:
    worker = os.getpid()

    def reporting_exit(status: int) -> None:
        if os.getpid() != worker:  # a child forked from this process (multiprocessing) ends its own way
            _EXIT(status)
        caller = sys._getframe(1)
        sys.stderr.write(f"{OS_EXIT_MARK}{status}) at {caller.f_code.co_filename}:{caller.f_lineno} "
                         f"({caller.f_code.co_name})\n")
        sys.stderr.flush()
        _EXIT(status)

    os._exit = reporting_exit


def main() -> int:
    # A crash in native code (a compiler, an extension the user's file calls) kills the process
    # before any Python handler runs; faulthandler still writes the Python stack to stderr, which
    # the caller reads for the user's line.
    faulthandler.enable()
    # When its time runs out, the caller asks where it was stuck before killing it.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    request = json.loads(Path(sys.argv[1]).read_text())
    _exit_with_caller(Path(sys.argv[1]).parent, request.get("caller_pid") or os.getppid())
    _say_where_os_exit_is_called()
    _prepare_process_environment()
    return run_request(request)


if __name__ == "__main__":
    status = main()
    if threads_left_running():  # written already: end now rather than wait for them at exit
        sys.stdout.flush()
        sys.stderr.flush()
        _EXIT(status)
    sys.exit(status)
