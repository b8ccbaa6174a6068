"""A CUDA device that is not there: just enough of c10's device guard, torch.cuda and Triton's
driver for Inductor to generate (never run) its CUDA code on a machine without an NVIDIA GPU.

Checked with torch 2.13.0+cpu / triton 3.9.0 and torch 2.11.0+cu130 with no driver / triton 3.6.0.
Private APIs touched, the most version-bound first: c10::impl::device_guard_impl_registry (a libc10
symbol) and torch._C._ensureCUDADeviceGuardSet; the vtable of the at::CUDAHooksInterface object
that at::detail::getCUDAHooks() returns (libtorch_cpu; slots named from torch's shipped
AcceleratorHooksInterface.h); triton's CudaDriver and runtime.driver._active;
FakeTensorMode.avoid_device_init; torch._inductor.constant_folding.ConstantFolder.run;
torch.fx.experimental.proxy_tensor.CONSTANT_NUMEL_LIMIT; torch._dynamo.device_interface.
device_interfaces and its caching_worker_* dicts; the functools caches of torch.utils._triton
and torch._inductor.utils and DeviceProperties.create; torch.cuda._lazy_init /
_exchange_device / _maybe_exchange_device; torch._subclasses.fake_tensor.init_gpu_context.
"""
from __future__ import annotations

import contextlib
import ctypes
import functools
import importlib
import os
from dataclasses import asdict, dataclass
from typing import Iterator

from irlens.record import CaptureError


@dataclass(frozen=True)
class DeviceFigures:
    """What torch.cuda.get_device_properties reports for one card, as far as Inductor reads it.
    These are the published figures of the card named, not read from any device."""

    name: str
    major: int
    minor: int
    multi_processor_count: int
    max_threads_per_multi_processor: int
    shared_memory_per_block_optin: int
    shared_memory_per_multiprocessor: int
    L2_cache_size: int
    total_memory: int
    regs_per_multiprocessor: int = 65536
    max_threads_per_block: int = 1024
    shared_memory_per_block: int = 48 * 1024
    warp_size: int = 32
    is_integrated: int = 0
    is_multi_gpu_board: int = 0
    gcnArchName: str = "NVIDIA CUDA gcnArchName not available"  # what a CUDA build reports

    @property
    def arch(self) -> int:
        return self.major * 10 + self.minor


_KIB, _MIB, _GIB = 1024, 1024 ** 2, 1024 ** 3

# One well-known card per architecture: its published figures.
CARDS: dict[int, DeviceFigures] = {c.arch: c for c in (
    DeviceFigures("Tesla T4", 7, 5, 40, 1024, 64 * _KIB, 64 * _KIB, 4 * _MIB, 15 * _GIB),
    DeviceFigures("NVIDIA A100-SXM4-80GB", 8, 0, 108, 2048, 163 * _KIB, 164 * _KIB, 40 * _MIB, 79 * _GIB),
    DeviceFigures("NVIDIA GeForce RTX 3090", 8, 6, 82, 1536, 99 * _KIB, 100 * _KIB, 6 * _MIB, 23 * _GIB),
    DeviceFigures("NVIDIA GeForce RTX 4090", 8, 9, 128, 1536, 99 * _KIB, 100 * _KIB, 72 * _MIB, 23 * _GIB),
    DeviceFigures("NVIDIA H100 80GB HBM3", 9, 0, 132, 2048, 227 * _KIB, 228 * _KIB, 50 * _MIB, 79 * _GIB),
    DeviceFigures("NVIDIA B200", 10, 0, 148, 2048, 227 * _KIB, 228 * _KIB, 126 * _MIB, 178 * _GIB),
    DeviceFigures("NVIDIA GeForce RTX 5090", 12, 0, 170, 1536, 99 * _KIB, 100 * _KIB, 96 * _MIB, 31 * _GIB),
)}


def figures_for(arch: int) -> DeviceFigures:
    try:
        return CARDS[arch]
    except KeyError:
        known = " ".join(f"sm_{a}" for a in CARDS)
        raise CaptureError(f"no device figures for sm_{arch} to generate CUDA code without the device; "
                           f"known: {known}") from None


