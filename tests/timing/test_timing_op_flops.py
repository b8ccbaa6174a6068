"""FLOPs of library kernels from torch.profiler's events: which kernel an op with a FLOP formula
launched, on trees shaped like the profiler's (a GPU kernel hangs under the op that launched it)."""
from __future__ import annotations

from types import SimpleNamespace

from irlens.timing.torch_op_flops import flops_figures, kernel_flops, op_flops


def op(name, flops=0, kernels=(), children=()):
    return SimpleNamespace(name=name, flops=flops, kernels=[SimpleNamespace(name=k) for k in kernels],
                           cpu_children=list(children))


def flatten(*roots):
    out, stack = [], list(roots)
    while stack:
        e = stack.pop()
        out.append(e)
        stack.extend(e.cpu_children)
    return out


def test_a_gemm_launched_alone_gets_its_ops_flops():
    events = flatten(op("aten::linear", children=[op("aten::t"), op("aten::addmm", 1000, ["sm90_gemm"])]),
                     op("aten::linear", children=[op("aten::addmm", 1000, ["sm90_gemm"])]))
    assert kernel_flops(events) == {"sm90_gemm": (1000, "aten::addmm")}
    assert flops_figures(kernel_flops(events), "sm90_gemm") == {
        "flops": 1000, "flops_source": "torch.profiler's FLOP formula for aten::addmm (recorded shapes)"}


def test_a_split_gemm_gives_neither_kernel_flops():
    events = flatten(op("aten::mm", 1000, ["gemm_split_k", "splitKreduce_kernel"]))
    assert kernel_flops(events) == {}


def test_a_kernel_also_launched_without_a_formula_gets_none():
    events = flatten(op("aten::mm", 1000, ["shared_kernel"]), op("aten::copy_", 0, ["shared_kernel"]))
    assert kernel_flops(events) == {}


def test_a_kernel_whose_calls_differ_in_flops_gets_none():
    events = flatten(op("aten::mm", 1000, ["gemm"]), op("aten::mm", 2000, ["gemm"]))
    assert kernel_flops(events) == {}
    assert flops_figures(kernel_flops(events), "gemm") == {}


def test_an_op_counts_the_flops_of_the_ops_it_calls():
    linear = op("aten::linear", children=[op("aten::addmm", 1000)])
    gelu = op("aten::gelu")
    picked = [("aten::linear", linear), ("aten::gelu", gelu), ("aten::linear", linear)]
    assert op_flops(picked) == {"aten::linear": (1000, "aten::addmm")}
