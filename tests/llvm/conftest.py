"""A Triton kernel compiled for sm_90 without a GPU (its llir and ptx), shared by the llvmlite tests."""
from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session")
def triton_add_kernel():
    """(name, asm) of a masked vector add compiled by triton.compile for GPUTarget('cuda', 90, 32)."""
    os.environ.setdefault("TRITON_DEFAULT_FP_FUSION", "1")
    triton = pytest.importorskip("triton")
    import triton.language as tl
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource

    @triton.jit
    def add_kernel(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
        offsets = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
        mask = offsets < n
        x = tl.load(x_ptr + offsets, mask=mask)
        y = tl.load(y_ptr + offsets, mask=mask)
        tl.store(out_ptr + offsets, x + y, mask=mask)

    source = ASTSource(fn=add_kernel, constexprs={"BLOCK": 1024},
                       signature={"x_ptr": "*fp32", "y_ptr": "*fp32", "out_ptr": "*fp32", "n": "i32",
                                  "BLOCK": "constexpr"})
    compiled = triton.compile(source, target=GPUTarget("cuda", 90, 32))
    return "add_kernel", compiled.asm
