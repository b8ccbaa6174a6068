"""What dump and show print: one backend at a time, Dynamo's stages under both."""
from pathlib import Path

import pytest

from irlens.bundle import load_bundle
from irlens.render import render_text, select_records

BUNDLE = Path(__file__).resolve().parents[2] / "samples" / "bundles" / "torch_graph_break"


@pytest.fixture(scope="module")
def capture():
    return load_bundle(BUNDLE)


def test_cuda_output_is_never_shown_under_the_cpu_backend(capture):
    assert {r.target for r in select_records(capture, "inductor", backend="cuda")} == {"sm_90"}
    assert {r.target for r in select_records(capture, "inductor", backend="cpu")} == {"cpu"}
    assert select_records(capture, "ptx", backend="cpu") == []


def test_dynamos_graphs_and_breaks_belong_to_both_backends(capture):
    for backend in ("cuda", "cpu"):
        breaks = select_records(capture, "graph_breaks", backend=backend)
        assert breaks and "torch_graph_break.py:18" in breaks[0].text
        assert select_records(capture, "dynamo", backend=backend)


def test_a_capture_made_on_a_gpu_shows_each_backend_its_own_dynamo_trace():
    # on a GPU the model is traced once per device: the CUDA backend's graph holds cuda tensors
    gpu = load_bundle(BUNDLE.parent / "torch_mlp_h200")
    for backend, target in (("cuda", "sm_90"), ("cpu", "cpu")):
        assert {r.target for r in select_records(gpu, "dynamo", backend=backend)} == {target}
    assert "cuda" in select_records(gpu, "dynamo", backend="cuda")[0].text
    assert "cuda" not in select_records(gpu, "dynamo", backend="cpu")[0].text


def test_each_record_prints_under_a_header_naming_it(capture):
    text = render_text(select_records(capture, "ptx", kernel="triton_"))
    headers = [line for line in text.splitlines() if line.startswith("=== ")]
    assert headers and all(h.startswith("=== ptx: triton_") and h.endswith("(triton, sm_90) ===") for h in headers)


def test_a_pass_dump_says_which_passes_changed_the_module():
    from pathlib import Path

    from irlens.bundle import load_bundle
    from irlens.render import render_text

    capture = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "triton_softmax")
    record = capture.get("mlir_passes", "softmax_kernel")
    summary = render_text([record]).splitlines()[1]
    changed = [p for p in record.metadata["passes"] if p["changed"]]
    assert summary.startswith(f"// {len(record.metadata['passes'])} snapshots; {len(changed)} show a change, made by: ")
    assert "ConvertTritonToTritonGPU" in summary  # the pass that gives tensors their GPU layouts


def test_a_fusion_map_prints_each_kernel_with_its_ops_and_lines_as_dot_comments():
    from pathlib import Path

    from irlens.bundle import load_bundle
    from irlens.render import render_text

    capture = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "torch_mlp")
    record = next(r for r in capture.select(stage="fusion") if r.target == "sm_90")
    lines = render_text([record]).splitlines()[1:]
    comments = [line for line in lines if line.startswith("// ")]
    gelu = next(line for line in comments if "triton_poi_fused_addmm_gelu_0 [pointwise]" in line)
    assert "aten.erf.default" in gelu and gelu.endswith("<- torch_mlp.py:19")
    assert lines[len(comments)].startswith("digraph fusion {")  # the rest is the DOT, unchanged


def test_scheduler_ir_opens_with_its_nodes_and_what_fusion_merged():
    from pathlib import Path

    from irlens.bundle import load_bundle
    from irlens.render import render_text

    capture = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "torch_mlp")
    after = next(r for r in capture.select(stage="ir_post_fusion") if r.target == "sm_90")
    summary = render_text([after]).splitlines()[1]
    fused = [n for n in after.metadata["scheduler_nodes"] if n.get("members")]
    assert summary == (f"# {len(after.metadata['scheduler_nodes'])} scheduler nodes; fused: "
                       f"{fused[0]['name']} (FusedSchedulerNode); ExternKernel nodes are library calls")
    before = next(r for r in capture.select(stage="ir_pre_fusion") if r.target == "sm_90")
    assert "fused:" not in render_text([before]).splitlines()[1]


def test_a_kernel_named_in_full_is_picked_alone_before_names_that_contain_it():
    h200 = load_bundle(BUNDLE.parent / "jax_mlp_h200")

    def units(kernel):
        return [r.unit for r in select_records(h200, "xla_ptx", kernel)]

    assert units("gemm_fusion_dot") == ["mlp/gemm_fusion_dot"]  # not also mlp/gemm_fusion_dot_1
    assert units("gemm_fusion_dot.1") == ["mlp/gemm_fusion_dot_1"]  # the HLO's name for XLA's symbol
    assert len(units("gemm")) == 2 and len(units("mlp")) == len(units(None)) > 2  # else every name containing it
