"""The capture runs in a child process: a crash or a hang in it never takes the caller down."""
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from irlens.options import CaptureOptions
from irlens.runner import run_capture

KERNEL_HEADER = textwrap.dedent("""
    import triton
    import triton.language as tl

    @triton.jit
    def copy_kernel(x_ptr, y_ptr, BLOCK: tl.constexpr):
        offs = tl.arange(0, BLOCK)
        tl.store(y_ptr + offs, tl.load(x_ptr + offs))
""")


def test_a_segfault_in_user_code_is_reported_not_propagated(tmp_path):
    p = tmp_path / "crash.py"
    p.write_text(KERNEL_HEADER + "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n")
    capture = run_capture(p, CaptureOptions(framework="triton"), timeout_s=120)
    assert len(capture.errors) == 1
    assert "capture process died (signal 11, SIGSEGV)" in capture.errors[0]
    line = (KERNEL_HEADER + "import os, signal\n").count("\n") + 1
    assert capture.errors[0].endswith(f"in crash.py:{line} (<module>)")  # from faulthandler's stack


def test_a_thread_the_file_leaves_running_does_not_hold_the_capture_until_its_timeout(tmp_path):
    p = tmp_path / "spins.py"
    p.write_text(KERNEL_HEADER + textwrap.dedent("""
        import threading, time


        def spin():
            while True:
                time.sleep(0.1)


        threading.Thread(target=spin).start()  # not a daemon: it would keep the process alive


        def example():
            import torch
            x = torch.arange(16, dtype=torch.float32)
            return [(copy_kernel, (1,), (x, torch.empty_like(x)), {"BLOCK": 16})]
    """))
    start = time.monotonic()
    capture = run_capture(p, CaptureOptions(framework="triton", passes=False), timeout_s=60)
    assert time.monotonic() - start < 50 and not capture.errors, capture.errors
    assert capture.select(stage="ttir")
    line = (KERNEL_HEADER + "\nimport threading, time\n\n\n").count("\n") + 1
    assert capture.environment["threads_left_running"] == [f"Thread-1 (spin) (spins.py:{line})"]


def test_a_hang_is_stopped_at_the_timeout_and_says_where_it_was(tmp_path):
    p = tmp_path / "hang.py"
    p.write_text(KERNEL_HEADER + "import time\n\n\ndef wait():\n    time.sleep(600)\n\n\nwait()\n")
    capture = run_capture(p, CaptureOptions(framework="triton"), timeout_s=6)
    line = (KERNEL_HEADER + "import time\n\n\ndef wait():\n").count("\n") + 1
    assert capture.errors == [f"hang.py: capture timed out after 6 s in hang.py:{line} (wait) (raise --timeout); "
                              "0 stages kept"]


def test_a_hang_inside_a_compiler_names_the_phase():
    from irlens.runner import _where_stuck

    # faulthandler's dump of a capture stuck while Dynamo traced a forward with an endless loop
    # (Dynamo interprets the user's bytecode, so no frame of the user's file is on the stack)
    dump = ("Thread 0x00007f5a (most recent call first):\n"
            '  File "/usr/lib/python3.11/threading.py", line 324 in wait\n\n'
            "Current thread 0x00007f5b (most recent call first):\n"
            '  File "/venv/lib/python3.11/site-packages/torch/_dynamo/utils.py", line 363 in get_metrics_context\n'
            '  File "/venv/lib/python3.11/site-packages/torch/_dynamo/symbolic_convert.py", line 1200 in step\n'
            '  File "/work/irlens/capturers/torch_capture.py", line 80 in run_compiled\n')
    assert _where_stuck(dump, Path("/home/me/hang.py")) == \
        " while Dynamo traced the model (torch/_dynamo/utils.py:363)"
    assert _where_stuck("no stack here", Path("/home/me/hang.py")) == ""


