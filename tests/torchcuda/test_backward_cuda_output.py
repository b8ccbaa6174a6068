"""Training without a GPU: AOTAutograd's backward graph is traced on the fake CUDA device and
Inductor compiles it for the target like the forward graph, kernels on through PTX."""
from __future__ import annotations

import re

FORWARD, BACKWARD = "graph 0 (0/0)", "graph 0 (0/0) backward"


def cuda(capture, stage: str, unit: str):
    return next(r for r in capture.select(stage=stage, unit=unit) if r.target == "sm_90")


def test_the_training_capture_has_no_failures(mlp_training):
    assert mlp_training.failures() == [] and mlp_training.errors == []


def test_aot_autograd_traces_the_joint_and_backward_graphs_for_cuda(mlp_training):
    joint = cuda(mlp_training, "aot_joint", FORWARD)
    backward = cuda(mlp_training, "aot_backward", FORWARD)
    assert joint.ok and backward.ok, (joint.error, backward.error)
    assert "tangents_1" in backward.text and "device(type='cpu')" not in backward.text
    assert backward.metadata["generated_without_device"] is True


def test_the_backward_output_is_triton_kernels_and_a_cuda_wrapper(mlp_training):
    code = cuda(mlp_training, "inductor", BACKWARD)
    assert code.ok and code.metadata["direction"] == "backward"
    assert "@triton.jit" in code.text and "empty_strided_cuda(" in code.text
    assert "extern_kernels.mm(" in code.text  # the weight and input gradients go to cuBLAS
    assert "softmax_backward" in code.text and "gelu_backward" in code.text
    fmap = cuda(mlp_training, "fusion", BACKWARD).metadata["fusion_map"]
    assert any(k["kind"] == "extern" for k in fmap["kernels"])


def test_each_backward_kernel_is_compiled_to_ptx(mlp_training):
    kernels = {r.unit for r in mlp_training.select(stage="ptx", framework="triton")
               if r.metadata["graph"] == BACKWARD}
    assert kernels
    for kernel in kernels:
        ptx = mlp_training.get("ptx", kernel)
        assert ptx.ok and re.search(rf"\.entry {re.escape(kernel)}\(", ptx.text)
        assert ptx.metadata["generated_without_device"] is True


def test_cpu_and_cuda_captures_name_the_forward_and_backward_alike(mlp_training):
    for stage, unit in [("aot_backward", FORWARD), ("post_grad", FORWARD), ("post_grad", BACKWARD),
                        ("inductor", BACKWARD), ("fusion", BACKWARD)]:
        targets = {r.target for r in mlp_training.select(stage=stage, unit=unit) if r.ok}
        assert targets == {"cpu", "sm_90"}, (stage, unit)
