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
