"""Attaching handlers to torch's artifact loggers (TORCH_LOGS=<artifact>) for the length of a
compile, for the artifacts Inductor writes only to its logs (the fusion log, the scheduler IR)."""
from __future__ import annotations

import contextlib
import logging
from typing import Iterator


@contextlib.contextmanager
def attached(pairs: list[tuple[logging.Logger, logging.Handler]]) -> Iterator[None]:
    """Each handler receives everything its logger logs inside the block. A logger the user turned
    on keeps printing; one that was off stays silent (it passes nothing up to torch's console)."""
    saved = []
    for log, handler in pairs:
        saved.append((log, handler, log.level, log.propagate))
        if not log.isEnabledFor(logging.DEBUG):
            log.propagate = False
        log.setLevel(logging.DEBUG)
        log.addHandler(handler)
    try:
        yield
    finally:
        for log, handler, level, propagate in saved:
            log.removeHandler(handler)
            log.setLevel(level)
            log.propagate = propagate
