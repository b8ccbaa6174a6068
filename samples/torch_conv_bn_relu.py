"""Conv2d -> BatchNorm2d -> ReLU, captured in inference mode (irlens calls model.eval()).

What to look for: in eval mode BatchNorm uses its running statistics, and Inductor's
pre-grad pass folds it into the convolution's weights and bias (compare the dynamo graph,
which still has batch_norm, with pre_grad, where it is gone). The convolution stays a library
call (extern: mkldnn on CPU, cuDNN on CUDA) and the ReLU becomes a small kernel after it.
With --backward (training mode) BatchNorm cannot fold and shows up as reduction kernels.
"""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, c_in: int = 3, c_out: int = 16):
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, kernel_size=3, padding=1)
        self.bn = nn.BatchNorm2d(c_out)

    def forward(self, x):
        return torch.relu(self.bn(self.conv(x)))


def get_inputs():
    torch.manual_seed(0)
    return [torch.randn(2, 3, 16, 16)]
