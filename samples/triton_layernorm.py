"""Layer norm forward in Triton: a loop over column blocks for the mean and variance, then a
second loop that normalizes, scales and shifts.

What to look for in its lowering: `scf.for` loops in TTIR and TTGIR (and their unrolled or
pipelined form in LLVM IR/PTX), the two reductions, `1 / tl.sqrt(...)` becoming `sqrt.approx.ftz.f32`
and `div.full.f32` in PTX and MUFU.SQRT then MUFU.RCP in SASS (the code asks for a square root and
a division, so no rsqrt appears; `tl.rsqrt` would give one), and how the row statistics stored by
one program per row turn into scalar stores.
"""
import torch
import triton
import triton.language as tl

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


@triton.jit
def layernorm_kernel(x_ptr, y_ptr, w_ptr, b_ptr, mean_ptr, rstd_ptr, stride, n_cols, eps,
                     BLOCK_SIZE: tl.constexpr):
    row = tl.program_id(0)
    x_ptr += row * stride
    y_ptr += row * stride
    acc = tl.zeros([BLOCK_SIZE], dtype=tl.float32)
    for off in range(0, n_cols, BLOCK_SIZE):
        cols = off + tl.arange(0, BLOCK_SIZE)
        acc += tl.load(x_ptr + cols, mask=cols < n_cols, other=0.0).to(tl.float32)
    mean = tl.sum(acc, axis=0) / n_cols
    acc = tl.zeros([BLOCK_SIZE], dtype=tl.float32)
    for off in range(0, n_cols, BLOCK_SIZE):
        cols = off + tl.arange(0, BLOCK_SIZE)
        x = tl.load(x_ptr + cols, mask=cols < n_cols, other=0.0).to(tl.float32)
        diff = tl.where(cols < n_cols, x - mean, 0.0)
        acc += diff * diff
    rstd = 1 / tl.sqrt(tl.sum(acc, axis=0) / n_cols + eps)
    tl.store(mean_ptr + row, mean)
    tl.store(rstd_ptr + row, rstd)
    for off in range(0, n_cols, BLOCK_SIZE):
        cols = off + tl.arange(0, BLOCK_SIZE)
        mask = cols < n_cols
        w = tl.load(w_ptr + cols, mask=mask)
        b = tl.load(b_ptr + cols, mask=mask)
        x = tl.load(x_ptr + cols, mask=mask, other=0.0).to(tl.float32)
        tl.store(y_ptr + cols, (x - mean) * rstd * w + b, mask=mask)


def _buffers(n_rows=32, n_cols=1000):
    x = torch.randn(n_rows, n_cols, device=DEVICE)
    w = torch.rand(n_cols, device=DEVICE)
    b = torch.rand(n_cols, device=DEVICE)
    y = torch.empty_like(x)
    mean = torch.empty(n_rows, device=DEVICE)
    rstd = torch.empty(n_rows, device=DEVICE)
    return x, w, b, y, mean, rstd


def example():
    x, w, b, y, mean, rstd = _buffers()
    return [(layernorm_kernel, (x.shape[0],), (x, y, w, b, mean, rstd, x.stride(0), x.shape[1], 1e-5),
             {"BLOCK_SIZE": 256})]


if __name__ == "__main__":
    x, w, b, y, mean, rstd = _buffers()
    layernorm_kernel[(x.shape[0],)](x, y, w, b, mean, rstd, x.stride(0), x.shape[1], 1e-5, BLOCK_SIZE=256)
    torch.testing.assert_close(y, torch.nn.functional.layer_norm(x, (x.shape[1],), w, b, 1e-5),
                               rtol=1e-4, atol=1e-4)
    print("layer norm matches torch")
