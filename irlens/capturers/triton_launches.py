"""Kernel launches: what one launch compiles to (Triton's own specialization of its arguments),
and the launches a script makes, recorded on a GPU or under Triton's CPU interpreter.

Uses Triton's private launch helpers (`create_function_from_signature`, `JITFunction._pack_args`)
so that signatures and specializations (divisibility by 16, ints equal to 1) are exactly a real
launch's; checked with Triton 3.6.0 and 3.9.0.
"""
from __future__ import annotations

import contextlib
import functools
import inspect
import sys
from dataclasses import dataclass

from irlens.capturers.triton_target import gpu_target
from irlens.record import CaptureError


@dataclass
class KernelSpecialization:
    """One distinct compile of a kernel: its signature, constexprs, attributes and options."""

    kernel: object          # the JITFunction, or for an interpreted kernel its InterpretedFunction
    name: str
    signature: dict
    constexprs: dict        # {(arg index,): value}, as triton.compile takes them
    attrs: dict
    options: dict

    def key(self) -> tuple:
        return (id(self.kernel), repr(self.signature), repr(sorted(self.constexprs.items())),
                repr(sorted(self.attrs.items())), repr(sorted(self.options.items())))

    def constexpr_names(self) -> dict:
        names = list(self.signature)
        return {names[k[0]] if len(k) == 1 and k[0] < len(names) else str(k): v
                for k, v in self.constexprs.items()}

    def ast_source(self, jit_fn):
        from triton.compiler import ASTSource

        return ASTSource(jit_fn, self.signature, self.constexprs, self.attrs)


def innermost_jit_function(kernel):
    """The JITFunction (or InterpretedFunction) under @triton.autotune / @triton.heuristics."""
    seen = 0
    while hasattr(kernel, "fn") and type(kernel).__name__ in ("Autotuner", "Heuristics") and seen < 10:
        kernel, seen = kernel.fn, seen + 1
    return kernel


def autotuner_variants(kernel, args: tuple, kwargs: dict) -> list[dict]:
    """The keyword arguments a decorated kernel adds before launching, one dict per autotune
    config (irlens cannot time configs without a GPU, so each is a compile of its own), with
    the values of @triton.heuristics worked out for each."""
    variants: list[dict] = [{}]
    while type(kernel).__name__ in ("Autotuner", "Heuristics"):
        if type(kernel).__name__ == "Autotuner" and getattr(kernel, "configs", None):
            configs = [c.all_kwargs() if hasattr(c, "all_kwargs") else dict(c.kwargs) for c in kernel.configs]
            variants = [{**added, **config} for added in variants for config in configs]
        elif type(kernel).__name__ == "Heuristics":
            for added in variants:
                named = dict(zip(kernel.arg_names, args))
                named.update(kwargs, **added)
                for name, rule in kernel.values.items():
                    added[name] = rule(named)
        kernel = kernel.fn
    return [{k: v for k, v in added.items() if k not in kwargs and v is not None} for added in variants]


_BACKENDS: dict = {}
_BINDERS: dict = {}
_KEEP_ALIVE: list = []  # ids in _BINDERS stay valid while their kernels live


def specialize_launch(jit_fn, target: str, args: tuple, kwargs: dict) -> KernelSpecialization:
    """What `jit_fn[grid](*args, **kwargs)` compiles to for `target`, by Triton's own rules."""
    from triton import knobs
    from triton.compiler import make_backend
    from triton.runtime.jit import create_function_from_signature

    kwargs = dict(kwargs)
    # The options a real launch adds (JITFunction.run), where this Triton version has them.
    kwargs["debug"] = kwargs.get("debug", getattr(jit_fn, "debug", None)) or knobs.runtime.debug
    for option in ("instrumentation_mode", "fpsan_homomorphic_casts"):
        if hasattr(knobs.compilation, option):
            kwargs.setdefault(option, getattr(knobs.compilation, option))
    backend = _BACKENDS.get(target)
    if backend is None:
        backend = _BACKENDS[target] = make_backend(gpu_target(target))
    binder = _BINDERS.get((id(jit_fn), target))
    if binder is None:  # building one execs generated code: once per kernel, not per launch
        binder = create_function_from_signature(jit_fn.signature, jit_fn.params, backend)
        _BINDERS[(id(jit_fn), target)] = binder
        _KEEP_ALIVE.append(jit_fn)
    try:
        bound_args, specialization, options = binder(*args, **kwargs)
    except TypeError as exc:
        raise CaptureError(f"launching {jit_fn.__name__}: {exc}") from None
    options, signature, constexprs, attrs = jit_fn._pack_args(backend, kwargs, bound_args, specialization, options)
    return KernelSpecialization(kernel=jit_fn, name=jit_fn.__name__, signature=signature,
                                constexprs=constexprs, attrs=attrs, options=dict(options.__dict__))


