"""What Inductor generates for CUDA on a machine without a GPU, checked on the real output."""
from __future__ import annotations

import math
import re

import pytest

from irlens.capturers.torch_cuda import kernel_sources
from irlens.fusion import validate_fusion_map


def output_code(capture) -> str:
    record = capture.get("inductor", "graph 0 (0/0)")
    assert record is not None and record.ok, capture.failures()
    return record.text


def kernels(capture) -> list[str]:
    return capture.units(framework="triton")


def test_capture_has_no_failures(capture):
    assert capture.failures() == []


def test_output_code_is_triton_kernels_and_a_cuda_wrapper(capture):
    code = output_code(capture)
    assert "@triton.jit" in code
    assert "empty_strided_cuda(" in code
    assert "extern_kernels.mm(" in code  # the matmul goes to cuBLAS


def test_mlp_kernels_are_a_pointwise_and_a_persistent_reduction(mlp):
    assert any(k.startswith("triton_poi_") for k in kernels(mlp))
    assert any(k.startswith("triton_per_") for k in kernels(mlp))


def test_matmul_epilogue_is_one_reduction_kernel(matmul_relu_sum):
    assert kernels(matmul_relu_sum) == ["triton_per_fused_add_relu_sum_0"]


def test_every_kernel_of_the_wrapper_is_compiled(capture):
    assert [name for name, _ in kernel_sources(output_code(capture))] == kernels(capture)


def test_graph_stages_come_from_inductor(capture):
    for stage in ("aot_forward", "post_grad", "inductor", "fusion"):
        record = capture.get(stage, "graph 0 (0/0)")
        assert record is not None and record.ok, stage
        assert record.framework == "torch" and record.target == "sm_90"


def test_each_kernel_has_every_triton_stage(capture):
    for kernel in kernels(capture):
        stages = {r.stage for r in capture.select(unit=kernel, framework="triton") if r.ok}
        assert {"source", "ttir", "ttgir", "llir", "ptx", "cubin", "sass"} <= stages, kernel


def test_ptx_is_the_kernel_for_sm_90(capture):
    for kernel in kernels(capture):
        ptx = capture.get("ptx", kernel).text
        assert re.search(rf"\.entry {kernel}\(", ptx)
        assert re.search(r"^\.target sm_90a?\b", ptx, re.MULTILINE)


def test_sass_has_instructions(capture):
    for kernel in kernels(capture):
        sass = capture.get("sass", kernel)
        assert sass.metadata["instructions"] > 10
        assert "EXIT" in sass.text


def test_num_warps_is_the_config_inductor_chose(capture):
    for kernel in kernels(capture):
        ptx = capture.get("ptx", kernel)
        chosen = ptx.metadata["inductor_config"]["config"]
        assert ptx.metadata["num_warps"] == chosen["num_warps"]
        # the compiled kernel asks for exactly that many threads per block
        assert re.search(rf"^\.(reqntid|maxntid) {chosen['num_warps'] * 32}\b", ptx.text, re.MULTILINE)


def test_block_sizes_are_inductors_constants(capture):
    for kernel in kernels(capture):
        ptx = capture.get("ptx", kernel)
        chosen = ptx.metadata["inductor_config"]["config"]
        blocks = {k: v for k, v in chosen.items() if k.endswith("BLOCK")}
        assert blocks and all(ptx.metadata["constexprs"].get(k) == v for k, v in blocks.items())


def test_grid_is_numel_over_the_block(mlp):
    ptx = mlp.get("ptx", "triton_poi_fused_addmm_gelu_0")
    config = ptx.metadata["inductor_config"]
    assert config["grids"] == [[math.ceil(8 * 128 / config["config"]["XBLOCK"]), 1, 1]]


def test_fusion_puts_bias_add_and_gelu_in_one_kernel(mlp):
    fmap = mlp.get("fusion", "graph 0 (0/0)").metadata["fusion_map"]
    validate_fusion_map(fmap)
    gelu = [k for k in fmap["kernels"] if "aten.erf.default" in k["ops"]]
    assert len(gelu) == 1 and gelu[0]["kind"] == "pointwise"
    assert "aten.add.Tensor" in gelu[0]["ops"]  # the bias of the first Linear
    assert "triton_poi_fused_addmm_gelu_0" == gelu[0]["name"]


def test_a_split_reductions_second_kernel_holds_only_the_reduction(split_sum):
    record = split_sum.get("fusion", "graph 0 (0/0)")
    fmap = record.metadata["fusion_map"]
    validate_fusion_map(fmap)
    first, second = fmap["kernels"]
    assert first["kind"] == "reduction" and second["kind"] == "persistent_reduction"
    # Inductor's records give both kernels every node; the second only sums the first's partial sums
    assert {"aten.mul.Tensor", "aten.add.Tensor", "aten.relu.default", "aten.sum.dim_IntList"} <= set(first["ops"])
    assert second["ops"] == ["aten.sum.dim_IntList"] and second["split_of"] == first["name"]
    assert second["note"].startswith(f"finishes the reduction {first['name']} began")
    assert [s.rsplit("/", 1)[-1] for s in second["sources"]] == ["split_sum.py:8"]
    (refused,) = [u for u in fmap["unfused"] if "with" in u]  # the split, in Inductor's fusion log
    assert (refused["with_kernel"], refused["kernel"]) == (first["name"], second["name"])
    assert "(reduction finished here)" in record.text and "(computed again)" not in record.text
    # drawn reading the first kernel's partial sums, not the ops fused into the first kernel
    into_second = [line for line in record.text.splitlines() if line.strip().endswith(f'@{second["name"]}";')]
    assert into_second == [f'  "sum_1" -> "sum_1@{second["name"]}";']


