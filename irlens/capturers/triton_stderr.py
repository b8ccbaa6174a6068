"""File descriptor 2 captured around a Triton compile: MLIR's and LLVM's C++ diagnostics and pass
dumps go there, bypassing Python. What irlens itself reports meanwhile still reaches the terminal."""
from __future__ import annotations

import contextlib
import faulthandler
import os
import sys
import tempfile


class CapturedStderr:
    """What was written to file descriptor 2 (`text`, once the capture is over), and `terminal`,
    a stream to the real stderr while it lasts (None after)."""

    def __init__(self, file, terminal):
        self.file, self.terminal, self.text = file, terminal, ""

    def size(self) -> int:
        return os.fstat(self.file.fileno()).st_size

    @contextlib.contextmanager
    def to_terminal(self):
        """Send Python's sys.stderr (irlens's own progress lines) to the real stderr meanwhile."""
        if self.terminal is None:
            yield
            return
        with contextlib.redirect_stderr(self.terminal):
            yield
        self.terminal.flush()


@contextlib.contextmanager
def captured_stderr():
    """Capture file descriptor 2 for the duration. faulthandler, when enabled, keeps writing to the
    real stderr: if a compiler kills the process, the stack it prints must reach the caller."""
    sys.stderr.flush()
    saved_fd = os.dup(2)
    terminal = os.fdopen(os.dup(saved_fd), "w", encoding="utf-8", errors="replace")
    crash_report = faulthandler.is_enabled()
    with tempfile.TemporaryFile(mode="w+b") as capture:
        result = CapturedStderr(capture, terminal)
        os.dup2(capture.fileno(), 2)
        if crash_report:
            faulthandler.enable(file=terminal)
        try:
            yield result
        finally:
            sys.stderr.flush()
            os.dup2(saved_fd, 2)
            os.close(saved_fd)
            if crash_report:
                faulthandler.enable(file=sys.__stderr__)
            result.terminal = None
            terminal.close()
            capture.seek(0)
            result.text = capture.read().decode("utf-8", "replace")
