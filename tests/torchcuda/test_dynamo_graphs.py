"""Inductor's CUDA output is generated per Dynamo graph: a graph break gives several graphs,
each with its own output, named as the CPU capture names them."""
from __future__ import annotations

import re

GRAPHS = ("graph 0 (0/0)", "graph 1 (1/0)")


def cuda(capture, stage: str, unit: str):
    return next(r for r in capture.select(stage=stage, unit=unit) if r.target == "sm_90")


def test_the_graph_break_sample_is_captured_without_failures(graph_break_capture):
    assert graph_break_capture.failures() == []


def test_each_dynamo_graph_has_its_own_cuda_output(graph_break_capture):
    for unit in GRAPHS:
        record = cuda(graph_break_capture, "inductor", unit)
        assert record.ok and "@triton.jit" in record.text and "empty_strided_cuda(" in record.text
        assert record.metadata["compile_id"] == unit.split("(")[1].rstrip(")")
        assert record.metadata["generated_without_device"] is True


def test_each_graphs_kernels_are_compiled_to_ptx(graph_break_capture):
    for unit in GRAPHS:
        kernels = {r.unit for r in graph_break_capture.select(stage="ptx", framework="triton")
                   if r.metadata["graph"] == unit}
        assert kernels, unit
        for kernel in kernels:
            ptx = graph_break_capture.get("ptx", kernel)
            assert ptx.ok and re.search(rf"\.entry {re.escape(kernel)}\(", ptx.text)


def test_no_kernel_crosses_the_break(graph_break_capture):
    def ops(unit):
        fmap = cuda(graph_break_capture, "fusion", unit).metadata["fusion_map"]
        return {op for k in fmap["kernels"] for op in k["ops"]}

    assert "aten.relu.default" in ops(GRAPHS[0]) and "aten.tanh.default" not in ops(GRAPHS[0])
    assert "aten.tanh.default" in ops(GRAPHS[1]) and "aten.relu.default" not in ops(GRAPHS[1])


def test_cpu_and_cuda_records_of_a_graph_share_its_unit(graph_break_capture):
    for unit in GRAPHS:
        for stage in ("aot_forward", "post_grad", "inductor", "fusion"):
            targets = {r.target for r in graph_break_capture.select(stage=stage, unit=unit) if r.ok}
            assert targets == {"cpu", "sm_90"}, (stage, unit)


def test_dynamos_own_stages_are_recorded_once_by_the_cpu_capture(graph_break_capture):
    for stage in ("dynamo", "graph_breaks"):
        assert {r.target for r in graph_break_capture.select(stage=stage)} == {"cpu"}
    assert len(graph_break_capture.select(stage="graph_breaks")) == 1


def test_tensors_made_on_the_inputs_device_are_made_on_cuda(device_factories):
    assert device_factories.failures() == []
    code = device_factories.get("inductor", "graph 0 (0/0)").text
    assert "device(type='cpu')" not in code and "empty_strided_cpu(" not in code.split("def call")[1]
    (kernel,) = device_factories.units(framework="triton")
    assert "arange" in kernel
    assert re.search(r"tl\.full\(\[1\], 3\.0", device_factories.get("source", kernel).text)  # folded
