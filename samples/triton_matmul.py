"""Tiled matmul in Triton with tl.dot: each program computes one BLOCK_M x BLOCK_N tile of C,
looping over K in BLOCK_K steps.

What to look for in its lowering: `tt.dot` in TTIR; in TTGIR the #ttg.nvidia_mma (sm_80) or
#ttg.nvidia_mma version 3 (sm_90) layout and shared-memory #ttg.swizzled_shared/#ttg.nvmma_shared
operands, with the K loop software-pipelined over num_stages buffers (async copies); in PTX
`mma.sync` on sm_80 and `wgmma.mma_async` on sm_90; in SASS HMMA vs HGMMA.
"""
import torch
import triton
import triton.language as tl

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


@triton.jit
def matmul_kernel(a_ptr, b_ptr, c_ptr, M, N, K, stride_am, stride_ak, stride_bk, stride_bn, stride_cm,
                  stride_cn, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr):
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_ptrs = a_ptr + offs_m[:, None] * stride_am + offs_k[None, :] * stride_ak
    b_ptrs = b_ptr + offs_k[:, None] * stride_bk + offs_n[None, :] * stride_bn
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k in range(0, tl.cdiv(K, BLOCK_K)):
        k_left = K - k * BLOCK_K
        a = tl.load(a_ptrs, mask=(offs_m[:, None] < M) & (offs_k[None, :] < k_left), other=0.0)
        b = tl.load(b_ptrs, mask=(offs_k[:, None] < k_left) & (offs_n[None, :] < N), other=0.0)
        acc += tl.dot(a, b)
        a_ptrs += BLOCK_K * stride_ak
        b_ptrs += BLOCK_K * stride_bk
    c_ptrs = c_ptr + offs_m[:, None] * stride_cm + offs_n[None, :] * stride_cn
    tl.store(c_ptrs, acc.to(tl.float16), mask=(offs_m[:, None] < M) & (offs_n[None, :] < N))


BLOCKS = {"BLOCK_M": 64, "BLOCK_N": 64, "BLOCK_K": 32}


def _launch_args(a, b, c):
    M, K = a.shape
    _, N = b.shape
    grid = (triton.cdiv(M, BLOCKS["BLOCK_M"]), triton.cdiv(N, BLOCKS["BLOCK_N"]))
    args = (a, b, c, M, N, K, a.stride(0), a.stride(1), b.stride(0), b.stride(1), c.stride(0), c.stride(1))
    return grid, args


def example():
    a = torch.randn(256, 192, device=DEVICE, dtype=torch.float16)
    b = torch.randn(192, 128, device=DEVICE, dtype=torch.float16)
    c = torch.empty(256, 128, device=DEVICE, dtype=torch.float16)
    grid, args = _launch_args(a, b, c)
    return [(matmul_kernel, grid, args, dict(BLOCKS, num_warps=4, num_stages=3))]


if __name__ == "__main__":
    a = torch.randn(256, 192, device=DEVICE, dtype=torch.float16)
    b = torch.randn(192, 128, device=DEVICE, dtype=torch.float16)
    c = torch.empty(256, 128, device=DEVICE, dtype=torch.float16)
    grid, args = _launch_args(a, b, c)
    matmul_kernel[grid](*args, **BLOCKS, num_warps=4, num_stages=3)
    torch.testing.assert_close(c, (a.float() @ b.float()).half(), rtol=1e-2, atol=1e-2)
    print("matmul matches torch")
