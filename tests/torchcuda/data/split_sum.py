"""(3x + 1).relu().sum(dim=0) over 4096 rows and 4 columns: a reduction Inductor splits in two kernels."""
import torch
from torch import nn


class Model(nn.Module):
    def forward(self, x):
        return (x * 3.0 + 1.0).relu().sum(dim=0)


def get_inputs():
    return [torch.randn(4096, 4)]
