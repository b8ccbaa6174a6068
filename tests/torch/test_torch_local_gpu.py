"""torch.compile on a real GPU: Inductor's CUDA output compiled on the card, and each of its Triton
kernels taken on through Triton to PTX and SASS."""
import re
from pathlib import Path

import pytest

from irlens.options import CaptureOptions
from irlens.runner import run_capture

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

torch = pytest.importorskip("torch")
pytestmark = [pytest.mark.gpu, pytest.mark.slow,
              pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")]


@pytest.fixture(scope="module")
def mlp_on_gpu():
    return run_capture(SAMPLES / "torch_mlp.py", CaptureOptions(framework="torch", passes=False), timeout_s=600)


def _local_target() -> str:
    major, minor = torch.cuda.get_device_capability()
    return f"sm_{major}{minor}"


def test_inductor_output_for_the_card_is_labelled_with_its_arch(mlp_on_gpu):
    assert mlp_on_gpu.environment["cuda_output"].startswith("compiled on the GPU of the machine that captured it")
    cuda = [r for r in mlp_on_gpu.select(stage="inductor", framework="torch") if r.target != "cpu"]
    assert cuda and all(r.ok and r.target == _local_target() for r in cuda), [r.error for r in cuda]
    assert all("async_compile.triton(" in r.text for r in cuda)


def test_every_inductor_kernel_reaches_ptx_and_sass(mlp_on_gpu):
    ptx = mlp_on_gpu.select(stage="ptx", framework="triton")
    assert ptx and all(r.ok for r in ptx), [(r.unit, r.error) for r in ptx]
    for record in ptx:
        assert re.search(rf"\.entry {re.escape(record.unit.split(' ')[0])}\(", record.text)
        assert record.metadata["inductor_config"]["configs_available"] >= 1
    sass = mlp_on_gpu.select(stage="sass", framework="triton")
    assert len(sass) == len(ptx) and all(r.ok for r in sass)
