"""Attention twice, compiled as a script (CPU only): written out, which Inductor's attention
pattern replaces by scaled_dot_product_attention, and called as scaled_dot_product_attention."""
import torch
import torch.nn.functional as F


def written_out(q, k, v):
    return torch.softmax(q @ k.transpose(-2, -1) / 4.0, dim=-1) @ v


def called(q, k, v):
    return F.scaled_dot_product_attention(q, k, v)


q, k, v = (torch.randn(2, 4, 64, 16) for _ in range(3))
print(torch.compile(written_out)(q, k, v).shape, torch.compile(called)(q, k, v).shape)
