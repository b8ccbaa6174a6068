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
