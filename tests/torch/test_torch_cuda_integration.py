"""Inductor's CUDA output is added after the CPU capture: its failure never loses CPU stages."""
from pathlib import Path

import pytest

from irlens.capturers import torch_capture
from irlens.options import CaptureOptions
from irlens.sink import RecordSink, read_sink

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

pytestmark = pytest.mark.slow


def test_cuda_output_failure_keeps_cpu_stages(tmp_path, monkeypatch):
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("with a GPU the CUDA output is compiled on it, not generated without it")
    torch_cuda = pytest.importorskip("irlens.capturers.torch_cuda")

    def broken(*args, **kwargs):
        raise RuntimeError("no CUDA code generated")

    monkeypatch.setattr(torch_cuda, "capture_inductor_cuda", broken)
    sink = RecordSink(tmp_path)
    torch_capture.capture(SAMPLES / "torch_rmsnorm.py", CaptureOptions(framework="torch"), sink)
    capture = read_sink(tmp_path, "torch", str(SAMPLES / "torch_rmsnorm.py"))
    assert {"dynamo", "post_grad", "inductor", "fusion"} <= set(capture.stages())
    assert all(r.ok and r.target == "cpu" for r in capture.records)
    (error,) = capture.errors
    assert error.startswith("CUDA output for sm_90:") and "no CUDA code generated" in error
    assert capture.environment["cuda_output"].startswith("not produced for sm_90")


def test_a_graph_that_fails_to_compile_for_cuda_fails_its_stage_not_the_capture(tmp_path, monkeypatch):
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("with a GPU the CUDA output is compiled on it, not generated without it")
    torch_cuda = pytest.importorskip("irlens.capturers.torch_cuda")
    reason = "Inductor for CUDA: pad_mm.py:545 in realize_tensor: NotImplementedError: ..."
    monkeypatch.setattr(torch_cuda, "compile_graph_for_cuda",
                        lambda graph, source_file=None, training=False: torch_cuda.CudaCompile(failure=reason))
    sink = RecordSink(tmp_path)
    torch_capture.capture(SAMPLES / "torch_rmsnorm.py", CaptureOptions(framework="torch"), sink)
    capture = read_sink(tmp_path, "torch", str(SAMPLES / "torch_rmsnorm.py"))
    # said once, with its stage: dumps of the CPU output exit 0, and the capture can be cached
    assert capture.errors == []
    failed = [r for r in capture.records if r.error]  # each stage of the graph it kept from sm_90
    assert "inductor" in {r.stage for r in failed} and {(r.target, r.error) for r in failed} == {("sm_90", reason)}
    assert all(r.ok for r in capture.records if r.target == "cpu")
    assert capture.environment["cuda_output"].startswith("not produced for sm_90: graph 0 (0/0): Inductor for CUDA")
