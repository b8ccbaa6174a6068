"""irlens: capture and inspect every lowering stage of torch.compile, JAX/XLA, Triton and LLVM."""

__version__ = "0.1.0"