def test_each_scheduler_node_left_after_fusion_is_one_triton_kernel(mlp):
    before = mlp.get("ir_pre_fusion", "graph 0 (0/0)").metadata["scheduler_nodes"]
    after = mlp.get("ir_post_fusion", "graph 0 (0/0)").metadata["scheduler_nodes"]
    generated = [n for n in after if not n["kind"].startswith("ExternKernel")]
    kernels = [r.unit for r in mlp.select(stage="ptx", framework="triton")]
    assert len(generated) == len(kernels) == 2  # GELU; softmax's max, exp, sum and divide fused
    (softmax,) = [n for n in generated if "members" in n]
    assert len(softmax["members"]) >= 2 and len(after) < len(before)


def test_fusion_marks_cublas_calls_extern(capture):
    fmap = capture.get("fusion", "graph 0 (0/0)").metadata["fusion_map"]
    extern = [k for k in fmap["kernels"] if k["kind"] == "extern"]
    assert extern and all(k["name"].startswith("extern_kernels.") for k in extern)


def test_every_record_says_it_was_generated_without_the_device(capture):
    for record in capture.records:
        assert record.target == "sm_90"
        assert record.metadata["generated_without_device"] is True
        assert record.metadata["generated_for"] == "generated for sm_90 without the device"
        differences = " ".join(record.metadata["differs_from_real_gpu"])
        assert "no autotuning" in differences and "device properties given" in differences


def test_kernel_records_carry_inductors_config(capture):
    for kernel in kernels(capture):
        for record in capture.select(unit=kernel, framework="triton"):
            assert record.metadata["inductor_config"]["configs_available"] >= 1
            assert record.metadata["inductor_settings"]["max_autotune"] is False


def test_the_machine_looks_the_same_after_the_capture(matmul_relu_sum):
    env = matmul_relu_sum.environment
    assert env["after"] == env["before"]
    assert env["after"]["cpu_compile"] is True


@pytest.mark.parametrize("target", ["sm_xx", "gfx90a", "sm_9"])
def test_a_target_that_is_no_nvidia_architecture_is_one_clear_error(target):
    from irlens.capturers.torch_cuda import capture_inductor_cuda
    from irlens.options import CaptureOptions
    from irlens.record import CaptureError

    with pytest.raises(CaptureError, match=f"target '{target}' is not an NVIDIA architecture"):
        capture_inductor_cuda(None, [], CaptureOptions(target=target), sink=None)


def test_an_architecture_without_device_figures_is_one_clear_error():
    from irlens.capturers.fake_cuda import figures_for
    from irlens.record import CaptureError

    with pytest.raises(CaptureError, match=r"no device figures for sm_87 .*known: sm_75 sm_80"):
        figures_for(87)


def test_another_target_is_generated_and_compiled_for_that_architecture(matmul_relu_sum_sm80):
    capture = matmul_relu_sum_sm80
    assert capture.failures() == []
    assert {r.target for r in capture.records} == {"sm_80"}
    assert re.search(r"^\.target sm_80\b", capture.get("ptx", "triton_per_fused_add_relu_sum_0").text, re.MULTILINE)
    inductor = capture.get("inductor", "graph 0 (0/0)")
    assert inductor.metadata["device_properties"]["multi_processor_count"] == 108  # an A100's
    assert "multi_processor_count=108, cc=80" in inductor.text  # what Inductor was told


def test_fusion_map_keeps_the_data_flow_through_a_tuple_result(mlp):
    # Inductor's online softmax returns (max, sum); FX reads each through a getitem node, and
    # without those nodes the softmax's sub and div lost their inputs in the drawing.
    fmap = mlp.get("fusion", "graph 0 (0/0)").metadata["fusion_map"]
    validate_fusion_map(fmap)
    items = [n for n, info in fmap["nodes"].items() if info["op"] == "getitem"]
    assert len(items) == 2
    edges = {tuple(e) for e in fmap["edges"]}
    softmax = next(k for k in fmap["kernels"] if "prims.prepare_softmax_online.default" in k["ops"])
    producer = next(n for n in softmax["nodes"] if fmap["nodes"][n]["op"] == "prims.prepare_softmax_online.default")
    for item in items:
        assert (producer, item) in edges
        assert any(a == item and b in softmax["nodes"] for a, b in edges)
    reasons = {u["node"]: u["reason"] for u in fmap["unfused"]}
    assert all(softmax["name"] in reasons[item] for item in items)


def test_an_unaligned_matmul_is_generated_without_timing_its_padding(classifier_head):
    head = classifier_head
    assert head.failures() == [] and "extern_kernels.mm(" in output_code(head)
    assert any(k.startswith("triton_poi_") for k in kernels(head))
    differences = head.get("inductor", "graph 0 (0/0)").metadata["differs_from_real_gpu"]
    assert any("no matmul shape padding" in d for d in differences)


def test_attention_without_the_card_says_it_is_in_its_math_form(sdpa, mlp):
    assert sdpa.failures() == []
    code = output_code(sdpa)
    assert "extern_kernels.bmm(" in code and "_scaled_dot_product_" not in code  # matmuls and a softmax
    differences = sdpa.get("inductor", "graph 0 (0/0)").metadata["differs_from_real_gpu"]
    assert any(d.startswith("scaled_dot_product_attention in its math form") for d in differences)
    plain = mlp.get("inductor", "graph 0 (0/0)").metadata["differs_from_real_gpu"]
    assert not any("scaled_dot_product_attention" in d for d in plain)
