"""Vector add in Triton: the smallest kernel with every stage.

What to look for in its lowering: in TTGIR the #ttg.blocked layout that spreads the BLOCK
elements over threads (sizePerThread decides the vector width); in PTX the masked `ld.global`
loads for the `tl.load` lines (vectorized to .v4 when the pointers are known to be 16-byte
aligned); in SASS the LDG/STG instructions that remain.
"""
import torch
import triton
import triton.language as tl

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


@triton.jit
def add_kernel(x_ptr, y_ptr, out_ptr, n_elements, BLOCK_SIZE: tl.constexpr):
    pid = tl.program_id(axis=0)
    offsets = pid * BLOCK_SIZE + tl.arange(0, BLOCK_SIZE)
    mask = offsets < n_elements
    x = tl.load(x_ptr + offsets, mask=mask)
    y = tl.load(y_ptr + offsets, mask=mask)
    tl.store(out_ptr + offsets, x + y, mask=mask)


def add(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    out = torch.empty_like(x)
    n = out.numel()
    grid = lambda meta: (triton.cdiv(n, meta["BLOCK_SIZE"]),)  # noqa: E731
    add_kernel[grid](x, y, out, n, BLOCK_SIZE=1024)
    return out


def example():
    x = torch.rand(98432, device=DEVICE)
    y = torch.rand(98432, device=DEVICE)
    out = torch.empty_like(x)
    return [(add_kernel, (triton.cdiv(x.numel(), 1024),), (x, y, out, x.numel()), {"BLOCK_SIZE": 1024})]


if __name__ == "__main__":
    x = torch.rand(98432, device=DEVICE)
    y = torch.rand(98432, device=DEVICE)
    torch.testing.assert_close(add(x, y), x + y)
    print("vector add matches torch")
