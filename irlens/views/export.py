"""A capture as a downloadable zip of its bundle directory (what `irlens show` and the app open),
and the command that opens the download again."""
from __future__ import annotations

import io
import re
import tempfile
import zipfile
from pathlib import Path

from irlens.bundle import write_bundle
from irlens.record import Capture
from irlens.views.pipeline import CPU, backends, capture_gpu, stage_records

# Stages `irlens show` is first asked for, by what a capture holds: machine code, else the compiler's output.
REOPEN_STAGES = ("ptx", "inductor", "hlo_opt", "ttir")


def bundle_zip(capture: Capture, name: str = "bundle") -> bytes:
    """The bundle irlens would write for `capture`, zipped under a top folder `name`/."""
    with tempfile.TemporaryDirectory(prefix="irlens-zip-") as tmp:
        root = write_bundle(capture, Path(tmp) / name)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    zf.write(path, str(path.relative_to(root.parent)))
        return buffer.getvalue()


def bundle_folder(capture: Capture) -> str:
    """`torch_mlp.irlens`: the download's top folder, named as `irlens capture -o` bundles are;
    a capture made on a GPU adds the GPU (`torch_mlp_h200.irlens`), so its download does not
    replace the one made without it."""
    return f"{capture_name(capture)}.irlens"


def capture_name(capture: Capture) -> str:
    stem = Path(capture.source_path).stem or "capture"
    gpu = capture_gpu(capture.environment or {})
    if not gpu:
        return stem
    slug = re.sub(r"[^a-z0-9]+", "-", str(gpu).lower().removeprefix("nvidia ")).strip("-")
    return f"{stem}_{slug}" if slug else stem


def reopen_command(capture: Capture, backend: str) -> str:
    """The shell line that unzips the download (`<bundle_folder>.zip`) and prints a stage of it."""
    folder = bundle_folder(capture)
    stage = next((s for s in REOPEN_STAGES if stage_records(capture, s, backend)), None) or \
        next(iter(capture.stages()), "STAGE")
    flag = " --backend cpu" if backend == CPU and len(backends(capture)) > 1 else ""
    return f"unzip {folder}.zip && irlens show {folder} --stage {stage}{flag}"
