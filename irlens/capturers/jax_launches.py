"""Seeing the functions a script jits: while the script runs, `jax.jit` returns a wrapper that
reports each (function, arguments) it is called, traced or lowered with, then does what jit does.

Only the public `jax.jit` is replaced (checked with jax 0.10.2); the wrapped object keeps every
attribute of the real jitted function. Calls made while another transformation traces (the
arguments are tracers) are not reported: that function is part of the outer one's capture.
"""
from __future__ import annotations

import contextlib
import functools
from typing import Callable

# on_call(jitted, function, args, kwargs) -> None; it must not raise.
OnCall = Callable[[object, Callable, tuple, dict], None]


def _has_tracer(values) -> bool:
    import jax

    return any(isinstance(leaf, jax.core.Tracer) for leaf in jax.tree_util.tree_leaves(values))


class RecordedJit:
    """A jitted function that reports its first use with each argument signature."""

    def __init__(self, jitted, function: Callable, on_call: OnCall):
        self._jitted = jitted
        self._function = function
        self._on_call = on_call
        self._seen: set = set()
        functools.update_wrapper(self, function, updated=())

    def _report(self, args: tuple, kwargs: dict) -> None:
        import jax

        try:
            if _has_tracer((args, kwargs)):
                return
            key = str(jax.tree_util.tree_map(lambda x: (getattr(x, "shape", None), str(getattr(x, "dtype", type(x)))),
                                             (args, kwargs)))
        except Exception:
            return  # arguments jit itself will reject: let the real call say so
        if key in self._seen:
            return
        self._seen.add(key)
        self._on_call(self._jitted, self._function, args, kwargs)

    def __call__(self, *args, **kwargs):
        self._report(args, kwargs)
        return self._jitted(*args, **kwargs)

    def trace(self, *args, **kwargs):
        self._report(args, kwargs)
        return self._jitted.trace(*args, **kwargs)

    def lower(self, *args, **kwargs):
        self._report(args, kwargs)
        return self._jitted.lower(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._jitted, name)

    def __get__(self, obj, objtype=None):
        # Methods decorated with @jax.jit: bind like a function does.
        return self if obj is None else functools.partial(self, obj)


@contextlib.contextmanager
def recording_jit(on_call: OnCall):
    """Within the block, `jax.jit` (and `from jax import jit` done inside it) reports each use."""
    import jax

    real_jit = jax.jit

    @functools.wraps(real_jit)
    def jit(fun=None, *args, **kwargs):
        if fun is None:  # @jax.jit(static_argnums=...) used as a decorator factory
            return lambda f: jit(f, *args, **kwargs)
        return RecordedJit(real_jit(fun, *args, **kwargs), fun, on_call)

    jax.jit = jit
    try:
        yield
    finally:
        jax.jit = real_jit
