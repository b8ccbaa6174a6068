"""Conv2d -> BatchNorm2d -> ReLU, captured in inference mode (irlens calls model.eval()).

What to look for: in eval mode BatchNorm uses its running statistics, so post_grad has it as
plain arithmetic (subtract the mean, scale by 1/sqrt(var + eps) and the weight, add the bias),
and the fusion map puts all of it, with the convolution's bias add and the ReLU, into one
pointwise kernel after the convolution (`..._native_batch_norm_legit_no_training_..._relu`).
Inductor would fold BatchNorm into the convolution's weights only with freezing on
(torch._inductor.config.freezing), which torch.compile leaves off. The convolution stays a
library call (extern: mkldnn on CPU, cuDNN on CUDA); on CUDA two small kernels before it copy the
input and the weight into the channels-last layout it wants (they list no ops of their own).
With --backward (training mode) BatchNorm computes batch statistics: reduction kernels.
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
