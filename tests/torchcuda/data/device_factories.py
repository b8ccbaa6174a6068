import torch
from torch import nn


class Model(nn.Module):
    """Tensors made on the input's device: Dynamo bakes in the device it traced on."""

    def __init__(self):
        super().__init__()
        self.norm = nn.BatchNorm1d(64)

    def forward(self, x):
        position = torch.arange(x.shape[0], device=x.device, dtype=x.dtype)[:, None]
        scale = torch.tensor(3.0, device=x.device)
        bias = torch.full((64,), 0.5, device=x.device)
        return self.norm(x) + position * scale + bias


def get_inputs():
    return [torch.randn(8, 64)]
