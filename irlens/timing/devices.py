"""The device a timing ran on (name, clocks) and the datasheet peaks it is measured against."""
from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import time
from dataclasses import asdict, dataclass, field
from typing import Callable

CLOCKS_REREAD_S = 1.0  # rows finished within this share one reading (nvidia-smi takes ~50 ms)


@dataclass(frozen=True)
class DevicePeaks:
    """Datasheet peaks. Tensor-core figures are dense: NVIDIA's headline tensor figures assume 2:4
    sparsity and are twice these."""

    model: str
    hbm_gb_per_s: float
    fp32_tflop_per_s: float      # CUDA cores, no tensor cores
    tf32_tflop_per_s: float      # tensor cores, dense
    bf16_tflop_per_s: float      # tensor cores, dense; FP16 is the same
    source: str

    def compute_peak(self, dtype: str, allow_tf32: bool = False) -> tuple[float, str]:
        """(TFLOP/s, which peak) for matmuls in `dtype` ('float32', 'bfloat16', 'float16', ...)."""
        if dtype in ("bfloat16", "float16"):
            return self.bf16_tflop_per_s, f"{dtype} tensor cores, dense"
        if allow_tf32:
            return self.tf32_tflop_per_s, "tf32 tensor cores, dense"
        return self.fp32_tflop_per_s, "fp32 CUDA cores, no tensor cores"


_H100_SHEET = "NVIDIA H100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h100)"
_H200_SHEET = "NVIDIA H200 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h200)"
_A100_SHEET = "NVIDIA A100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/a100)"

# (pattern over the CUDA device name, peaks); the first match wins, so specific names come first.
# Names as torch.cuda.get_device_name reports them, e.g. "NVIDIA H100 80GB HBM3", "NVIDIA A100-SXM4-80GB".
PEAKS: list[tuple[str, DevicePeaks]] = [
    (r"\bH200.*NVL", DevicePeaks("H200 NVL", 4800, 60, 417.5, 835.5, _H200_SHEET)),
    (r"\bH200\b", DevicePeaks("H200 SXM 141GB", 4800, 67, 494.7, 989.4, _H200_SHEET)),
    (r"\bH100.*NVL", DevicePeaks("H100 NVL 94GB", 3900, 60, 417.5, 835.5, _H100_SHEET)),
    (r"\bH100.*PCIe", DevicePeaks("H100 PCIe 80GB", 2000, 51, 378, 756.5, _H100_SHEET)),
    (r"\bH100\b", DevicePeaks("H100 SXM5 80GB", 3350, 67, 494.7, 989.4, _H100_SHEET)),
    (r"\bA100.*PCIE.*80GB|\bA100.*80GB.*PCIe", DevicePeaks("A100 PCIe 80GB", 1935, 19.5, 156, 312, _A100_SHEET)),
    (r"\bA100.*PCIE", DevicePeaks("A100 PCIe 40GB", 1555, 19.5, 156, 312, _A100_SHEET)),
    (r"\bA100.*80GB", DevicePeaks("A100 SXM4 80GB", 2039, 19.5, 156, 312, _A100_SHEET)),
    (r"\bA100\b", DevicePeaks("A100 SXM4 40GB", 1555, 19.5, 156, 312, _A100_SHEET)),
]


def peaks_for(device_name: str | None) -> DevicePeaks | None:
    """The datasheet peaks of a CUDA device by name; None for a device not in the table."""
    if not device_name:
        return None
    for pattern, peaks in PEAKS:
        if re.search(pattern, device_name, re.IGNORECASE):
            return peaks
    return None


