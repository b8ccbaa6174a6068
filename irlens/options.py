"""What a capture is asked to do; part of the cache key, so only fields that change the result."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass
class CaptureOptions:
    framework: str | None = None      # None: detected from the file
    target: str | None = None         # "sm_90", "sm_80", ...; None: the local GPU, else sm_90
    backward: bool = False            # torch: capture the backward graph too
    mode: str = "default"             # torch.compile mode
    dynamic: bool = False             # torch.compile dynamic shapes
    llvm_opt_level: int = 2           # llvmlite stage
    passes: bool = True               # Triton: the MLIR module before every pass (mlir_passes)
    bench: bool = False               # time the kernels and store the figures
    repeats: int = 100
    cuda_graphs: bool = False
    bench_only: bool = False          # `irlens bench`: time, do not capture stages

    DEFAULT_TARGET = "sm_90"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "CaptureOptions":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def options_not_followed(framework: str, options: CaptureOptions) -> list[str]:
    """What a capture of `framework` leaves undone of what `options` ask, one line each: torch.compile's
    options on a JAX or Triton file; a --target on a JAX file (XLA compiles for the device it runs on)."""
    if framework == "torch":
        return []
    asked = [flag for flag, given in (("--backward", options.backward), ("--dynamic", options.dynamic),
                                      (f"--mode {options.mode}", options.mode != "default")) if given]
    notes = [f"{', '.join(asked)}: torch.compile's option{'s' * (len(asked) > 1)}, not followed by this "
             f"{framework} capture"] if asked else []
    if framework == "jax" and options.target:
        notes.append(f"--target {options.target}: not followed by this jax capture; XLA compiles for the device "
                     "JAX runs on (--target is for Triton and torch.compile)")
    return notes


def parse_target(target: str) -> tuple[int, str]:
    """'sm_90a' -> (90, 'sm_90a'). Raises ValueError with the accepted forms."""
    t = target.strip().lower()
    if t.startswith("sm_"):
        t = t[3:]
    digits = t.rstrip("af")
    if not digits.isdigit() or len(digits) < 2:
        raise ValueError(f"target {target!r} is not an NVIDIA architecture such as sm_80, sm_90, sm_90a, sm_100")
    return int(digits), "sm_" + t
