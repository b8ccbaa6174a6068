"""Bundles: what is written reads back equal, writes are atomic, nothing is overwritten unasked."""
import json

import pytest

from irlens import bundle as bundle_module
from irlens.bundle import BundleError, load_bundle, write_bundle
from irlens.record import Capture, SourceLoc, StageRecord


def small_capture() -> Capture:
    # Storage tests only need records of every shape (text, bytes, failed, mapped), not a compiler.
    return Capture(
        framework="triton", source_path="/x/k.py",
        records=[
            StageRecord("triton", "ptx", "add_kernel", target="sm_90", text=".entry add_kernel\n",
                        language="ptx", metadata={"num_warps": 4},
                        line_map={1: SourceLoc("/x/k.py", 7)}, compile_time_s=0.25),
            StageRecord("triton", "cubin", "add_kernel", target="sm_90", data=b"\x7fELF\0\1\2"),
            StageRecord("triton", "sass", "add_kernel", target="sm_90", error="cuobjdump failed", stderr="boom"),
            StageRecord("triton", "ptx", "add_kernel", target="sm_80", text=".entry add_kernel // 80\n"),
        ],
        environment={"target": "sm_90"}, errors=["k.py:3: something"], timings=[{"path": "eager"}],
    )


def test_bundle_reads_back_equal(tmp_path):
    capture = small_capture()
    write_bundle(capture, tmp_path / "b")
    assert load_bundle(tmp_path / "b") == capture


def test_existing_bundle_is_not_overwritten_without_force(tmp_path):
    write_bundle(small_capture(), tmp_path / "b")
    before = (tmp_path / "b" / "manifest.json").read_text()
    other = small_capture()
    other.errors = []
    with pytest.raises(BundleError, match="--force"):
        write_bundle(other, tmp_path / "b")
    assert (tmp_path / "b" / "manifest.json").read_text() == before
    write_bundle(other, tmp_path / "b", force=True)
    assert load_bundle(tmp_path / "b").errors == []


def test_a_directory_that_is_not_a_bundle_is_never_replaced(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("precious")
    with pytest.raises(BundleError, match="not an irlens bundle"):
        write_bundle(small_capture(), tmp_path / "mine", force=True)
    assert (tmp_path / "mine" / "notes.txt").read_text() == "precious"


def test_another_tools_manifest_is_not_taken_for_a_bundle(tmp_path):
    extension = tmp_path / "myext"
    extension.mkdir()
    (extension / "manifest.json").write_text('{"manifest_version": 3}')
    (extension / "background.js").write_text("precious")
    with pytest.raises(BundleError, match="not an irlens bundle"):
        write_bundle(small_capture(), extension, force=True)
    assert (extension / "background.js").read_text() == "precious"


def test_force_replaces_a_bundle_but_not_a_file_the_user_added_to_it(tmp_path):
    write_bundle(small_capture(), tmp_path / "b")
    (tmp_path / "b" / "stages" / "my_notes.md").write_text("precious")
    with pytest.raises(BundleError, match="stages/my_notes.md, which is not part of the bundle"):
        write_bundle(small_capture(), tmp_path / "b", force=True)
    assert (tmp_path / "b" / "stages" / "my_notes.md").read_text() == "precious"


def test_an_interrupted_write_leaves_no_bundle_and_no_debris(tmp_path, monkeypatch):
    calls = {"n": 0}
    real = bundle_module.write_record_file

    def fail_on_third(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(bundle_module, "write_record_file", fail_on_third)
    with pytest.raises(KeyboardInterrupt):
        write_bundle(small_capture(), tmp_path / "b")
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_force_write_keeps_the_old_bundle(tmp_path, monkeypatch):
    write_bundle(small_capture(), tmp_path / "b")
    monkeypatch.setattr(bundle_module, "write_record_file", lambda *a, **k: (_ for _ in ()).throw(OSError("disk")))
    with pytest.raises(BundleError, match="could not write the bundle"):  # one line, not an OSError's traceback
        write_bundle(Capture("triton", "/y", records=[StageRecord("triton", "ttir", "k", text="x")]), tmp_path / "b", force=True)
    assert load_bundle(tmp_path / "b") == small_capture()
    assert [p.name for p in tmp_path.iterdir()] == ["b"]


def test_loading_a_non_bundle_says_so(tmp_path):
    with pytest.raises(BundleError, match="not an irlens bundle"):
        load_bundle(tmp_path)
    (tmp_path / "manifest.json").write_text("{broken")
    with pytest.raises(BundleError, match="unreadable manifest"):
        load_bundle(tmp_path)


def test_a_newer_bundle_version_is_refused_clearly(tmp_path):
    write_bundle(small_capture(), tmp_path / "b")
    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text())
    manifest["version"] = 99
    (tmp_path / "b" / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BundleError, match="newer"):
        load_bundle(tmp_path / "b")


def test_opening_a_bundle_imports_no_compiler(tmp_path):
    import subprocess
    import sys

    write_bundle(small_capture(), tmp_path / "b")
    code = ("import sys; from irlens.bundle import load_bundle; load_bundle(sys.argv[1]); "
            "heavy = [m for m in ('torch', 'jax', 'triton', 'llvmlite') if m in sys.modules]; "
            "print(heavy); sys.exit(1 if heavy else 0)")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "b")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_file_at_the_destination_is_never_replaced(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("precious")
    with pytest.raises(BundleError, match="is a file, not a bundle directory"):
        write_bundle(small_capture(), notes, force=True)
    assert notes.read_text() == "precious"


def test_an_empty_directory_takes_a_bundle(tmp_path):
    (tmp_path / "b").mkdir()
    write_bundle(small_capture(), tmp_path / "b")
    assert load_bundle(tmp_path / "b") == small_capture()


@pytest.mark.parametrize("manifest", ["[]", '"text"', '{"format": "irlens-bundle", "version": "1"}'])
def test_a_manifest_of_the_wrong_shape_is_refused_in_one_line(tmp_path, manifest):
    (tmp_path / "manifest.json").write_text(manifest)
    with pytest.raises(BundleError, match="not an irlens bundle manifest"):
        load_bundle(tmp_path)


def test_a_hand_edited_record_list_is_an_incomplete_bundle(tmp_path):
    write_bundle(small_capture(), tmp_path / "b")
    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text())
    manifest["records"] = [42]
    (tmp_path / "b" / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BundleError, match="incomplete bundle"):
        load_bundle(tmp_path / "b")


def test_a_file_given_as_a_bundle_is_named_a_file(tmp_path):
    (tmp_path / "notes.txt").write_text("precious")
    with pytest.raises(BundleError, match="is a file, not a bundle directory"):
        load_bundle(tmp_path / "notes.txt")
