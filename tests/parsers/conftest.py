"""One real Triton compile (sm_90, no GPU needed) shared by the parser tests: a kernel that calls
a @triton.jit helper of its own and tl.cdiv from Triton's library, so inlined code is present."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

KERNEL_FILE = Path(__file__).with_name("kernel_with_helpers.py")


@pytest.fixture(scope="session")
def helper_kernel_stages():
    """{stage: StageRecord} of kernel_with_helpers.scaled_exp compiled for sm_90."""
    pytest.importorskip("triton")
    os.environ.setdefault("TRITON_DEFAULT_FP_FUSION", "1")
    import importlib.util

    from triton.compiler import ASTSource

    from irlens.capturers.triton_compile import compile_kernel

    spec = importlib.util.spec_from_file_location("kernel_with_helpers", KERNEL_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    src = ASTSource(fn=module.scaled_exp, signature={"x_ptr": "*fp32", "out_ptr": "*fp32", "n": "i32",
                                                     "BLOCK": "constexpr"}, constexprs={"BLOCK": 256})
    return {r.stage: r for r in compile_kernel(src, "sm_90", unit="scaled_exp")}