def install_cuda_device_guard() -> str:
    """Give a CPU-only libtorch a CUDA device guard, which c10 looks up whenever a C++ op touches
    a CUDA tensor, fake ones included. torch._C._ensureCUDADeviceGuardSet installs c10's own
    FakeGuardImpl<CUDA>, but only over an existing guard that reports no devices; a CPU-only
    build has none, so the Lazy device's guard (no devices) is put there first. Permanent for
    the process and inert for CPU work; returns which guard CUDA has."""
    import torch

    libc10 = ctypes.CDLL(os.path.join(os.path.dirname(torch.__file__), "lib", "libc10.so"))
    registry = (ctypes.c_void_p * 21).in_dll(libc10, "_ZN3c104impl26device_guard_impl_registryE")
    cuda, meta, lazy = 1, 14, 17  # c10::DeviceType values
    if registry[cuda]:
        return "present"
    registry[cuda] = registry[lazy]
    torch._C._ensureCUDADeviceGuardSet()
    if registry[cuda] != registry[lazy]:
        return "c10 FakeGuardImpl<CUDA>"
    registry[cuda] = registry[meta]  # does nothing, but a CUDA device reads back as meta
    return "Meta device guard"


def _accelerator_hook_slots(include_dir: str) -> dict[str, int]:
    """Vtable slot of each virtual function of at::AcceleratorHooksInterface, in the order its
    header (shipped with torch) declares them; the destructor takes two slots (Itanium ABI)."""
    import re

    with open(os.path.join(include_dir, "ATen", "detail", "AcceleratorHooksInterface.h")) as f:
        text = re.sub(r"//[^\n]*", "", f.read())
    body = text[text.index("struct TORCH_API AcceleratorHooksInterface"):]
    body = body[:body.index("\n};")]
    slots: dict[str, int] = {}
    slot = 0
    for name in re.findall(r"virtual\s[^;{(]*?(~?\w+)\s*\(", body):
        slots[name] = slot
        slot += 2 if name.startswith("~") else 1
    return slots


@contextlib.contextmanager
def cuda_as_accelerator() -> Iterator[bool]:
    """Make c10 name CUDA as the machine's accelerator, with no device context: the autograd
    engine asks for the accelerator's current stream as soon as a gradient flows into a CUDA
    tensor, which AOTAutograd does while it traces the backward graph on fake CUDA tensors.
    Inside, the CUDA hooks object reads from a copy of its vtable in which hasPrimaryContext()
    says False (nothing ran on the device) and, in a CPU-only build, whose hooks say "not
    built", isBuilt() says True. A CUDA build on a machine with no driver (torch 2.11+cu130 on
    a CPU machine) is already the accelerator, but its hasPrimaryContext() refuses device 0 of
    0. Yields whether CUDA is now the accelerator; the vtable is put back on exit."""
    import torch

    accelerator = torch.accelerator.current_accelerator()
    if accelerator is not None and accelerator.type != "cuda":
        yield False
        return
    cpu_only = accelerator is None
    torch_dir = os.path.dirname(torch.__file__)
    try:
        libtorch = ctypes.CDLL(os.path.join(torch_dir, "lib", "libtorch_cpu.so"))
        get_hooks = libtorch._ZN2at6detail12getCUDAHooksEv
        get_hooks.restype = ctypes.c_void_p
        base_vtable = ctypes.addressof(ctypes.c_void_p.in_dll(libtorch, "_ZTVN2at18CUDAHooksInterfaceE"))
        slots = _accelerator_hook_slots(os.path.join(torch_dir, "include"))
    except (OSError, AttributeError, ValueError):  # another platform or layout: forward still works
        yield not cpu_only
        return
    vptr = ctypes.c_void_p.from_address(get_hooks())
    original = vptr.value
    # A CPU-only build must hold the plain interface object, whose layout the header gives; a
    # CUDA build's CUDAHooks derives from it singly, so its slots are the same.
    if (cpu_only and original != base_vtable + 16) or not {"isBuilt", "hasPrimaryContext"} <= slots.keys():
        yield not cpu_only
        return
    # offset-to-top and typeinfo, the base class's slots, then CUDAHooksInterface's own: a
    # margin of words past the table's end is copied (read, never called) to take them all
    table = (ctypes.c_void_p * (2 + 2 * len(slots) + 64))()
    ctypes.memmove(table, original - 16, ctypes.sizeof(table))
    is_built = ctypes.CFUNCTYPE(ctypes.c_bool, ctypes.c_void_p)(lambda self: True)
    has_primary_context = ctypes.CFUNCTYPE(ctypes.c_bool, ctypes.c_void_p, ctypes.c_int8)(lambda self, index: False)
    if cpu_only:
        table[2 + slots["isBuilt"]] = ctypes.cast(is_built, ctypes.c_void_p).value
    table[2 + slots["hasPrimaryContext"]] = ctypes.cast(has_primary_context, ctypes.c_void_p).value
    vptr.value = ctypes.addressof(table) + 16
    try:
        accelerator = torch.accelerator.current_accelerator()
        yield accelerator is not None and accelerator.type == "cuda"
    finally:
        vptr.value = original


