"""A graph break inside a loop: Dynamo cannot resume there, so it skips the whole frame and the
model runs eagerly; torch.compile compiles nothing."""
import torch
from torch import nn


class Model(nn.Module):
    def forward(self, x):
        for i in range(3):
            x = torch.sin(x) + i
            print("step", i)
            x = x * 2
        return x


def get_inputs():
    return [torch.randn(32)]