def _running(pid: int) -> bool:
    """Alive and not a zombie (a process that ended but whose new parent has not reaped it)."""
    try:
        return (Path(f"/proc/{pid}") / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) if entry.name.isdigit() else None
        except OSError:
            continue
        if parent == pid:
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the capture process through /proc")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["ctrl-c", "term", "kill"])
def test_stopping_irlens_stops_its_capture_process_and_removes_its_files(tmp_path, signum):
    # the capture process runs in a session of its own: neither a terminal's Ctrl-C nor a signal to
    # irlens reaches it unless irlens passes it on (and after a SIGKILL, it notices on its own)
    p = tmp_path / "hang.py"
    p.write_text(KERNEL_HEADER + "while True:\n    pass\n")
    env = dict(os.environ, IRLENS_CACHE_DIR=str(tmp_path / "cache"), TMPDIR=str(tmp_path))
    # irlens as a terminal starts it: Ctrl-C raises KeyboardInterrupt even where this test's own
    # process ignores SIGINT (a CI job started in the background), and no fork-time hook runs
    start = ("import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
             f"sys.argv = ['irlens', 'dump', {str(p)!r}, '--stage', 'ttir']; "
             "runpy.run_module('irlens', run_name='__main__')")
    irlens = subprocess.Popen([sys.executable, "-c", start], env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (workers := _children(irlens.pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers and list(tmp_path.glob("irlens-capture-*")), "no capture process started"
    irlens.send_signal(signum)
    err = irlens.communicate(timeout=60)[1].decode()
    if signum == signal.SIGINT:
        assert irlens.returncode == 130 and err.strip() == "irlens: error: interrupted"
    elif signum == signal.SIGTERM:
        assert irlens.returncode == 143 and err.strip() == "irlens: error: stopped (SIGTERM)"
    deadline = time.monotonic() + 10
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_running, workers))
    assert not list(tmp_path.glob("irlens-capture-*"))


def test_a_compiler_abort_names_the_librarys_last_words_and_frame():
    # The stderr of a real capture that jaxlib 0.10.2's XLA aborted during compile (seen once in
    # ~20 captures of samples/jax_attention.py), as faulthandler wrote it.
    from pathlib import Path

    from irlens.runner import _crash_detail

    stderr = (Path(__file__).parent / "data" / "xla_abort_stderr.txt").read_text()
    assert _crash_detail(stderr, Path("/work/main/samples/jax_attention.py")) == (
        "while XLA compiled (jax/_src/compiler.py:353): pure virtual method called; "
        "terminate called without an active exception")


def test_a_native_crash_is_placed_in_the_main_thread_not_in_irlenss_watcher():
    # A real SIGSEGV inside XLA's compile (a jax.grad program, 4 captures in 30 on jaxlib 0.10.2):
    # faulthandler marked no thread current and listed irlens's caller-watch thread first
    from pathlib import Path

    from irlens.runner import XLA_COMPILE, _crash_detail

    stderr = (Path(__file__).parent / "data" / "xla_segfault_stderr.txt").read_text()
    assert "Current thread" not in stderr and stderr.index("in watch") < stderr.index("backend_compile_and_load")
    detail = _crash_detail(stderr, Path("/tmp/jax_grad.py"))
    assert detail == "while XLA compiled (jax/_src/compiler.py:353)" and XLA_COMPILE in detail  # so it is retried


def test_an_xla_style_abort_is_retried_once_and_the_capture_says_so(tmp_path):
    # A real abort of the capture process after the C++ runtime's "pure virtual method called",
    # the last words of the race in jaxlib's XLA compile; the second process finds the marker and
    # runs through, as XLA's compile does the second time.
    marker = tmp_path / "aborted-once"
    p = tmp_path / "aborts_once.py"
    p.write_text(KERNEL_HEADER + textwrap.dedent(f"""
        import os, sys
        if not os.path.exists({str(marker)!r}):
            open({str(marker)!r}, "w").close()
            sys.stderr.write("pure virtual method called\\n"); sys.stderr.flush()
            os.abort()
        import torch
        x = torch.arange(16, dtype=torch.float32, device="cuda" if torch.cuda.is_available() else "cpu")
        copy_kernel[(1,)](x, torch.empty_like(x), BLOCK=16)
    """))
    capture = run_capture(p, CaptureOptions(framework="triton", passes=False), timeout_s=300)
    assert not capture.errors, capture.errors
    assert capture.select(stage="ptx")
    assert capture.environment["retried"].startswith(
        "the first capture process died (signal 6, SIGABRT; in aborts_once.py:")
    assert "pure virtual method called" in capture.environment["retried"]


def test_another_crash_is_not_retried(tmp_path):
    marker = tmp_path / "crashed-once"
    p = tmp_path / "crashes_once.py"
    p.write_text(KERNEL_HEADER + f"import os\nif not os.path.exists({str(marker)!r}):\n"
                 f"    open({str(marker)!r}, 'w').close()\n    os.abort()\n")
    capture = run_capture(p, CaptureOptions(framework="triton"), timeout_s=120)
    assert capture.errors and "capture process died (signal 6, SIGABRT)" in capture.errors[0]
    assert "retried" not in capture.environment