def unit_names(specs: list[KernelSpecialization]) -> list[str]:
    """The kernel's name; a kernel compiled in several specializations gets what tells them
    apart: `softmax_kernel[BLOCK=1024]`, else its differing argument types, launch options or
    specialization attributes, else all of those that differ, else a number."""
    by_name: dict[str, list[int]] = {}
    for i, spec in enumerate(specs):
        by_name.setdefault(spec.name, []).append(i)
    names = [spec.name for spec in specs]
    for name, indices in by_name.items():
        if len(indices) < 2:
            continue
        group = [specs[i] for i in indices]
        for describe in (KernelSpecialization.constexpr_names, lambda s: s.signature, _launch_options,
                         lambda s: {str(k): v for k, v in s.attrs.items()},
                         lambda s: {**s.constexpr_names(), **s.signature, **_launch_options(s)}):
            labels = _differing(group, describe)
            if labels and len(set(labels)) == len(labels):
                break
        else:
            labels = [str(n) for n in range(1, len(group) + 1)]
        for i, label in zip(indices, labels):
            names[i] = f"{name}[{label}]"
    return names


def _launch_options(spec: KernelSpecialization) -> dict:
    return {k: spec.options[k] for k in ("num_warps", "num_stages", "num_ctas") if k in spec.options}


def _differing(group, describe) -> list[str] | None:
    values = [describe(s) for s in group]
    keys = sorted({k for v in values for k in v if len({repr(x.get(k)) for x in values}) > 1})
    if not keys:
        return None
    return [",".join(f"{k}={v.get(k)}" for k in keys) for v in values]


class LaunchRecorder:
    """Records every distinct kernel specialization launched while active, in launch order;
    launches still run (on the GPU, or in the interpreter on CPU tensors). Launches an
    @triton.autotune makes while benchmarking its configs (Autotuner._bench, Triton 3.6 and
    3.9) are not the script's: only the launch with the config it chose is recorded. Under the
    interpreter (no GPU) nothing can be timed, so every config is launched once and recorded."""

    def __init__(self, target: str):
        self.target = target
        self.specs: list[KernelSpecialization] = []
        self._keys: set = set()
        self._benchmarking = 0
        self.autotuned_without_timing = False
        self.jit_of_interpreted = _JitFunctionCache()

    def add(self, kernel, args: tuple, kwargs: dict) -> None:
        jit_fn = self.jit_of_interpreted(kernel) if _is_interpreted(kernel) else kernel
        spec = specialize_launch(jit_fn, self.target, args, kwargs)
        spec.kernel = kernel
        if spec.key() not in self._keys:
            self._keys.add(spec.key())
            self.specs.append(spec)

    @contextlib.contextmanager
    def recording(self):
        from triton.runtime.jit import JITFunction

        patched = [(JITFunction, JITFunction.run)]
        try:
            from triton.runtime.interpreter import InterpretedFunction
            patched.append((InterpretedFunction, InterpretedFunction.run))
        except ImportError:
            pass
        recorder = self
        self.language_before = LanguageSnapshot()

        def wrap(original):
            def run(self, *args, grid, warmup, **kwargs):
                if not warmup and not recorder._benchmarking:
                    recorder.add(self, args, kwargs)
                return original(self, *args, grid=grid, warmup=warmup, **kwargs)
            return run

        def benchmarking(original):
            def _bench(self, *args, **kwargs):
                recorder._benchmarking += 1
                try:
                    return original(self, *args, **kwargs)
                finally:
                    recorder._benchmarking -= 1
            return _bench

        def launch_each_config_once(self):
            # Under the interpreter there is nothing to time: each config is launched once, so
            # its compile is recorded, and all tie, so the script goes on with the first.
            def run_once(kernel_call, *args, **kwargs):
                recorder.autotuned_without_timing = True
                kernel_call()
                return [0.0, 0.0, 0.0]
            return run_once

        wrapped = [(cls, "run", original, wrap(original)) for cls, original in patched]
        try:
            from triton.runtime.autotuner import Autotuner
            descriptor = Autotuner.__dict__.get("do_bench")  # a property or cached_property
            if _interpreting() and isinstance(descriptor, (property, functools.cached_property)):
                wrapped.append((Autotuner, "do_bench", descriptor, property(launch_each_config_once)))
            elif hasattr(Autotuner, "_bench"):
                wrapped.append((Autotuner, "_bench", Autotuner._bench, benchmarking(Autotuner._bench)))
        except ImportError:
            pass
        for cls, name, _original, replacement in wrapped:
            setattr(cls, name, replacement)
        try:
            yield self
        finally:
            for cls, name, original, _replacement in wrapped:
                setattr(cls, name, original)


