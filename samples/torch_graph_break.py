"""A data-dependent branch, `if x.sum() > 0:`, which Dynamo cannot trace into one graph.

What to look for: the graph_breaks stage names the reason (data-dependent branching) and the
line of the `if`; Dynamo compiles the code before the branch and the code after it as two
graphs, so there are two dynamo graphs and two fusion maps, and no kernel crosses the break.
"""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, dim: int = 64):
        super().__init__()
        self.fc = nn.Linear(dim, dim)

    def forward(self, x):
        y = torch.relu(self.fc(x))
        if y.sum() > 0:
            y = y * 2
        return torch.tanh(y)


def get_inputs():
    torch.manual_seed(0)
    return [torch.randn(8, 64)]
