"""The fusion map of real Inductor output: kernels, their FX nodes, and what stayed unfused."""
import pytest

from irlens.fusion import kernel_of, summarize, validate_fusion_map

pytestmark = pytest.mark.slow


def fusion_map(capture, unit="graph 0 (0/0)"):
    record = next(r for r in capture.select(stage="fusion", unit=unit) if r.target == "cpu")
    assert record.ok, record.error
    return record


def test_fusion_record_is_dot_with_a_valid_map(mlp_training):
    record = fusion_map(mlp_training)
    validate_fusion_map(record.metadata["fusion_map"])
    assert record.language == "dot" and record.text.startswith("digraph fusion")
    assert record.metadata["node_source"] == "provenance"


def test_gelu_tail_of_the_matmul_is_one_kernel(mlp_training):
    fmap = fusion_map(mlp_training).metadata["fusion_map"]
    gelu = [kernel_of(fmap, n) for n, info in fmap["nodes"].items() if info["op"] == "aten.erf.default"]
    assert len(set(gelu)) == 1 and gelu[0].startswith("cpp_fused")
    kernel = next(k for k in fmap["kernels"] if k["name"] == gelu[0])
    assert kernel["kind"] == "cpp"
    assert {"aten.mul.Tensor", "aten.add.Tensor", "aten.erf.default"} <= set(kernel["ops"])
    assert any(s.endswith("torch_mlp.py:19") for s in kernel["sources"])


def test_matmul_stays_an_unfused_library_call(mlp_training):
    fmap = fusion_map(mlp_training).metadata["fusion_map"]
    externs = [k for k in fmap["kernels"] if k["kind"] == "extern"]
    assert externs and all("aten.addmm.default" in k["ops"] for k in externs)
    reasons = {u["node"]: u["reason"] for u in fmap["unfused"]}
    assert "addmm" in reasons and "library call" in reasons["addmm"]


def test_every_node_points_back_to_its_kernel(mlp_training):
    fmap = fusion_map(mlp_training).metadata["fusion_map"]
    for kernel in fmap["kernels"]:
        for node in kernel["nodes"]:
            assert fmap["nodes"][node]["kernel"] == kernel["name"]


def test_summary_counts_ops_and_kernels(mlp_training):
    summary = summarize(fusion_map(mlp_training).metadata["fusion_map"])
    assert summary["kernels"] == 4  # two library matmuls, the GELU kernel, the softmax kernel
    assert summary["ops"] > summary["kernels"]


def test_backward_graph_has_its_own_fusion_map(mlp_training):
    record = fusion_map(mlp_training, "graph 0 (0/0) backward")
    fmap = record.metadata["fusion_map"]
    assert any(k["kind"] == "extern" and "aten.mm.default" in k["ops"] for k in fmap["kernels"])
    assert any(k["kind"] == "cpp" and k["nodes"] for k in fmap["kernels"])