def _fake_torch_cuda(card: DeviceFigures) -> dict:
    """torch.cuda functions that answer as `card` would, device 0 of 1."""
    import torch

    current = [0]

    def exchange_device(device: int) -> int:
        previous, current[0] = current[0], max(int(device), 0)
        return previous

    return {
        "is_available": lambda: True,
        "is_initialized": lambda: True,
        "_lazy_init": lambda: None,
        "device_count": lambda: 1,
        "current_device": lambda: current[0],
        "set_device": lambda device: exchange_device(torch.cuda._get_device_index(device, optional=True)),
        "_exchange_device": exchange_device,
        "_maybe_exchange_device": exchange_device,
        "get_device_properties": lambda device=None: card,
        "get_device_capability": lambda device=None: (card.major, card.minor),
        "get_device_name": lambda device=None: card.name,
        "is_bf16_supported": lambda including_emulation=True: card.major >= 8,
        "synchronize": lambda device=None: None,
        "get_rng_state": lambda device="cuda": torch.zeros(16, dtype=torch.uint8),
        "set_rng_state": lambda new_state, device="cuda": None,
    }


def _fake_device_interface(card: DeviceFigures):
    """Dynamo's CudaInterface bound torch.cuda's functions when it was imported; this one reads
    them now, so it sees the fake ones."""
    import torch
    from torch._dynamo.device_interface import CudaInterface

    class FakeCudaInterface(CudaInterface):
        current_device = staticmethod(lambda: torch.cuda.current_device())
        set_device = staticmethod(lambda device: torch.cuda.set_device(device))
        device_count = staticmethod(lambda: 1)
        synchronize = staticmethod(lambda device=None: None)
        get_device_properties = staticmethod(lambda device=None: card)
        exchange_device = staticmethod(lambda device: torch.cuda._exchange_device(device))
        maybe_exchange_device = staticmethod(lambda device: torch.cuda._maybe_exchange_device(device))
        is_bf16_supported = staticmethod(lambda including_emulation=False: card.major >= 8)
        get_raw_stream = staticmethod(lambda device=None: 0)

        @staticmethod
        def is_available() -> bool:
            return True

        @staticmethod
        def get_compute_capability(device=None) -> int:
            return card.arch

        @staticmethod
        def is_triton_capable(device=None) -> bool:
            return card.major >= 7

    return FakeCudaInterface


def _fake_triton_driver(card: DeviceFigures):
    """A Triton CUDA driver that loads no libcuda and names `card`'s architecture as the target.
    It must be a CudaDriver: Inductor's kernel modules keep only a driver of that class."""
    from triton.backends.compiler import GPUTarget
    from triton.backends.nvidia.driver import CudaDriver

    class FakeCudaDriver(CudaDriver):
        def __init__(self):  # CudaDriver's would load libcuda
            pass

        def get_current_target(self):
            return GPUTarget("cuda", card.arch, card.warp_size)

        def get_current_device(self):
            return 0

        def set_current_device(self, device):
            pass

        def get_device_capability(self, device=None):
            return card.major, card.minor

        def get_current_stream(self, device=None):
            return 0

    return FakeCudaDriver()


# Modules whose functools caches hold facts about the device (has_triton(), the Triton backend
# for the current target, SM counts...): emptied on the way in and out, so neither side sees
# the other's answers.
_DEVICE_FACT_CACHES = ("torch.utils._triton", "torch._inductor.utils")


def _forget_device_facts() -> None:
    from torch._inductor.runtime.hints import DeviceProperties

    DeviceProperties.create.cache_clear()
    for name in _DEVICE_FACT_CACHES:
        module = importlib.import_module(name)
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == name:
                value.cache_clear()


