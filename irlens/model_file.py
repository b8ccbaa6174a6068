"""Loading the user's file in the capture process, and the file conventions irlens reads:

- torch: `class Model(nn.Module)`, `get_inputs()` and optionally `get_init_inputs()`;
- JAX:   `example()` returning `(fn, args)` or `(fn, args, kwargs)`;
- Triton: `example()` returning a list of launches `(kernel, grid, args)` or `(kernel, grid, args, kwargs)`.

Any exception while loading becomes a CaptureError naming the user's line.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Callable

from irlens.errors import describe_exception
from irlens.record import CaptureError


def load_user_module(path: Path, name: str = "irlens_user_module") -> ModuleType:
    """Import the file as a module (its `if __name__ == "__main__":` block does not run)."""
    spec = importlib.util.spec_from_file_location(name, str(path))
    if spec is None or spec.loader is None:
        raise CaptureError(f"{path}: cannot be loaded as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except SystemExit as exc:  # a script's sys.exit() at import: say so, not "process died"
        raise CaptureError(f"{path.name}{exit_line(exc, path)}: called sys.exit({exc.code!r}) while being loaded; "
                           "keep script code under `if __name__ == \"__main__\":`") from None
    except Exception as exc:
        raise CaptureError(describe_exception(exc, str(path), doing=f"loading {path.name}")) from exc
    return module


def exit_line(exc: SystemExit, path: Path) -> str:
    """':12', the line of the user's file the sys.exit() was called from (the innermost frame of
    that file in its traceback); '' when none is."""
    line, tb = None, exc.__traceback__
    while tb is not None:
        if Path(tb.tb_frame.f_code.co_filename).resolve() == Path(path).resolve():
            line = tb.tb_lineno
        tb = tb.tb_next
    return f":{line}" if line else ""


def run_user_script(path: Path) -> dict:
    """Run the file as `python FILE` would (its __main__ block runs); returns its globals."""
    import runpy

    try:
        return runpy.run_path(str(path), run_name="__main__")
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise CaptureError(f"{path.name}{exit_line(exc, path)}: the script exited with status {exc.code}") from None
        return {}
    except Exception as exc:
        raise CaptureError(describe_exception(exc, str(path), doing=f"running {path.name}")) from exc


def call_user(fn, path: Path, what: str, *args, **kwargs):
    """Call a function the user defined; its exception becomes one line naming their line."""
    try:
        return fn(*args, **kwargs)
    except CaptureError:
        raise
    except TypeError as exc:
        if exc.__traceback__ is not None and exc.__traceback__.tb_next is None:
            # raised by the call itself (arguments that do not fit the signature): no line of the
            # user's ran, so name the definition the arguments were meant for
            where = _definition_line(fn, path)
            raise CaptureError(f"{where}{what}: TypeError: {exc}") from exc
        raise CaptureError(describe_exception(exc, str(path), doing=what)) from exc
    except Exception as exc:
        raise CaptureError(describe_exception(exc, str(path), doing=what)) from exc


def _definition_line(fn, path: Path) -> str:
    """'model.py:6: ' for the function (a class: its __init__) when the user's file defines it."""
    import inspect

    target = fn.__init__ if inspect.isclass(fn) and "__init__" in vars(fn) else fn
    try:
        if Path(inspect.getsourcefile(target) or "").resolve() != path.resolve():
            return ""
        return f"{path.name}:{inspect.getsourcelines(target)[1]}: "
    except (TypeError, OSError):
        return ""


def has_torch_model_convention(module: ModuleType) -> bool:
    return hasattr(module, "Model") and hasattr(module, "get_inputs")


def build_torch_model(module: ModuleType, path: Path):
    """(model, inputs) from the model-file convention."""
    if not has_torch_model_convention(module):
        missing = " and ".join(n for n, fn in (("class Model", "Model"), ("get_inputs()", "get_inputs"))
                               if not hasattr(module, fn))
        raise CaptureError(f"{path.name}: defines no {missing}; timing and compiling for CUDA need the model-file "
                           "convention (see the README), a script is captured as it runs")
    init_inputs = call_user(module.get_init_inputs, path, "get_init_inputs()") \
        if hasattr(module, "get_init_inputs") else []
    hint = "" if hasattr(module, "get_init_inputs") else " (get_init_inputs() gives Model its arguments)"
    model = call_user(module.Model, path, f"building Model{hint}", *init_inputs)
    inputs = call_user(module.get_inputs, path, "get_inputs()")
    if hasattr(inputs, "shape"):  # one tensor for a one-input model: what a list of one would hold
        inputs = [inputs]
    if not isinstance(inputs, (list, tuple)):
        raise CaptureError(f"{path.name}: get_inputs() returned a {type(inputs).__name__}; return a list of the "
                           "model's inputs")
    _check_inputs_fit(model, list(inputs), path)
    return model, list(inputs)


def _check_inputs_fit(model, inputs: list, path: Path) -> None:
    """A CaptureError naming forward's line when get_inputs() gives it arguments it cannot take
    (else the TypeError is raised deep inside torch's Module.__call__, far from the user's code)."""
    import inspect

    forward = getattr(model, "forward", None)
    try:
        signature = inspect.signature(forward)
    except (TypeError, ValueError):
        return  # a forward that hides its signature: let the call say what it thinks
    try:
        signature.bind(*inputs)
    except TypeError as exc:
        code = getattr(forward, "__code__", None)
        where = f"{path.name}:{code.co_firstlineno}" if code and Path(code.co_filename).name == path.name \
            else path.name
        count = f"{len(inputs)} input" + ("" if len(inputs) == 1 else "s")
        raise CaptureError(f"{where}: Model.forward{signature} does not take the {count} get_inputs() "
                           f"returned ({exc})") from None


def jax_example(module: ModuleType, path: Path) -> tuple[object, tuple, dict]:
    """(fn, args, kwargs) from a JAX file's example(), which returns (fn, args) or (fn, args, kwargs);
    a lone argument may stand for its 1-tuple."""
    result = call_user(module.example, path, "example()")
    if not isinstance(result, (tuple, list)) or len(result) not in (2, 3) or not callable(result[0]):
        raise CaptureError(f"{path.name}: example() must return (fn, args) or (fn, args, kwargs), "
                           f"got {type(result).__name__}")
    fn, args = result[0], result[1]
    kwargs = dict(result[2]) if len(result) == 3 else {}
    return fn, tuple(args) if isinstance(args, (tuple, list)) else (args,), kwargs


def with_keywords_bound(fn, args: tuple, kwargs: dict) -> tuple[Callable, tuple]:
    """(fn', args') that every timed path can call positionally, as fn(*args, **kwargs) runs: the
    keyword arguments holding arrays follow the positional ones (jit traces them as parameters, as
    the capture does), the others are bound (a `static_argnames` value of a jitted fn: a compiled
    program is called without its static arguments)."""
    import jax

    if not kwargs:
        return fn, args

    def holds_arrays(value) -> bool:
        return any(hasattr(leaf, "shape") and hasattr(leaf, "dtype") for leaf in jax.tree_util.tree_leaves(value))

    traced = [name for name, value in kwargs.items() if holds_arrays(value)]
    bound = {name: value for name, value in kwargs.items() if name not in traced}

    def call(*positional):
        split = len(positional) - len(traced)
        return fn(*positional[:split], **bound, **dict(zip(traced, positional[split:])))

    call.__name__ = getattr(fn, "__name__", "fn")
    return call, args + tuple(kwargs[name] for name in traced)
