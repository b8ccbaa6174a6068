"""Bundles: a capture on disk, as a directory with a versioned JSON manifest and one file per stage.

Writes are atomic (a capture is assembled in a sibling temporary directory and renamed into
place), and an existing bundle is replaced only when asked. Reading imports nothing heavy.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

from irlens.record import Capture, SourceLoc, StageRecord
from irlens.stages import STAGES

FORMAT = "irlens-bundle"
VERSION = 1
MANIFEST = "manifest.json"
_EXTENSIONS = {s.name: s.extension for s in STAGES}


class BundleError(Exception):
    """A bundle that cannot be read or written; the message is one line for the user."""


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._")[:120] or "unit"


def encode_line_map(line_map: dict[int, SourceLoc]) -> dict:
    files: list[str] = []
    index: dict[str, int] = {}
    rows = []
    for line, loc in sorted(line_map.items()):
        if loc.file not in index:
            index[loc.file] = len(files)
            files.append(loc.file)
        rows.append([line, index[loc.file], loc.line])
    return {"files": files, "lines": rows}


def decode_line_map(data: dict | None) -> dict[int, SourceLoc]:
    if not data:
        return {}
    files = data["files"]
    return {line: SourceLoc(files[f], src) for line, f, src in data["lines"]}


def write_record_file(record: StageRecord, root: Path, taken: set[str]) -> dict:
    """Write one record's text or bytes under root; returns its manifest entry."""
    entry = {
        "framework": record.framework,
        "stage": record.stage,
        "unit": record.unit,
        "target": record.target,
        "language": record.language,
        "metadata": record.metadata,
        "line_map": encode_line_map(record.line_map),
        "compile_time_s": record.compile_time_s,
        "error": record.error,
        "stderr": record.stderr,
        "file": None,
        "binary": record.data is not None,
    }
    if record.text is None and record.data is None:
        return entry
    ext = _EXTENSIONS.get(record.stage, "txt")
    base = f"{_safe(record.unit)}/{record.stage}" + (f".{_safe(record.target)}" if record.target else "")
    rel, n = f"{base}.{ext}", 1
    while rel in taken:
        n += 1
        rel = f"{base}.{n}.{ext}"
    taken.add(rel)
    path = root / "stages" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if record.data is not None:
        path.write_bytes(record.data)
    else:
        path.write_text(record.text, encoding="utf-8")
    entry["file"] = "stages/" + rel
    return entry


def read_record(entry: dict, root: Path) -> StageRecord:
    """One record; a stage file that is gone or unreadable makes that record a failed one, so the
    rest of the bundle still opens."""
    text = data = None
    error = entry.get("error")
    if entry.get("file"):
        path = root / entry["file"]
        try:
            if entry.get("binary"):
                data = path.read_bytes()
            else:
                text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = "missing" if isinstance(exc, FileNotFoundError) else f"unreadable ({exc})"
            error = f"{entry['file']} is {reason} in the bundle"
    return StageRecord(
        framework=entry["framework"], stage=entry["stage"], unit=entry["unit"],
        target=entry.get("target", ""), text=text, data=data,
        language=entry.get("language", "text"), metadata=entry.get("metadata") or {},
        line_map=decode_line_map(entry.get("line_map")),
        compile_time_s=entry.get("compile_time_s"), error=error,
        stderr=entry.get("stderr"),
    )


def check_bundle_destination(directory: str | os.PathLike, force: bool = False) -> None:
    """Raise BundleError unless a bundle may be written at `directory`: a new path, an empty
    directory, or (with force) an existing bundle. Nothing else is ever replaced."""
    target = Path(directory)
    if not target.exists() and not target.is_symlink():
        _check_writable_folder(target)
        return
    if not target.is_dir():
        raise BundleError(f"{target} is a file, not a bundle directory; refusing to replace it")
    if not any(target.iterdir()):
        return
    manifest = _read_manifest(target / MANIFEST) if (target / MANIFEST).is_file() else None
    if manifest is None:
        raise BundleError(f"{target} exists and is not an irlens bundle; refusing to replace it")
    if not force:
        raise BundleError(f"{target} already exists; pass --force to replace it")
    listed = {MANIFEST} | {e["file"] for e in manifest.get("records", []) if isinstance(e, dict) and e.get("file")}
    for path in sorted(target.rglob("*")):
        rel = path.relative_to(target).as_posix()
        if not path.is_dir() and rel not in listed:  # a file the user added: --force replaces only irlens's own
            raise BundleError(f"{target} holds {rel}, which is not part of the bundle; refusing to replace it")


def _check_writable_folder(target: Path) -> None:
    """Raise BundleError unless a bundle can be made at the new path `target`: its nearest existing
    folder must be one, and take a new directory (tried, then removed)."""
    folder = target.absolute().parent
    while not folder.exists() and not folder.is_symlink() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise BundleError(f"{target}: {folder} is a file, not a folder; cannot write a bundle there")
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".irlens-probe-", dir=folder))
    except OSError as exc:
        raise BundleError(f"{target}: cannot write in {folder} ({exc.strerror or exc})") from None


def _read_manifest(path: Path) -> dict | None:
    """The manifest as a dict when it is irlens's, else None (another tool's manifest.json)."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("format") == FORMAT else None


def write_bundle(capture: Capture, directory: str | os.PathLike, force: bool = False) -> Path:
    """Write `capture` to `directory` atomically; refuses to replace an existing path unless force."""
    target = Path(directory)
    check_bundle_destination(target, force)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
    except OSError as exc:
        raise BundleError(f"{target}: could not write the bundle ({exc.strerror or exc})") from None
    try:
        taken: set[str] = set()
        entries = [write_record_file(r, staging, taken) for r in capture.records]
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "framework": capture.framework,
            "source_path": capture.source_path,
            "environment": capture.environment,
            "errors": capture.errors,
            "timings": capture.timings,
            "records": entries,
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        if target.exists():
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            os.rename(target, old)
            os.rename(staging, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(staging, target)
    except OSError as exc:  # a disk that filled up, a folder made read-only meanwhile
        shutil.rmtree(staging, ignore_errors=True)
        raise BundleError(f"{target}: could not write the bundle ({exc.strerror or exc})") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def load_bundle(directory: str | os.PathLike) -> Capture:
    root = Path(directory)
    manifest_path = root / MANIFEST
    if not root.exists():
        raise BundleError(f"{root}: no such bundle directory")
    if not root.is_dir():
        raise BundleError(f"{root} is a file, not a bundle directory (irlens capture FILE -o DIR writes one)")
    if not manifest_path.is_file():
        raise BundleError(f"{root} is not an irlens bundle (no {MANIFEST})")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BundleError(f"{manifest_path}: unreadable manifest ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(f"{manifest_path}: not an irlens bundle manifest")
    version = manifest.get("version", 0)
    if not isinstance(version, int):
        raise BundleError(f"{manifest_path}: not an irlens bundle manifest (version {version!r})")
    if version > VERSION:
        raise BundleError(f"{root}: bundle version {version} is newer than this irlens reads ({VERSION})")
    try:
        records = [read_record(e, root) for e in manifest["records"]]
        return Capture(
            framework=manifest["framework"], source_path=manifest["source_path"], records=records,
            environment=manifest.get("environment") or {}, errors=manifest.get("errors") or [],
            timings=manifest.get("timings") or [],
        )
    except (OSError, KeyError, TypeError, AttributeError, ValueError) as exc:  # hand-edited or cut short
        raise BundleError(f"{root}: incomplete bundle ({type(exc).__name__}: {exc})") from None
