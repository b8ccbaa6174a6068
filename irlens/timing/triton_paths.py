"""Timing path for hand-written Triton kernels (`example()` -> launches): each launch on its own and
all of them in sequence, on the GPU only (a Triton kernel has no host figure)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from irlens.model_file import call_user, load_user_module
from irlens.timing.devices import cuda_device, cuda_present
from irlens.timing.harness import failed_row, measured_row, no_gpu_row, one_line, time_on_cuda

TRITON = "triton"
ARGS_BYTES_SOURCE = "tensor arguments' sizes (each read or written once)"


def bench_triton(path: Path, options, emit: Callable[[list[dict]], None]) -> None:
    if not cuda_present():
        emit([no_gpu_row(TRITON)])
        return
    device = cuda_device()
    module = load_user_module(path)
    if not hasattr(module, "example"):
        emit([failed_row(TRITON, None, device, f"{path.name}: defines no example() returning launches")])
        return
    launches = [_unpack(launch) for launch in call_user(module.example, path, "example()")]
    calls = [(_kernel_name(kernel), _launcher(kernel, grid, args, kwargs), _tensor_bytes(args, kwargs))
             for kernel, grid, args, kwargs in launches]
    rows = []
    for name, launch, nbytes in calls:
        try:
            samples, method = time_on_cuda(launch, options.repeats, cuda_graphs=options.cuda_graphs)
            rows.append(measured_row(TRITON, name, device, method, samples, bytes_moved=nbytes,
                                     bytes_source=ARGS_BYTES_SOURCE))
        except Exception as exc:
            rows.append(failed_row(TRITON, name, device, one_line(exc, path, f"launching {name}")))
    emit(rows)
    if len(calls) > 1 and not any(r["error"] for r in rows):
        def run_all():
            for _, launch, _ in calls:
                launch()
        samples, method = time_on_cuda(run_all, options.repeats, cuda_graphs=options.cuda_graphs)
        emit([measured_row(TRITON, None, device, method, samples, bytes_moved=sum(c[2] for c in calls),
                           bytes_source=ARGS_BYTES_SOURCE)])


def _unpack(launch):
    if len(launch) == 3:
        return (*launch, {})
    if len(launch) == 4:
        return tuple(launch)
    raise ValueError(f"a launch is (kernel, grid, args) or (kernel, grid, args, kwargs), got {len(launch)} items")


def _kernel_name(kernel) -> str:
    fn = getattr(kernel, "fn", kernel)
    return getattr(fn, "__name__", repr(kernel))


def _launcher(kernel, grid, args, kwargs):
    return lambda: kernel[grid](*args, **kwargs)


def _tensor_bytes(args, kwargs) -> int | None:
    import torch

    total = sum(a.numel() * a.element_size() for a in list(args) + list(kwargs.values())
                if isinstance(a, torch.Tensor))
    return total or None
