"""A model that calls a helper from a package beside it: the kernel's user lines include the helper's."""
import torch
from torch import nn

from swish_helpers.ops import swish


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(16, 16)

    def forward(self, x):
        return swish(self.lin(x)) + 1


def get_inputs():
    return [torch.randn(4, 16)]
