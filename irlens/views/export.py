"""A capture as a downloadable zip of its bundle directory (what `irlens show` and the app open),
and the command that opens the download again."""
from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from irlens.bundle import write_bundle
from irlens.record import Capture
from irlens.views.pipeline import CPU, backends, stage_records

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
    """`torch_mlp.irlens`: the download's top folder, named as `irlens capture -o` bundles are."""
    return f"{Path(capture.source_path).stem or 'capture'}.irlens"


def reopen_command(capture: Capture, backend: str) -> str:
    """The shell line that unzips the download (`<bundle_folder>.zip`) and prints a stage of it."""
    folder = bundle_folder(capture)
    stage = next((s for s in REOPEN_STAGES if stage_records(capture, s, backend)), None) or \
        next(iter(capture.stages()), "STAGE")
    flag = " --backend cpu" if backend == CPU and len(backends(capture)) > 1 else ""
    return f"unzip {folder}.zip && irlens show {folder} --stage {stage}{flag}"