@dataclass
class Device:
    """Where a figure was measured. kind is "cuda" or "cpu"; name is what the row shows."""

    kind: str
    name: str
    clocks: dict = field(default_factory=dict)
    peaks: DevicePeaks | None = None
    read_clocks: Callable[[], dict] | None = field(default=None, repr=False, compare=False)
    _clocks_read_at: float = field(default=0.0, repr=False, compare=False)

    def clocks_now(self) -> dict:
        """The clocks read again now (at most once a second): a row takes them just after its
        timed runs, because before them a GPU idles far below its clock under load (an H200 read
        345 MHz before a bench and 1980 MHz during it, 2026-11-26)."""
        if self.read_clocks is not None and time.monotonic() - self._clocks_read_at > CLOCKS_REREAD_S:
            self.clocks = self.read_clocks() or self.clocks
            self._clocks_read_at = time.monotonic()
        return self.clocks

    def describe(self) -> dict:
        return {"device": self.name, "device_kind": self.kind, "clocks": self.clocks or None,
                "peaks": asdict(self.peaks) if self.peaks else None}


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def cpu_clocks() -> dict:
    """The host's clocks in MHz as the kernel reports them: the mean current clock of its cores
    (/proc/cpuinfo `cpu MHz`; a virtual machine may report a fixed figure) and the maximum from
    cpufreq where it is exposed; {} when neither is readable."""
    clocks = {}
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            current = [float(line.split(":", 1)[1]) for line in f if line.startswith("cpu MHz")]
        if current:
            clocks["cpu_mhz"] = round(sum(current) / len(current))
    except (OSError, ValueError):
        pass
    try:
        with open("/sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq", encoding="utf-8") as f:
            clocks["cpu_max_mhz"] = round(int(f.read().strip()) / 1000)  # kHz
    except (OSError, ValueError):
        pass
    return clocks


def cpu_device(threads: int | None = None) -> Device:
    name = f"CPU: {cpu_model()}"
    count = threads or os.cpu_count()
    return Device("cpu", f"{name} ({count} threads)" if count else name, clocks=cpu_clocks(), read_clocks=cpu_clocks)


def cuda_present() -> bool:
    """A real CUDA GPU for torch: a CUDA build of torch that sees a device. The build is checked too
    because a capture may present Inductor a stand-in CUDA device on a CPU-only build, and a
    stand-in must never be timed."""
    try:
        import torch
    except ImportError:
        return False
    return torch.version.cuda is not None and torch.cuda.is_available()


def cuda_device(index: int = 0) -> Device:
    import torch

    name = torch.cuda.get_device_name(index)
    smi_id = nvidia_smi_id(index)
    return Device("cuda", name, peaks=peaks_for(name), read_clocks=lambda: nvidia_smi_clocks(smi_id))


def nvidia_smi_id(cuda_index: int = 0) -> str | None:
    """The --id nvidia-smi knows a CUDA device by. CUDA renumbers devices (CUDA_VISIBLE_DEVICES,
    its own ordering), so the CUDA index is not nvidia-smi's: the device's UUID is used when torch
    reports one, else the entry CUDA_VISIBLE_DEVICES gives it; None when neither says."""
    try:
        import torch

        uuid = str(getattr(torch.cuda.get_device_properties(cuda_index), "uuid", "") or "")
    except Exception:  # noqa: BLE001 - no CUDA torch: fall back on the environment
        uuid = ""
    if re.fullmatch(r"[0-9a-fA-F-]{36}", uuid):
        return f"GPU-{uuid}"
    if uuid.startswith(("GPU-", "MIG-")):
        return uuid
    return visible_device_id(cuda_index)


def visible_device_id(cuda_index: int = 0) -> str | None:
    """nvidia-smi's id for a CUDA index from CUDA_VISIBLE_DEVICES (an index or a UUID), or the
    index itself when the variable is unset."""
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    if visible is None:
        return str(cuda_index)
    entries = [e.strip() for e in visible.split(",") if e.strip()]
    return entries[cuda_index] if cuda_index < len(entries) else None


def nvidia_smi_clocks(device_id: str | int | None = 0) -> dict:
    """Current and maximum SM and memory clocks in MHz, as nvidia-smi reads them for `device_id`
    (an nvidia-smi index or UUID); {} if unreadable or the device is not known."""
    exe = shutil.which("nvidia-smi")
    if not exe or device_id is None:
        return {}
    keys = ["clocks.sm", "clocks.mem", "clocks.max.sm", "clocks.max.mem"]
    try:
        out = subprocess.run([exe, f"--id={device_id}", "--query-gpu=" + ",".join(keys),
                              "--format=csv,noheader,nounits"],
                             capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    values = [v.strip() for v in out.strip().splitlines()[0].split(",")] if out.strip() else []
    clocks = {}
    for key, value in zip(keys, values):
        try:
            clocks[key.replace(".", "_") + "_mhz"] = int(float(value))
        except ValueError:
            pass  # "[N/A]" on some boards
    return clocks
