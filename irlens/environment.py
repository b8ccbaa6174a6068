"""Versions and machine facts recorded with every capture, read without importing the packages."""
from __future__ import annotations

import os
import platform
import sys
from importlib import metadata

import irlens

PACKAGES = ("torch", "triton", "jax", "jaxlib", "llvmlite")


def package_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def has_nvidia_gpu() -> bool:
    """A cheap check, without initialising CUDA: the driver's device node exists."""
    return os.path.exists("/dev/nvidia0") or os.path.exists("/dev/nvidiactl")


def base_environment(command: list[str] | None = None) -> dict:
    return {
        "irlens": irlens.__version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": package_versions(),
        "command": " ".join(command if command is not None else sys.argv),
    }
