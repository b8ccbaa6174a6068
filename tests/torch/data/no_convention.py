"""Imports torch but neither defines Model/get_inputs nor calls torch.compile."""
import torch

x = torch.ones(3)
y = x * 2
