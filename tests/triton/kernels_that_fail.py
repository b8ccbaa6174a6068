"""Kernels that do not compile, for the failure tests (this file is also a capture input)."""
import torch
import triton
import triton.language as tl


@triton.jit
def copy_kernel(x_ptr, BLOCK: tl.constexpr):
    offsets = tl.arange(0, BLOCK)
    tl.store(x_ptr + offsets, tl.load(x_ptr + offsets))


@triton.jit
def non_power_of_two_arange(x_ptr, BLOCK: tl.constexpr):
    offsets = tl.arange(0, 1000)
    tl.store(x_ptr + offsets, 1.0)


def example():
    x = torch.zeros(1024)
    return [(copy_kernel, (1,), (x,), {"BLOCK": 256}), (non_power_of_two_arange, (1,), (x,), {"BLOCK": 256})]
