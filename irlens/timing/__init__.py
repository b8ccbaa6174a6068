"""Kernel timing: eager, compiled and hand-written kernels timed on the device at hand and placed
against that device's peak bandwidth and compute."""
