"""Real bundles for the app's tests, made once per session with the irlens CLI from the samples
(or taken from samples/bundles when they were committed), in a directory the app lists."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from irlens.bundle import load_bundle
from irlens.views.catalog import list_samples

ROOT = Path(__file__).resolve().parents[2]
# The app reads the same variable: both can point at another set of sample files.
SAMPLES = Path(os.environ.get("IRLENS_SAMPLES_DIR") or ROOT / "samples")


def sample_named(prefix: str, preferred: tuple[str, ...] = ()) -> str:
    """A sample of one framework: the first preferred name present, else the first one."""
    names = [s.name for s in list_samples(SAMPLES) if s.name.startswith(prefix + "_") and s.source]
    for name in preferred:
        if name in names:
            return name
    if not names:
        pytest.skip(f"no {prefix}_*.py sample in {SAMPLES}")
    return names[0]


def capture_bundle(name: str, out: Path, cache: Path, *extra: str) -> Path:
    """samples/bundles/<name> when committed (and no options asked), else `irlens capture`."""
    premade = SAMPLES / "bundles" / name
    if not extra and (premade / "manifest.json").is_file():
        return premade
    env = dict(os.environ, IRLENS_CACHE_DIR=str(cache))
    proc = subprocess.run([sys.executable, "-m", "irlens", "capture", str(SAMPLES / f"{name}.py"), "-o", str(out),
                           "--force", *extra], capture_output=True, text=True, env=env, timeout=600)
    if not (out / "manifest.json").is_file():
        pytest.fail(f"irlens capture {name} wrote no bundle: {proc.stderr[-2000:]}")
    return out


@pytest.fixture(scope="session")
def app_dirs(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("app")
    dirs = {"bundles": root / "bundles", "extra": root / "extra", "cache": root / "cache"}
    for d in dirs.values():
        d.mkdir()
    return dirs


def _bundle_fixture(prefix: str, preferred: tuple[str, ...]):
    @pytest.fixture(scope="session")
    def fixture(app_dirs) -> Path:
        name = sample_named(prefix, preferred)
        listed = app_dirs["bundles"] / name
        bundle = capture_bundle(name, listed, app_dirs["cache"])
        if bundle != listed:  # a committed bundle: list it where the app looks
            listed.symlink_to(bundle, target_is_directory=True)
        return listed
    return fixture


triton_bundle = _bundle_fixture("triton", ("triton_softmax", "triton_add", "triton_vector_add"))
torch_bundle = _bundle_fixture("torch", ("torch_mlp",))
jax_bundle = _bundle_fixture("jax", ("jax_mlp",))
untimed_torch_bundle = _bundle_fixture("torch", ("torch_rmsnorm", "torch_conv_bn_relu"))  # made without --bench


@pytest.fixture(scope="session")
def triton_sm80_bundle(app_dirs, triton_bundle) -> Path:
    """The same Triton sample compiled for sm_80: a real second capture to compare with."""
    name = triton_bundle.name
    return capture_bundle(name, app_dirs["extra"] / f"{name}-sm_80", app_dirs["cache"], "--target", "sm_80")


@pytest.fixture(scope="session")
def triton_capture(triton_bundle):
    return load_bundle(triton_bundle)


@pytest.fixture(scope="session")
def torch_capture(torch_bundle):
    return load_bundle(torch_bundle)


@pytest.fixture(scope="session")
def jax_capture(jax_bundle):
    return load_bundle(jax_bundle)


@pytest.fixture
def app_env(monkeypatch, app_dirs):
    """The app lists the session's bundles as its samples and caches into the session's cache."""
    monkeypatch.setenv("IRLENS_BUNDLES_DIR", str(app_dirs["bundles"]))
    monkeypatch.setenv("IRLENS_CACHE_DIR", str(app_dirs["cache"]))
    return app_dirs
