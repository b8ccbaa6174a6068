"""FLOPs and bytes of library kernels from torch.profiler's events: which kernel an op with a FLOP
formula (or a byte-counting range around an eager aten op) launched, on trees shaped like the
profiler's (a GPU kernel hangs under the op that launched it); and the bytes of real aten ops."""
from __future__ import annotations

from types import SimpleNamespace

from irlens.timing.torch_op_figures import (BYTE_MARK, aten_op_bytes, bytes_figures, eager_byte_events,
                                            flops_figures, kernel_figures, op_figures)


def op(name, flops=0, kernels=(), children=(), correlation=None):
    return SimpleNamespace(name=name, flops=flops, kernels=[SimpleNamespace(name=k) for k in kernels],
                           cpu_children=list(children), id=correlation if correlation is not None else object())


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
    assert kernel_figures(events) == {"sm90_gemm": (1000, "aten::addmm")}
    assert flops_figures(kernel_figures(events), "sm90_gemm") == {
        "flops": 1000, "flops_source": "torch.profiler's FLOP formula for aten::addmm (recorded shapes)"}


def test_a_kernel_also_held_by_an_overhead_event_of_the_same_launch_counts_once():
    # as torch 2.11's profiler gave it on an H200 (CUDA 13): CUPTI's buffer request inside aten::addmm
    # carries the op's correlation id, so the GEMM hangs under both
    addmm = op("aten::addmm", 33554432, ["sm80_xmma_gemm"], correlation=5, children=[
        op("Activity Buffer Request", 0, ["sm80_xmma_gemm"], correlation=5), op("cudaLaunchKernelExC", correlation=18)])
    events = flatten(op("aten::linear", children=[op("aten::t"), addmm]))
    assert kernel_figures(events) == {"sm80_xmma_gemm": (33554432, "aten::addmm")}


def test_a_split_gemm_gives_neither_kernel_figures():
    events = flatten(op("aten::mm", 1000, ["gemm_split_k", "splitKreduce_kernel"]))
    assert kernel_figures(events) == {}


def test_a_kernel_also_launched_without_a_formula_gets_none():
    events = flatten(op("aten::mm", 1000, ["shared_kernel"]), op("aten::copy_", 0, ["shared_kernel"]))
    assert kernel_figures(events) == {}


def test_a_kernel_whose_calls_differ_in_flops_gets_none():
    events = flatten(op("aten::mm", 1000, ["gemm"]), op("aten::mm", 2000, ["gemm"]))
    assert kernel_figures(events) == {}
    assert flops_figures(kernel_figures(events), "gemm") == {}


def test_an_op_counts_the_flops_of_the_ops_it_calls():
    linear = op("aten::linear", children=[op("aten::addmm", 1000)])
    gelu = op("aten::gelu")
    picked = [("aten::linear", linear), ("aten::gelu", gelu), ("aten::linear", linear)]
    assert op_figures(picked) == {"aten::linear": (1000, "aten::addmm")}


def timed(name, start, end, flops=0, device="CPU", stream=7):
    from torch.autograd import DeviceType

    return SimpleNamespace(name=name, flops=flops, kernels=[], cpu_children=[], device_resource_id=stream, id=object(),
                           device_type=getattr(DeviceType, device), time_range=SimpleNamespace(start=start, end=end))


def test_without_links_a_kernel_goes_to_the_op_whose_span_holds_its_launch_call():
    # eager Linear -> GELU -> Linear with no kernel linked to its op: launch calls in order, kernels in
    # the same order on one stream; the second GEMM is split in two kernels, so it gets none
    events = [timed("aten::linear", 0, 50), timed("aten::addmm", 5, 45, flops=1000),
              timed("cudaLaunchKernelExC", 10, 20), timed("aten::gelu", 60, 80), timed("cudaLaunchKernel", 65, 70),
              timed("aten::addmm", 90, 140, flops=2000), timed("cuLaunchKernelEx", 95, 100),
              timed("cuLaunchKernel", 110, 115),
              timed("sm90_gemm", 30, 60, device="CUDA"), timed("Memset (Device)", 61, 62, device="CUDA"),
              timed("gelu_kernel", 70, 75, device="CUDA"), timed("gemm_split_k", 120, 130, device="CUDA"),
              timed("splitKreduce_kernel", 131, 135, device="CUDA")]
    assert kernel_figures(events) == {"sm90_gemm": (1000, "aten::addmm")}


