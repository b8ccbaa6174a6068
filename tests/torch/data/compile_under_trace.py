"""Compile a model file the way irlens does (eval, no_grad) in a plain PyTorch process; run
with TORCH_TRACE=DIR so that PyTorch itself writes the structured trace."""
import importlib.util
import sys

import torch

spec = importlib.util.spec_from_file_location("model_under_trace", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
model = module.Model().eval()
with torch.no_grad():
    torch.compile(model)(*module.get_inputs())
