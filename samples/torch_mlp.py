"""A two-layer MLP: Linear(256, 1024) -> GELU -> Linear(1024, 256) -> softmax, batch 64.

What to look for in the fusion map: each Linear stays a library call (extern: mkldnn/aten addmm
on CPU, cuBLAS mm on CUDA), while the elementwise GELU that follows the first matmul becomes
one kernel (on CUDA Inductor also moves the bias add into it), and softmax's max, exp, sum and
divide fuse into one reduction kernel. samples/jax_mlp.py is the same model for XLA.
"""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, d_in: int = 256, d_hidden: int = 1024, d_out: int = 256):
        super().__init__()
        self.fc1 = nn.Linear(d_in, d_hidden)
        self.fc2 = nn.Linear(d_hidden, d_out)

    def forward(self, x):
        h = torch.nn.functional.gelu(self.fc1(x))
        return torch.softmax(self.fc2(h), dim=-1)


def get_inputs():
    torch.manual_seed(0)
    return [torch.randn(64, 256)]


def get_init_inputs():
    return [256, 1024, 256]
