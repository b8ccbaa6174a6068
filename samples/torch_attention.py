"""Softmax attention written out: softmax(q @ k^T / sqrt(d)) @ v, batch 2, 4 heads, seq 64, dim 64.

What to look for in the fusion map: on the CPU, Inductor's attention pattern (a post-grad pass,
fuse_attention) recognizes this written-out form and puts one library call in its place, aten's
flash attention for the CPU; that call has no source line of its own, and the map says so. For
CUDA, generated without a GPU, the pattern does not match: the two batched matmuls stay library
calls (extern bmm), and the scaling by 1/sqrt(d) and the softmax's max, subtract, exp, sum and
divide become one reduction kernel between them.
"""
import math

import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, dim: int = 64, heads: int = 4):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dim, 3 * dim)

    def forward(self, x):
        b, s, d = x.shape
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        q, k, v = (t.view(b, s, self.heads, d // self.heads).transpose(1, 2) for t in (q, k, v))
        scores = q @ k.transpose(-2, -1) / math.sqrt(d // self.heads)
        weights = torch.softmax(scores, dim=-1)
        out = weights @ v
        return out.transpose(1, 2).reshape(b, s, d)


def get_inputs():
    torch.manual_seed(0)
    return [torch.randn(2, 64, 64)]