def _interpreting() -> bool:
    try:
        from triton import knobs

        return bool(knobs.runtime.interpret)
    except (ImportError, AttributeError):
        import os

        return os.environ.get("TRITON_INTERPRET") == "1"


def _is_interpreted(kernel) -> bool:
    return type(kernel).__name__ == "InterpretedFunction"


class LanguageSnapshot:
    """The attributes of triton.language's modules and classes at one moment. The interpreter
    patches them with its own implementations for each launch and does not always put them back
    (a @triton.jit helper called from a kernel patches triton.language.core for good, as of 3.9);
    compiling afterwards needs the originals."""

    def __init__(self):
        self.saved: list[tuple[object, dict]] = [(owner, dict(vars(owner))) for owner in _language_owners()]

    def restore(self) -> None:
        for owner, before in self.saved:
            for name, value in list(vars(owner).items()):
                if name in before and before[name] is not value and not name.startswith("__"):
                    setattr(owner, name, before[name])


def _language_owners() -> list:
    owners = []
    for name, module in list(sys.modules.items()):
        if name == "triton.language" or name.startswith("triton.language."):
            owners.append(module)
            owners.extend(v for v in vars(module).values()
                          if isinstance(v, type) and v.__module__ == name)
    return owners


class _JitFunctionCache:
    """One JITFunction per interpreted kernel, built from the same Python function and options."""

    def __init__(self):
        self._made: dict[int, object] = {}

    def __call__(self, interpreted):
        from triton.runtime.jit import JITFunction

        made = self._made.get(id(interpreted))
        if made is None:
            options = {k: v for k, v in getattr(interpreted, "kwargs", {}).items()
                       if k in inspect.signature(JITFunction.__init__).parameters}
            made = JITFunction(interpreted.fn, **options)
            self._made[id(interpreted)] = (made, interpreted)  # keep the key object alive
            return made
        return made[0]


@contextlib.contextmanager
def compiling_interpreted_kernels(jit_of, namespaces: list[dict], language_before: LanguageSnapshot | None):
    """Let kernels that were defined under TRITON_INTERPRET=1 compile for real: while active, every
    @triton.jit function that is an InterpretedFunction (in triton.language, the user's modules and
    `namespaces`) is swapped for a JITFunction of the same Python function, and the interpreter is off."""
    from triton import knobs

    if language_before is not None:
        language_before.restore()
    restore: list = []

    def swap(owner, setter, items):
        for name, value in list(items):
            if _is_interpreted(value):
                restore.append((setter, owner, name, value))
                setter(owner, name, jit_of(value))

    set_item = lambda d, k, v: d.__setitem__(k, v)  # noqa: E731
    seen: set[int] = set()
    spaces = [m.__dict__ for m in list(sys.modules.values()) if _may_hold_kernels(m)] + namespaces
    for space in spaces:
        if id(space) in seen:
            continue
        seen.add(id(space))
        swap(space, set_item, space.items())
        for value in list(space.values()):  # tl.tensor's methods are @jit functions too
            if isinstance(value, type) and value.__module__.startswith("triton.language"):
                swap(value, setattr, vars(value).items())
    saved_interpret = knobs.runtime.interpret
    knobs.runtime.interpret = False
    try:
        yield
    finally:
        knobs.runtime.interpret = saved_interpret
        for setter, owner, name, value in reversed(restore):
            setter(owner, name, value)


def _may_hold_kernels(module) -> bool:
    name = getattr(module, "__name__", "") or ""
    if name.startswith("triton.language"):
        return True
    path = getattr(module, "__file__", None) or ""
    return bool(path) and "site-packages" not in path and "/lib/python" not in path


__all__ = ["KernelSpecialization", "LaunchRecorder", "compiling_interpreted_kernels", "innermost_jit_function",
           "autotuner_variants", "specialize_launch", "unit_names"]
