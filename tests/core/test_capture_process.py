"""The capture runs in a child process: a crash or a hang in it never takes the caller down."""
import textwrap

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
    assert capture.errors[0].endswith(f"in crash.py:{line}")  # from faulthandler's stack


def test_a_hang_is_stopped_at_the_timeout(tmp_path):
    p = tmp_path / "hang.py"
    p.write_text(KERNEL_HEADER + "import time\ntime.sleep(600)\n")
    capture = run_capture(p, CaptureOptions(framework="triton"), timeout_s=6)
    assert capture.errors and "timed out after 6 s" in capture.errors[0]


def test_a_compiler_abort_names_the_librarys_last_words_and_frame():
    # The stderr of a real capture that jaxlib 0.10.2's XLA aborted during compile (seen once in
    # ~20 captures of samples/jax_attention.py), as faulthandler wrote it.
    from pathlib import Path

    from irlens.runner import _crash_detail

    stderr = (Path(__file__).parent / "data" / "xla_abort_stderr.txt").read_text()
    assert _crash_detail(stderr, Path("/work/main/samples/jax_attention.py")) == (
        "in jax/_src/compiler.py:353 (backend_compile_and_load): pure virtual method called; "
        "terminate called without an active exception")


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