def test_without_links_kernels_on_several_streams_or_unmatched_calls_get_none():
    launch, mm = timed("cudaLaunchKernel", 10, 20), timed("aten::mm", 5, 45, flops=1000)
    assert kernel_figures([mm, launch, timed("gemm", 30, 40, device="CUDA")]) == {"gemm": (1000, "aten::mm")}
    assert kernel_figures([mm, launch, timed("cudaLaunchKernel", 21, 22), timed("gemm", 30, 40, device="CUDA"),
                         timed("other", 41, 42, device="CUDA", stream=8)]) == {}
    assert kernel_figures([mm, timed("gemm", 30, 40, device="CUDA")]) == {}


def test_a_kernel_gets_the_bytes_of_the_eager_op_whose_range_holds_its_launch():
    # as eager_byte_events shapes it: each aten op the dispatch mode sees runs inside a range of its
    # own, and the op's own event (inside the range) launches the kernel
    def marked(k, name, kernels, correlation=None):
        return op(f"{BYTE_MARK}{k}", children=[op(name, 0, kernels, correlation=correlation)])

    marks = {f"{BYTE_MARK}0": (229376, "aten::addmm"), f"{BYTE_MARK}1": (131072, "aten::relu"),
             f"{BYTE_MARK}2": (229376, "aten::addmm")}

    def count(event):
        return marks.get(event.name)

    linear = op("aten::linear", children=[op("aten::t"), marked(0, "aten::addmm", ["sm90_gemm"])])
    events = flatten(linear, op("aten::relu", children=[marked(1, "aten::relu", ["elementwise_kernel"])]),
                     op("aten::linear", children=[marked(2, "aten::addmm", ["sm90_gemm"])]))
    assert kernel_figures(events, count) == {"sm90_gemm": (229376, "aten::addmm"),
                                             "elementwise_kernel": (131072, "aten::relu")}
    assert bytes_figures(kernel_figures(events, count), "sm90_gemm") == {
        "bytes_moved": 229376, "bytes_source": "tensor sizes of aten::addmm: each reads its inputs and writes its "
                                               "outputs once"}
    assert op_figures([("aten::linear", linear)], count) == {"aten::linear": (229376, "aten::addmm")}


def test_an_aten_op_moves_its_inputs_and_outputs_once():
    import torch

    a, b, bias = torch.ones(64, 128), torch.ones(128, 256), torch.ones(256)
    out = torch.empty(64, 256)
    fresh = torch.ops.aten.addmm.default
    assert aten_op_bytes(fresh, (bias, a, b), {}, fresh(bias, a, b)) == 4 * (256 + 64 * 128 + 128 * 256 + 64 * 256)
    # out= returns its out tensor, which is written once, not also read
    written = torch.ops.aten.addmm.out
    assert aten_op_bytes(written, (bias, a, b), {"out": out}, written(bias, a, b, out=out)) == \
        4 * (256 + 64 * 128 + 128 * 256 + 64 * 256)
    # in place: read and written
    x = torch.ones(1000)
    assert aten_op_bytes(torch.ops.aten.relu_.default, (x,), {}, torch.ops.aten.relu_.default(x)) == 2 * 4000


def test_a_lookup_reads_the_rows_it_picks_not_the_whole_table():
    import torch

    table, ids = torch.ones(1000, 64), torch.arange(160)
    lookup = torch.ops.aten.embedding.default
    # 160 int64 ids in, 160 rows of 64 floats read and written: not the 256 kB table
    assert aten_op_bytes(lookup, (table, ids), {}, lookup(table, ids)) == 160 * 8 + 2 * 160 * 64 * 4


