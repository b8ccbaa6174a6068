"""One-line descriptions of failures in the user's code: what failed, and where."""
from __future__ import annotations

import os
import signal
import traceback


def describe_exception(exc: BaseException, user_file: str | None = None, doing: str = "") -> str:
    """'model.py:12 in forward: ZeroDivisionError: division by zero', pointing at the user's
    own frame when the traceback passes through `user_file`, else at the innermost frame."""
    prefix = f"{doing}: " if doing else ""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    kind = type(exc).__name__
    if isinstance(exc, SyntaxError):
        where = f"{os.path.basename(exc.filename or user_file or '?')}:{exc.lineno or '?'}"
        if exc.offset:
            where += f":{exc.offset}"
        return f"{prefix}{where}: SyntaxError: {exc.msg}"
    frames = traceback.extract_tb(exc.__traceback__)
    chosen = None
    if user_file:
        real = os.path.realpath(user_file)
        mine = [f for f in frames if os.path.realpath(f.filename) == real]
        chosen = mine[-1] if mine else None
    if chosen is None and frames:
        chosen = frames[-1]
    where = f"{os.path.basename(chosen.filename)}:{chosen.lineno} in {chosen.name}: " if chosen else ""
    return f"{prefix}{where}{kind}: {message}" if message else f"{prefix}{where}{kind}"


def describe_exit(code: int) -> str:
    """A child process's end, as `exit status 3` or `signal 11, SIGSEGV`."""
    if code < 0:
        try:
            return f"signal {-code}, {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit status {code}"
