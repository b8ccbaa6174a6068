"""A Triton kernel for the parser tests: its own @triton.jit helper and tl.cdiv get inlined."""
import triton
import triton.language as tl


@triton.jit
def twice(x):
    return x * 2.0


@triton.jit
def scaled_exp(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    pid = tl.program_id(0)
    blocks = tl.cdiv(n, BLOCK)
    offs = (pid % blocks) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n)
    y = tl.exp(twice(x))
    tl.store(out_ptr + offs, y, mask=offs < n)
