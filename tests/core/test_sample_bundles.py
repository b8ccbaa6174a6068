"""The bundles shipped in samples/bundles are irlens's own captures of the current samples:
when a sample or the capture code changes, `python scripts/make_sample_bundles.py` must be re-run."""
import hashlib
from pathlib import Path

import pytest

from irlens.bundle import load_bundle
from irlens.options import CaptureOptions
from irlens.runner import run_capture
from irlens.stages import stage_names

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SAMPLE_FILES = sorted(p for p in SAMPLES.glob("*.py") if not p.name.startswith("_"))
REMAKE = "re-run: .venv/bin/python scripts/make_sample_bundles.py"


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem)
def test_each_sample_has_a_bundle_of_its_current_source(sample):
    bundle_dir = SAMPLES / "bundles" / sample.stem
    assert bundle_dir.is_dir(), f"no bundle for {sample.name}; {REMAKE}"
    capture = load_bundle(bundle_dir)
    digest = hashlib.sha256(sample.read_bytes()).hexdigest()
    assert capture.environment.get("source_sha256") == digest, f"{sample.name} changed since its bundle; {REMAKE}"
    assert not capture.errors, capture.errors
    assert set(capture.stages()) <= set(stage_names())


def test_a_fresh_capture_has_the_stages_of_the_shipped_bundle():
    sample = SAMPLES / "triton_vector_add.py"
    fresh = run_capture(sample, CaptureOptions(), timeout_s=300)
    shipped = load_bundle(SAMPLES / "bundles" / sample.stem)
    assert {(r.stage, r.unit, r.target) for r in fresh} == {(r.stage, r.unit, r.target) for r in shipped}, REMAKE


DEVICE_BUNDLES = sorted(p for p in (SAMPLES / "bundles").iterdir()
                        if (p / "manifest.json").is_file() and not (SAMPLES / f"{p.name}.py").is_file())


@pytest.mark.parametrize("bundle_dir", DEVICE_BUNDLES, ids=lambda p: p.name)
def test_a_bundle_made_on_another_machine_names_its_device_and_sample(bundle_dir):
    # samples/bundles/<sample>_<device>: a capture made where this machine cannot make it (a GPU);
    # it must name the device it ran on and the sample it is a capture of, and have failed nowhere
    capture = load_bundle(bundle_dir)
    sample_name = bundle_dir.name.rsplit("_", 1)[0]
    assert (SAMPLES / f"{sample_name}.py").is_file(), f"{bundle_dir.name} names no sample"
    assert f"samples/{sample_name}.py" in capture.environment.get("command", "")
    device = capture.environment.get("cuda_device") or capture.environment.get("jax_device") or ""
    assert bundle_dir.name.rsplit("_", 1)[1].upper() in device.upper(), device
    assert not capture.errors, capture.errors
    assert set(capture.stages()) <= set(stage_names())
    assert {r["device"] for r in capture.timings if r.get("median_s")} == {device}