def test_a_broadcast_operand_is_read_at_the_size_its_memory_holds():
    import torch

    x, bias = torch.ones(64, 256), torch.ones(256)
    add = torch.ops.aten.add.Tensor
    expanded = bias.expand(64, 256)  # stride 0 along the batch: 256 floats in memory, not 64 x 256
    assert aten_op_bytes(add, (x, expanded), {}, add(x, expanded)) == (64 * 256 + 256 + 64 * 256) * 4
    # the same as the add that broadcasts the bias itself
    assert aten_op_bytes(add, (x, bias), {}, add(x, bias)) == (64 * 256 + 256 + 64 * 256) * 4
    scalar = torch.tensor(2.0).expand(8, 8)  # every dimension broadcast: one element
    assert aten_op_bytes(add, (x[:8, :8], scalar), {}, add(x[:8, :8], scalar)) == (64 + 1 + 64) * 4


def test_allocations_and_unmarked_views_move_nothing_and_fills_only_write():
    import torch

    x = torch.ones(256, 256)
    empty_like = torch.ops.aten.empty_like.default
    assert aten_op_bytes(empty_like, (x,), {}, empty_like(x)) == 0  # a shape taken, nothing written
    # the reshape matmul makes of bmm's result (torch 2.13): a view that aten does not mark as one
    unsafe_view = torch.ops.aten._unsafe_view.default
    assert aten_op_bytes(unsafe_view, (x, [65536]), {}, unsafe_view(x, [65536])) == 0
    fill = torch.ops.aten.fill_.Scalar
    assert aten_op_bytes(fill, (x, 0.0), {}, fill(x, 0.0)) == 256 * 256 * 4  # written once, not read


def test_an_eager_run_marks_each_op_that_moves_data_with_its_bytes():
    import torch

    model = torch.nn.Sequential(torch.nn.Linear(128, 256), torch.nn.ReLU())
    x = torch.randn(64, 128)
    with torch.no_grad():
        events, count = eager_byte_events(lambda: model(x), on_gpu=False)
    top = [(e.name, e) for e in events if e.cpu_parent is None and e.name.startswith("aten::")]
    found = op_figures(top, count)
    assert found["aten::linear"] == (4 * (64 * 128 + 128 * 256 + 256 + 64 * 256), "aten::addmm")
    assert found["aten::relu"] == (4 * 2 * 64 * 256, "aten::relu")
    assert not any(e.name.startswith(BYTE_MARK) and count(e) and "aten::t" == count(e)[1] for e in events)


def test_a_direct_convolution_call_gets_the_flops_the_profiler_gives_conv2d():
    # Inductor's output calls aten::convolution, which the profiler has no formula for; eager code
    # calls aten::conv2d, which it has, and which holds a convolution that must not count again
    import torch
    from torch.profiler import ProfilerActivity, profile

    from irlens.timing.torch_op_figures import counted_flops

    x, w, b = torch.randn(2, 3, 16, 16), torch.randn(8, 3, 3, 3), torch.randn(8)
    with profile(activities=[ProfilerActivity.CPU], record_shapes=True, with_flops=True) as prof:
        torch.nn.functional.conv2d(x, w, b, stride=2, padding=1)
        torch.ops.aten.convolution(x, w, b, [2, 2], [1, 1], [1, 1], False, [0, 0], 1)
    events = list(prof.events())
    conv2d = next(e for e in events if e.name == "aten::conv2d")
    assert conv2d.flops == 2 * 2 * 8 * 8 * 8 * 3 * 3 * 3  # an 8x8 output from stride 2
    direct = [e for e in events if e.name == "aten::convolution" and e.cpu_parent is None]
    inside = [e for e in events if e.name == "aten::convolution" and e.cpu_parent is not None]
    assert len(direct) == 1 and inside
    flops, source = counted_flops(direct[0])
    assert flops == conv2d.flops and source.startswith("aten::convolution (its recorded shapes")
    assert all(counted_flops(e) is None for e in inside)
    assert op_figures([("aten::conv2d", conv2d)], counted_flops)["aten::conv2d"][0] == conv2d.flops
