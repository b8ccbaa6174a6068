"""A capture as a downloadable zip of its bundle directory (what `irlens show` and the app open)."""
from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from irlens.bundle import write_bundle
from irlens.record import Capture


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