def _constant_folding_on_cpu(folder_run):
    """Inductor's constant folder computes the value of constants such as
    `torch.full(shape, 0.0, device=x.device)` by running them, one element, on their device;
    only the value is kept (the replacement takes its device from the graph), so on the CPU it
    is the same value."""
    import torch
    from torch.utils._python_dispatch import TorchDispatchMode
    from torch.utils._pytree import tree_map

    def on_cpu(value):
        return torch.device("cpu") if isinstance(value, torch.device) and value.type == "cuda" else value

    class CudaValuesOnCpu(TorchDispatchMode):
        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            return func(*tree_map(on_cpu, args), **tree_map(on_cpu, kwargs or {}))

    @functools.wraps(folder_run)
    def run(self, *args, **kwargs):
        with CudaValuesOnCpu():
            return folder_run(self, *args, **kwargs)

    return run


def device_description(card: DeviceFigures) -> dict:
    return {k: v for k, v in asdict(card).items() if k != "gcnArchName"}


@contextlib.contextmanager
def fake_cuda_device(arch: int) -> Iterator[DeviceFigures]:
    """Inside: torch, Dynamo, Inductor and Triton see one CUDA device of architecture `arch`.
    On exit everything but the (inert) device guard is put back, caches included, so CPU
    compiles in the same process afterwards see the machine as it is."""
    import torch
    import triton
    from torch._dynamo import device_interface
    from torch._inductor.constant_folding import ConstantFolder
    from torch._subclasses import fake_tensor
    from torch._subclasses.fake_tensor import FakeTensorMode
    from torch.fx.experimental import proxy_tensor

    card = figures_for(arch)
    install_cuda_device_guard()
    fakes = _fake_torch_cuda(card)
    saved_cuda = {name: getattr(torch.cuda, name) for name in fakes}
    device_interface.get_interface_for_device("cpu")  # registers the built-in interfaces first
    saved_interface = device_interface.device_interfaces.get("cuda")
    saved_driver = triton.runtime.driver._active
    saved_avoid_device_init = FakeTensorMode.__dict__["avoid_device_init"]
    saved_init_gpu_context = fake_tensor.init_gpu_context
    saved_folder_run = ConstantFolder.__dict__["run"]
    saved_constant_limit = proxy_tensor.CONSTANT_NUMEL_LIMIT
    saved_worker = (dict(device_interface.caching_worker_device_properties),
                    dict(device_interface.caching_worker_current_devices))

    def forget_device_caches():
        _forget_device_facts()
        device_interface.caching_worker_device_properties.pop("cuda", None)
        device_interface.caching_worker_current_devices.pop("cuda", None)

    stack = contextlib.ExitStack()
    try:
        forget_device_caches()
        stack.enter_context(cuda_as_accelerator())
        for name, fn in fakes.items():
            setattr(torch.cuda, name, fn)
        device_interface.register_interface_for_device("cuda", _fake_device_interface(card))
        triton.runtime.driver.set_active(_fake_triton_driver(card))
        # FakeTensorMode makes `torch.tensor(2.0, device="cuda")` real unless it must avoid
        # initializing the device, which it decides from is_available(), now True.
        FakeTensorMode.avoid_device_init = property(lambda self: True)
        # A fake CUDA tensor first makes a real one "to initialize the context" (torch 2.11 asks
        # is_available(), now True; a CUDA build with no driver then fails). There is no context
        # to make: backward asks the CUDA hooks, which cuda_as_accelerator answers.
        fake_tensor.init_gpu_context = lambda device: None
        ConstantFolder.run = _constant_folding_on_cpu(saved_folder_run)
        # make_fx also runs one-element constants (`torch.tensor(3.0, device=x.device)`) for
        # real beside the graph, to answer a later .item(); on CUDA that needs the device
        proxy_tensor.CONSTANT_NUMEL_LIMIT = 0
        yield card
    finally:
        stack.close()
        for name, fn in saved_cuda.items():
            setattr(torch.cuda, name, fn)
        if saved_interface is not None:
            device_interface.register_interface_for_device("cuda", saved_interface)
        triton.runtime.driver._active = saved_driver
        FakeTensorMode.avoid_device_init = saved_avoid_device_init
        fake_tensor.init_gpu_context = saved_init_gpu_context
        ConstantFolder.run = saved_folder_run
        proxy_tensor.CONSTANT_NUMEL_LIMIT = saved_constant_limit
        forget_device_caches()
        device_interface.caching_worker_device_properties.update(saved_worker[0])
        device_interface.caching_worker_current_devices.update(saved_worker[1])
