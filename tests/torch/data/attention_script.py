"""Attention three times, compiled as a script (CPU only): written out, which Inductor's attention
pattern replaces by scaled_dot_product_attention; called as scaled_dot_product_attention; and
written out after a projection whose views and split shape q, k and v (samples/torch_attention.py)."""
import torch
import torch.nn.functional as F


def written_out(q, k, v):
    return torch.softmax(q @ k.transpose(-2, -1) / 4.0, dim=-1) @ v


def called(q, k, v):
    return F.scaled_dot_product_attention(q, k, v)


def projected(x, w):
    q, k, v = (x @ w).chunk(3, dim=-1)
    q, k, v = (t.view(2, 64, 4, 16).transpose(1, 2) for t in (q, k, v))
    return torch.softmax(q @ k.transpose(-2, -1) / 4.0, dim=-1) @ v


q, k, v = (torch.randn(2, 4, 64, 16) for _ in range(3))
print(torch.compile(written_out)(q, k, v).shape, torch.compile(called)(q, k, v).shape)
print(torch.compile(projected)(torch.randn(2, 64, 64), torch.randn(64, 192)).shape)
