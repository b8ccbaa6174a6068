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


def _static_names(function: Callable, static_argnums, static_argnames) -> tuple[set[int], set[str]]:
    """The positions and names of a jitted function's static arguments, each found from the other
    through the signature as jax.jit does; their values are part of what gets compiled."""
    import inspect

    def as_set(value, kind):
        if value is None:
            return set()
        return {value} if isinstance(value, kind) else set(value)

    numbers, names = as_set(static_argnums, int), as_set(static_argnames, str)
    try:
        parameters = list(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        return numbers, names
    numbers = {n % len(parameters) if parameters else n for n in numbers}
    names |= {parameters[n] for n in numbers if n < len(parameters)}
    numbers |= {parameters.index(name) for name in names if name in parameters}
    return numbers, names


class RecordedJit:
    """A jitted function that reports its first use with each argument signature: the shapes and
    dtypes of its arrays, and the values of its static arguments."""

    def __init__(self, jitted, function: Callable, on_call: OnCall, static_argnums=None, static_argnames=None):
        self._jitted = jitted
        self._function = function
        self._on_call = on_call
        self._seen: set = set()
        self._static = _static_names(function, static_argnums, static_argnames)
        functools.update_wrapper(self, function, updated=())

    def _signature_key(self, args: tuple, kwargs: dict) -> str:
        """What decides a compile: the shapes and dtypes of the arrays and the values of the static
        arguments, with defaults filled in (act(x) and act(x, kind="relu") are one compile when
        "relu" is kind's default)."""
        import inspect

        import jax

        numbers, names = self._static
        try:
            bound = inspect.signature(self._function).bind(*args, **kwargs)
            bound.apply_defaults()
            arguments = dict(bound.arguments)
        except (TypeError, ValueError):  # no signature, or arguments it does not take: jit will say
            arguments = {**{str(i): a for i, a in enumerate(args)}, **kwargs}
            names = names | {str(n) for n in numbers}
        static = sorted((k, repr(v)) for k, v in arguments.items() if k in names)
        traced = {k: v for k, v in arguments.items() if k not in names}
        shapes = jax.tree_util.tree_map(lambda x: (getattr(x, "shape", None), str(getattr(x, "dtype", type(x)))),
                                        traced)
        return repr((sorted(shapes.items()), static))

    def _report(self, args: tuple, kwargs: dict) -> None:
        try:
            if _has_tracer((args, kwargs)):
                return
            key = self._signature_key(args, kwargs)
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
        return RecordedJit(real_jit(fun, *args, **kwargs), fun, on_call,
                           kwargs.get("static_argnums"), kwargs.get("static_argnames"))

    jax.jit = jit
    try:
        yield
    finally:
        jax.jit = real_jit
