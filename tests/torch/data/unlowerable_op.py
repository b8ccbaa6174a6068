"""A custom op with no fake (meta) kernel after a graph break: torch.compile cannot trace it,
so the capture fails on line 23, after the first graph was compiled."""
import torch
import torch.nn as nn


@torch.library.custom_op("irlens_tests::scale_rows", mutates_args=())
def scale_rows(x: torch.Tensor) -> torch.Tensor:
    return x * torch.arange(x.shape[0], dtype=x.dtype).unsqueeze(1)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 8)

    def forward(self, x):
        y = torch.relu(self.fc(x))
        if y.sum() > 0:
            y = y + 1
        else:
            y = y - 1
        return scale_rows(y)


def get_inputs():
    return [torch.randn(4, 8)]
