"""The app's view models on real captures: pipeline order, line highlighting, windows of long
texts, pass diffs, graphs, comparisons, the HTML report, the bundle zip and background captures."""
from __future__ import annotations

import io
import os
import re
import shlex
import subprocess
import sys
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from irlens.bundle import load_bundle
from irlens.options import CaptureOptions
from irlens.record import SourceLoc
from irlens.views import compare, graphs, passes, pipeline
from irlens.views.code_html import DEFAULT_WINDOW, Pane, choose_window, pane_html, panes_html
from irlens.views.export import bundle_folder, bundle_zip, reopen_command
from irlens.views.jobs import DONE, FAILED, QUEUED, CaptureJob, CaptureJobs
from irlens.views.linemap import call_sites, highlight_for, mapped_locations
from irlens.views.report import report_html
from irlens.views.timings import kernel_times, not_measured, timing_sections, timing_table

SAMPLES = Path(os.environ.get("IRLENS_SAMPLES_DIR") or Path(__file__).resolve().parents[2] / "samples")


def _user_line(record) -> SourceLoc:
    """A line of the user's kernel file that this record maps some of its lines to."""
    user = record.metadata.get("python_file") or record.line_map[min(record.line_map)].file
    return next(loc for loc in mapped_locations([record], user) if loc.file.endswith(user.rsplit("/", 1)[-1]))


def test_pipeline_lists_stages_in_compiler_order(triton_capture, jax_capture):
    triton_stages = [r.stage for r in pipeline.pipeline_rows(triton_capture)]
    assert triton_stages.index("ttir") < triton_stages.index("ttgir") < triton_stages.index("ptx")
    jax_stages = [r.stage for r in pipeline.pipeline_rows(jax_capture, pipeline.CPU)]
    assert jax_stages.index("jaxpr") < jax_stages.index("hlo") < jax_stages.index("hlo_opt")
    assert jax_stages.index("fusion") == jax_stages.index("hlo_opt") + 1  # the fusion map describes hlo_opt


def test_pipeline_rows_carry_size_lines_and_units(triton_capture):
    ptx = next(r for r in pipeline.pipeline_rows(triton_capture) if r.stage == "ptx")
    record = triton_capture.select(stage="ptx")[0]
    assert ptx.lines == record.line_count and ptx.size_bytes == record.size
    assert record.unit in ptx.units


def test_highlight_marks_every_line_from_the_chosen_source_line(triton_capture):
    ptx = triton_capture.select(stage="ptx")[0]
    loc = _user_line(ptx)
    light = highlight_for(ptx.line_map, loc, call_sites(ptx))
    assert set(ptx.lines_from_line(loc.line, loc.file)) <= set(light.hits)
    html = pane_html(Pane("ptx", ptx.text, "ptx", ptx.line_map, call_sites(ptx)), loc, show_all=True)
    assert html.count('class="l h"') == len(light.hits)
    unmapped = ptx.line_count - len(light.mapped)
    assert html.count('class="l u"') == unmapped > 0  # lines of no known origin are marked apart


def test_a_kernel_fused_from_several_lines_lights_its_launch_for_each_of_them(untimed_torch_bundle):
    # RMSNorm's two lines, the mean and the scaling, are one kernel: its launch in Inductor's
    # wrapper came from both, and picking either lights it
    capture = load_bundle(untimed_torch_bundle)
    source = Path(capture.source_path).read_text().splitlines()
    wanted = [n for n, text in enumerate(source, start=1) if "variance = " in text or text.strip().startswith("return x")]
    for inductor in capture.select(stage="inductor"):  # the CPU and the CUDA output alike
        ((launch, first),) = inductor.line_map.items()
        others = inductor.also_from[launch]
        assert [first.line, *(loc.line for loc in others)] == wanted
        for loc in (first, *others):
            assert highlight_for(inductor.line_map, loc, {}, inductor.also_from).hits == (launch,)
        assert {first, *others} <= set(mapped_locations([inductor]))
        pane = Pane("inductor", inductor.text, "python", inductor.line_map, also_from=inductor.also_from)
        html = pane_html(pane, others[0], show_all=True)
        assert html.count('class="l h"') == 1 and f'title="{first} and {others[0]}"' in html


def test_inlined_helper_code_is_highlighted_from_the_calling_line(triton_capture):
    ptx = triton_capture.select(stage="ptx")[0]
    sites = call_sites(ptx)
    if not sites:
        pytest.skip("this sample's kernel inlines no library helper")
    line, caller = next(iter(sites.items()))
    assert line in highlight_for(ptx.line_map, caller, sites).hits


def test_long_text_shows_a_window_from_just_before_the_first_hit():
    window = choose_window(20_000, hits=(12_345, 15_000))
    assert window.start <= 12_345 <= window.end and window.end - window.start + 1 == DEFAULT_WINDOW
    assert choose_window(20_000, page=2).start == 2 * DEFAULT_WINDOW + 1
    assert choose_window(20_000, show_all=True).complete


def test_pass_change_shows_what_a_triton_pass_did(triton_capture):
    record = triton_capture.select(stage="mlir_passes")[0]
    steps = passes.pass_steps(record)
    changed = [i for i, s in enumerate(steps) if s.changed]
    assert changed, "Triton's pipeline changes the IR"
    change = passes.pass_change(record, changed[0])
    assert change.diff.changed and change.previous.scope == change.step.scope
    assert change.step.changed_by
    unchanged = next(i for i, s in enumerate(steps) if s.changed is False and i > 0
                     and passes.pass_change(record, i).previous is not None)
    assert not passes.pass_change(record, unchanged).diff.changed


def test_pass_diffs_can_leave_out_mlir_location_renumbering(triton_capture):
    record = triton_capture.select(stage="mlir_passes")[0]
    steps = passes.pass_steps(record)
    changed = [i for i, s in enumerate(steps) if s.changed and passes.pass_change(record, i).previous]
    full = passes.pass_change(record, changed[0]).diff
    lean = passes.pass_change(record, changed[0], ignore_locations=True).diff
    assert lean.changed and lean.added + lean.removed < full.added + full.removed
    changed_lines = [line for line in lean.lines[2:] if line[:1] in "+-"]
    assert not [line for line in changed_lines if line[1:].lstrip().startswith("#loc")]
    # nor inside a line: the arguments of a kernel's signature carry their own (Triton 3.6, H200)
    signature = ('  tt.func public @k(%in_out_ptr0: !tt.ptr<f32> {tt.divisibility = 16 : i32} loc("in_out_ptr0"(#loc)), '
                 '%xnumel: i32 loc("xnumel"(#loc))) attributes {noinline = false} {')
    assert passes.without_locations(signature) == (
        "  tt.func public @k(%in_out_ptr0: !tt.ptr<f32> {tt.divisibility = 16 : i32}, %xnumel: i32) "
        "attributes {noinline = false} {")
    # and the block arguments of a reduction's combiner, inlined from tl.max (triton_softmax's TTIR)
    combiner = "    ^bb0(%arg5: f32 loc(callsite(#loc9 at #loc31)), %arg6: f32 loc(callsite(#loc9 at #loc31))):"
    assert passes.without_locations(combiner) == "    ^bb0(%arg5: f32, %arg6: f32):"
    every_line = "\n".join(passes.snapshot_text(record, step) for step in steps)
    assert "loc(" not in passes.without_locations(every_line)


def test_pass_change_shows_what_an_xla_pass_did(jax_capture):
    record = jax_capture.select(stage="xla_passes")[0]
    steps = passes.pass_steps(record)
    position = next(i for i, s in enumerate(steps) if s.changed)
    change = passes.pass_change(record, position)
    assert change.diff.changed and change.step.author == steps[position].name


def test_pass_change_shows_what_an_xla_emitter_pass_did(jax_capture):
    record = jax_capture.select(stage="xla_emitter_passes")[0]
    steps = passes.pass_steps(record)
    assert all(s.when == "before" for s in steps)  # MLIR's dump: the IR before each pass
    position = next(i for i, s in enumerate(steps) if s.changed)
    change = passes.pass_change(record, position, ignore_locations=True)
    assert change.diff.changed and change.previous.scope == change.step.scope
    assert change.step.author == steps[position].changed_by


def test_hlo_graph_shows_xla_fusions(jax_capture):
    hlo = jax_capture.select(stage="hlo_opt")[0]
    g = graphs.hlo_graph(hlo.text)
    fusions = [n for n, d in g.nodes(data=True) if d["op"] == "fusion"]
    assert fusions and all(g.nodes[n]["fused_ops"] for n in fusions if g.nodes[n].get("kind") == "kLoop")
    assert "digraph" in graphs.graph_dot(g)


def test_hlo_graph_of_the_unoptimized_module_has_its_ops_and_data_flow(jax_capture):
    hlo = jax_capture.select(stage="hlo")[0]
    g = graphs.hlo_graph(hlo.text)
    ops = {d["op"] for _, d in g.nodes(data=True)}
    assert {"parameter", "dot"} <= ops and "fusion" not in ops  # before XLA fused anything
    assert g.number_of_edges() >= g.number_of_nodes() - sum(1 for _, d in g.nodes(data=True)
                                                              if d["op"] in ("parameter", "constant"))


def test_fx_graph_reads_nodes_and_edges_of_a_torch_graph(torch_capture):
    record = torch_capture.select(stage="post_grad")[0]
    g = graphs.fx_graph(record.text)
    assert g.number_of_edges() >= g.number_of_nodes() - 1 - sum(1 for _, d in g.nodes(data=True)
                                                                  if d["op"] == "input")
    assert any("aten" in str(d["op"]) or "." in str(d["op"]) for _, d in g.nodes(data=True))


@pytest.mark.parametrize("stage", ["dynamo", "aot_forward", "pre_grad", "post_grad"])
def test_every_node_of_an_fx_graph_reads_from_the_inputs(torch_capture, stage):
    # AOTAutograd's graphs (torch 2.13) print their signature and `return (` one name per line;
    # Dynamo's call methods on nodes (`x.view(...)`): every node but the inputs has an edge in, and
    # every input and computed node reaches the output
    import networkx as nx

    record = next(r for r in torch_capture.select(stage=stage) if r.ok)
    g = graphs.fx_graph(record.text)
    inputs = [n for n, d in g.nodes(data=True) if d["op"] in ("input", "get_attr")]
    assert inputs and "output" in g
    assert [n for n in g if g.in_degree(n) == 0 and n not in inputs] == []
    assert all(nx.has_path(g, n, "output") for n in inputs)


def test_a_source_file_edited_since_the_capture_is_marked(torch_capture, tmp_path):
    from irlens.views.linemap import find_source

    original = Path(torch_capture.source_path) if Path(torch_capture.source_path).is_file() else \
        Path(__file__).resolve().parents[2] / "samples" / Path(torch_capture.source_path).name
    copy = tmp_path / original.name
    copy.write_bytes(original.read_bytes())
    moved = replace(torch_capture, source_path=str(copy))
    assert find_source(moved).edited is False
    copy.write_text("# a line added on top\n" + original.read_text())
    assert find_source(moved).edited is True
    from irlens.views.linemap import code_at  # its lines, moved down one, would label the wrong code

    assert not any(name == copy.name for name, _ in code_at([], find_source(moved)))


def test_a_method_call_in_a_dynamo_graph_reads_its_receiver():
    # Dynamo keeps `y.sum()` as a method call on the node y (samples/torch_graph_break.py:18)
    capture = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "torch_graph_break")
    record = next(r for r in capture.select(stage="dynamo") if "y.sum()" in (r.text or ""))
    g = graphs.fx_graph(record.text)
    assert g.has_edge("y", "sum_1")


def test_graph_filter_keeps_matches_and_neighbours_within_the_cap(jax_capture):
    g = graphs.hlo_graph(jax_capture.select(stage="hlo_opt")[0].text)
    fusion = next(n for n, d in g.nodes(data=True) if d["op"] == "fusion")
    filtered = graphs.filter_graph(g, fusion, max_nodes=50)
    assert fusion in filtered.graph and set(g.predecessors(fusion)) <= set(filtered.graph)
    capped = graphs.filter_graph(g, "", max_nodes=2)
    assert capped.graph.number_of_nodes() == 2 and "showing the first 2" in capped.note


def test_fusion_dot_draws_only_the_chosen_kernels(torch_capture):
    fmap = torch_capture.select(stage="fusion")[0].metadata["fusion_map"]
    first = fmap["kernels"][0]["name"]
    dot = graphs.fusion_dot(fmap, [first])
    assert dot.count("subgraph cluster_") == 1 and first in dot


def test_compare_lists_what_changed_between_two_targets(triton_bundle, triton_sm80_bundle):
    a, b = load_bundle(triton_bundle), load_bundle(triton_sm80_bundle)
    pairs = compare.pair_records(a, b)
    ptx = next(p for p in pairs if p.stage == "ptx")
    assert ptx.a and ptx.b and ptx.a.unit == ptx.b.unit
    assert ".target sm_80" in "\n".join(compare.pair_diff(ptx).lines)
    fields = {(row["stage"], row["field"]) for row in compare.metadata_changes(pairs)}
    assert ("cubin", "compiled_for") in fields
    summary = {row["what"]: row for row in compare.summary_rows(a, b)}
    assert summary["targets"]["A"] == "sm_90" and summary["targets"]["B"] == "sm_80"


def test_compare_pairs_only_kernels_of_the_same_name(torch_capture, triton_capture):
    pairs = [p for p in compare.pair_records(torch_capture, triton_capture) if p.stage == "ptx"]
    assert pairs and all(p.a is None or p.b is None for p in pairs)  # no Inductor kernel is a Triton sample's
    assert {p.unit for p in pairs} == {f"{r.unit} (only in A)" for r in torch_capture.select(stage="ptx")} | \
        {f"{r.unit} (only in B)" for r in triton_capture.select(stage="ptx")}


def test_compare_pairs_the_only_specializations_of_one_kernel(triton_capture):
    def renamed(capture, suffix):
        return replace(capture, records=[replace(r, unit=r.unit + suffix) for r in capture.records])
    pairs = compare.pair_records(renamed(triton_capture, "[BLOCK=64]"), renamed(triton_capture, "[BLOCK=128]"))
    assert all(p.a and p.b for p in pairs) and "↔" in pairs[0].unit


def test_compare_pairs_inductor_kernels_of_one_slot_across_torch_versions():
    # torch 2.13 and 2.11 name the MLP's softmax kernel after different ops; kind and number agree
    bundles = Path(__file__).resolve().parents[2] / "samples" / "bundles"
    pairs = [p for p in compare.pair_records(load_bundle(bundles / "torch_mlp"), load_bundle(bundles / "torch_mlp_h200"))
             if p.stage == "ptx"]
    assert all(p.a and p.b for p in pairs), [p.unit for p in pairs]
    assert ("triton_per_fused__softmax_prepare_softmax_online_1 ↔ "
            "triton_per_fused__softmax_exp_prepare_softmax_online_sub_1") in {p.unit for p in pairs}
    assert compare.inductor_slot("triton_poi_fused_addmm_gelu_0 (graph 1 (1/0))") == ("triton_poi", "0")
    assert compare.inductor_slot("add_kernel") is None


def test_compare_lists_the_fields_two_machines_always_differ_in_last():
    bundles = Path(__file__).resolve().parents[2] / "samples" / "bundles"
    changes = compare.metadata_changes(compare.pair_records(load_bundle(bundles / "torch_mlp"),
                                                            load_bundle(bundles / "torch_mlp_h200")))
    machine = [i for i, row in enumerate(changes) if row["field"].startswith(compare.MACHINE_FIELDS)]
    assert machine and machine == list(range(machine[0], len(changes)))  # all of them, at the end
    assert machine[0] > 0 and any(row["field"] == "generated_without_device" for row in changes[:machine[0]])


def test_compare_ignores_where_the_checkout_of_a_capture_lives(triton_capture):
    def moved(record):
        metadata = {k: v.replace("/", "/elsewhere/clone/", 1) if k in ("python_file", "file") else v
                    for k, v in record.metadata.items()}
        return replace(record, metadata=metadata)
    elsewhere = replace(triton_capture, records=[moved(r) for r in triton_capture.records])
    assert any(r.metadata.get("python_file", "").startswith("/elsewhere/") for r in elsewhere.records)
    assert compare.metadata_changes(compare.pair_records(triton_capture, elsewhere)) == []


def test_compare_pairs_a_torch_and_a_jax_capture_by_summary(torch_capture, jax_capture):
    rows = {row["what"]: row for row in compare.summary_rows(torch_capture, jax_capture, "cpu", "cpu")}
    assert rows["framework"]["A"] == "torch" and rows["framework"]["B"] == "jax"
    assert rows["fusion: kernels out"]["A"] != "—" and rows["fusion: kernels out"]["B"] != "—"


def test_report_is_one_self_contained_page(triton_capture):
    ptx = triton_capture.select(stage="ptx")[0]
    loc = _user_line(ptx)
    page = report_html(triton_capture, [Pane("ptx", ptx.text, "ptx", ptx.line_map)], loc)
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # no external assets
    assert 'class="l h"' in page and "Pipeline" in page
    kernel_file = SourceLoc("/tmp/torchinductor_me/zs/czsib4kq3.py", 31)  # named as a reader knows it
    named = report_html(triton_capture, [Pane("ptx", ptx.text, "ptx", ptx.line_map)], kernel_file)
    assert "source line Inductor&#x27;s kernel file:31</h2>" in named


def test_report_carries_the_timings_as_bench_groups_them(torch_capture):
    page = report_html(torch_capture, [], None)
    assert "<h2>Timings</h2>" in page and "method: time.perf_counter_ns" in page
    assert "<h3>Kernels per run</h3>" in page and "no GPU present" in page
    assert "<title>irlens: torch_mlp.py (torch)</title>" in page  # not the last heading of the timings


def test_a_report_of_a_gpu_capture_names_the_gpu_and_only_its_compilers_versions():
    gpu = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "torch_mlp_h200")
    record = gpu.get("ptx", "triton_poi_fused_addmm_gelu_0")
    page = report_html(gpu, [Pane("ptx", record.text, "ptx", record.line_map)], None, wrap=True)
    meta = page.split('<div class="meta">', 1)[1].split("</div>", 1)[0]
    assert "device NVIDIA H200" in meta and "torch 2.11.0" in meta and "jax" not in meta
    assert 'class="irl-grid wrap"' in page  # long lines folded, as the side-by-side view had them


def test_bundle_zip_opens_as_the_same_capture(triton_capture, tmp_path):
    data = bundle_zip(triton_capture, "kernel")
    zipfile.ZipFile(io.BytesIO(data)).extractall(tmp_path)
    again = load_bundle(tmp_path / "kernel")
    assert [(r.stage, r.unit) for r in again] == [(r.stage, r.unit) for r in triton_capture]


def test_a_download_made_on_a_gpu_is_named_for_it():
    gpu = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "jax_mlp_h200")
    assert bundle_folder(gpu) == "jax_mlp_h200.irlens"
    cpu = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "jax_mlp")
    assert bundle_folder(cpu) == "jax_mlp.irlens"


def test_the_reopen_command_prints_a_stage_of_the_unzipped_download(torch_capture, tmp_path):
    folder = bundle_folder(torch_capture)
    (tmp_path / f"{folder}.zip").write_bytes(bundle_zip(torch_capture, folder))
    unzip, show = reopen_command(torch_capture, pipeline.CUDA).split(" && ")
    assert unzip == f"unzip {folder}.zip"
    zipfile.ZipFile(tmp_path / f"{folder}.zip").extractall(tmp_path)  # what unzip does, without needing it
    argv = shlex.split(show)
    assert argv[0] == "irlens"
    proc = subprocess.run([sys.executable, "-m", "irlens", *argv[1:]], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("=== ")


def test_harness_rows_are_grouped_by_device_and_method_as_bench_prints_them(torch_capture):
    sections = timing_sections(torch_capture.timings)
    assert sections and all(s.heading[0].startswith("device: ") for s in sections)
    methods = [s.heading[1] for s in sections]
    assert len(methods) == len(set(methods))
    assert any(row["kernel"] == "(end to end)" for s in sections for row in s.rows)
    assert any("no GPU present" in line for line in not_measured(torch_capture.timings))
    assert timing_table(torch_capture.timings)[1] == []  # the flat table is for rows of another shape


def test_a_busy_host_is_a_warning_of_its_own_not_a_heading_line(torch_capture):
    busy = [{**r, "host_busy": 0.6} for r in torch_capture.timings]
    for section in timing_sections(busy):
        assert section.warning.startswith("other processes used 60% of the host's CPU time")
        assert not any("other processes" in line for line in section.heading)


def test_torch_steps_set_each_side_of_inductors_passes_against_each_other(torch_capture):
    from irlens.views.torch_steps import step_diff, torch_steps

    backend = "cuda" if any(r.target != "cpu" for r in torch_capture.select(stage="post_grad")) else "cpu"
    steps = {s.label.split(" · ")[0]: s for s in torch_steps(torch_capture, backend)}
    assert {"dynamo → pre_grad", "aot_forward → post_grad", "ir_pre_fusion → ir_post_fusion"} <= set(steps)
    fusion = step_diff(steps["ir_pre_fusion → ir_post_fusion"])
    assert any(line.startswith("+op") and "FusedSchedulerNode(" in line for line in fusion.lines)
    pre_grad = step_diff(steps["dynamo → pre_grad"])
    assert not any("# ---- guards" in line for line in pre_grad.lines)
    assert not any("# graph id:" in line for line in pre_grad.lines)  # an address, not a pass's work


def test_a_generated_kernel_says_what_it_fused_and_from_which_lines(torch_capture, jax_capture):
    backend = "cuda" if torch_capture.select(stage="ptx") else "cpu"
    fmap = next(r for r in torch_capture.select(stage="fusion") if (r.target == "cpu") == (backend == "cpu"))
    kernel = next(k for k in fmap.metadata["fusion_map"]["kernels"] if "aten.erf.default" in k["ops"])
    origin = compare.kernel_origin(torch_capture, kernel["name"], backend)
    assert origin.startswith(kernel["kind"]) and "erf" in origin and origin.endswith(".py:19")
    assert compare.kernel_origin(torch_capture, "graph 0 (0/0)", backend) is None
    fusion = next(r.unit for r in jax_capture.records if r.stage == "xla_llir" and "/" in r.unit)
    assert compare.kernel_origin(jax_capture, fusion, "cpu").startswith("k")  # XLA's kLoop, kInput, ...


def test_scheduler_graphs_draw_the_nodes_fusion_merged_with_their_data_flow(torch_capture):
    from irlens.views.graphs import graph_dot, graph_kind, scheduler_graph

    before, after = (next(r for r in torch_capture.select(stage=s) if r.target == "cpu")
                     for s in ("ir_pre_fusion", "ir_post_fusion"))
    g_before, g_after = scheduler_graph(before.text), scheduler_graph(after.text)
    assert graph_kind("ir_post_fusion") == "scheduler"
    assert list(g_before.nodes) == [n["name"] for n in before.metadata["scheduler_nodes"]]
    assert list(g_after.nodes) == [n["name"] for n in after.metadata["scheduler_nodes"]]
    (fused,) = [n for n in g_after.nodes if "_" in n]
    assert g_after.nodes[fused]["op"].startswith(f"fused ({len(fused.split('_'))} nodes): ")
    # the fused node takes the data its members took from outside it: the second matmul's output
    (feeder,) = g_after.predecessors(fused)
    assert g_after.nodes[feeder]["op"].startswith("extern_kernels.")
    assert set(g_before.successors(feeder)) <= set(fused.split("_"))
    assert "fillcolor=" in graph_dot(g_after, "ir_post_fusion")


def test_a_timed_kernel_is_named_next_to_its_unit():
    rows = [{"path": "torch.compile default", "kernel": "triton_poi_fused_add_0", "median_s": 2e-6},
            {"path": "eager", "kernel": None, "median_s": 1e-3}]
    assert kernel_times(rows, "triton_poi_fused_add_0") == "torch.compile default: 2 us"
    assert kernel_times(rows, "graph 0 (0/0)") is None


def test_timing_rows_of_any_shape_become_one_table():
    columns, rows = timing_table([{"name": "k", "median_s": 1e-5, "device": {"name": "H100"}},
                                  {"name": "eager", "method": "cuda events", "repeats": 100}])
    assert columns[:2] == ["name", "method"] and "device.name" in columns
    assert rows[1]["device.name"] is None


def test_background_capture_reports_a_bad_file_in_one_line(tmp_path, monkeypatch, app_dirs):
    monkeypatch.setenv("IRLENS_CACHE_DIR", str(app_dirs["cache"]))
    bad = tmp_path / "broken.py"
    bad.write_text("import torch\ndef f(:\n")
    jobs = CaptureJobs(timeout_s=60)
    job = jobs.submit(bad, CaptureOptions())
    assert jobs.wait(job, 30) and job.state == FAILED
    assert "broken.py:2" in job.error and "\n" not in job.error
    assert jobs.submit(bad, CaptureOptions()) is not job  # a failed job is tried again when asked


def test_a_queued_capture_says_what_it_waits_for():
    job = CaptureJob(path=Path("/x/model.py"), options=CaptureOptions())
    assert job.state == QUEUED
    assert "waiting" not in job.describe(ahead=0)
    assert "waiting for 2 captures ahead of it" in job.describe(ahead=2)


def test_a_failed_capture_names_its_file_once():
    job = CaptureJob(path=Path("/tmp/a/nope.py"), options=CaptureOptions(), state=FAILED,
                     error="/tmp/a/nope.py: no such file")
    assert job.describe() == "/tmp/a/nope.py: no such file"
    job.error = "the capture process died"
    assert job.describe() == "nope.py: the capture process died"


def test_app_errors_offer_no_command_line_flags(tmp_path):
    empty = tmp_path / "empty.py"
    empty.write_text("")
    jobs = CaptureJobs(timeout_s=60)
    job = jobs.submit(empty, CaptureOptions())
    while not job.finished:
        time.sleep(0.05)
    assert job.describe() == f"{empty}: found no torch, JAX or Triton code to capture (see the README for the file conventions)"


def test_background_capture_runs_a_real_capture(triton_bundle, monkeypatch, app_dirs):
    monkeypatch.setenv("IRLENS_CACHE_DIR", str(app_dirs["cache"]))
    source = SAMPLES / f"{triton_bundle.name}.py"
    jobs = CaptureJobs(timeout_s=300)
    job = jobs.submit(source, CaptureOptions())
    assert jobs.submit(source, CaptureOptions()) is job  # asking again joins the same job
    assert jobs.wait(job, 300) and job.state == DONE, job.error
    assert job.capture.select(stage="ptx") and ".entry" in job.capture.select(stage="ptx")[0].text


def test_kernel_resources_set_two_targets_side_by_side(triton_bundle, triton_sm80_bundle):
    pairs = compare.pair_records(load_bundle(triton_bundle), load_bundle(triton_sm80_bundle))
    rows = compare.kernel_resources(pairs)
    registers = next(r for r in rows if r["resource"] == "registers")
    assert int(registers["A"]) > 0 and int(registers["B"]) > 0
    assert compare.any_kernel_paired(pairs)
    assert not compare.any_kernel_paired([p for p in pairs if p.b is None])
    assert compare.first_changed_pair(pairs).stage == "ptx"


def test_fusion_side_by_side_lists_torch_kernels_and_xla_fusions(torch_capture, jax_capture):
    rows = compare.fusion_side_by_side(torch_capture, jax_capture, "cpu", "cpu")
    assert len(rows) == max(len(compare.fusion_kernels(torch_capture, "cpu")),
                            len(compare.fusion_kernels(jax_capture, "cpu")))
    assert any(r["A kind"] in ("cpp", "extern") for r in rows)
    assert any(r["B kind"].startswith("k") for r in rows)
    assert all("/" not in r["A lines"] + r["B lines"] for r in rows)  # base names, not absolute paths
    assert compare.fusion_summary(jax_capture, "cpu")["kernels"] == sum(1 for r in rows if r["B kernel"])
    assert compare.short_op("aten.mm.default") == "mm" and compare.short_op("dot") == "dot"


def test_irlens_own_files_are_not_offered_as_source_lines(jax_capture):
    from irlens.views.linemap import is_irlens_file
    assert is_irlens_file("/x/irlens/capturers/jax_capture.py") and is_irlens_file("/x/irlens/worker.py")
    assert not is_irlens_file("/x/samples/jax_mlp.py")
    locs = mapped_locations([r for r in jax_capture.records if r.line_map])
    assert locs and not any(is_irlens_file(loc.file) for loc in locs)


def test_environment_facts_say_how_a_torch_capture_was_made(torch_capture, jax_capture):
    facts = " · ".join(pipeline.environment_facts(torch_capture.environment, "torch"))
    assert "torch mode" in facts or not torch_capture.environment.get("torch_mode")
    assert facts.count("no GPU") <= 1 and "jaxlib" not in facts and "torch 2." in facts
    jax_facts = " · ".join(pipeline.environment_facts(jax_capture.environment, "jax"))
    assert "jax backend " in jax_facts and "jaxlib " in jax_facts and "torch " not in jax_facts


def test_a_capture_made_on_a_gpu_names_the_gpu_in_its_facts():
    bundle = Path(__file__).resolve().parents[2] / "samples" / "bundles" / "torch_mlp_h200"
    if not bundle.is_dir():
        pytest.skip("no bundle captured on a GPU in samples/bundles")
    facts = pipeline.environment_facts(load_bundle(bundle).environment, "torch")
    assert "device NVIDIA H200" in facts and "target sm_90" in facts


def test_the_same_upload_is_one_file_and_another_upload_another(tmp_path):
    from irlens.views.catalog import save_upload

    first = save_upload("../../model.py", b"x = 1\n", tmp_path)
    again = save_upload("model.py", b"x = 1\n", tmp_path)
    other = save_upload("model.py", b"x = 2\n", tmp_path)
    assert first == again and first.read_bytes() == b"x = 1\n" and first.name == "model.py"
    assert other.parent != first.parent and other.read_bytes() == b"x = 2\n"
    assert tmp_path in first.parents  # the name cannot climb out of the upload directory


def test_a_pane_starts_near_its_first_highlighted_line():
    assert choose_window(300, hits=(12, 40)).start == 1  # on the first screen already
    window = choose_window(300, hits=(180, 187))  # torch_mlp's inductor pane for line 19
    assert window.start == 172 and window.end == 300 and not window.complete
    assert choose_window(300, hits=(180,), show_all=True).complete
    # a pane that scrolls itself to the line (the app's) keeps all of a short text
    assert choose_window(300, hits=(180, 187), scrolls=True).complete
    assert choose_window(20_000, hits=(12_345,), scrolls=True).start == 12_345 - 8


def test_the_timings_kernel_list_follows_the_backend(torch_capture):
    from irlens.views.timings import kernel_list

    cpu = {row["kernel"]: row for row in kernel_list(torch_capture, "cpu")}
    cuda = {row["kernel"] for row in kernel_list(torch_capture, "cuda")}
    assert any(name.startswith("cpp_fused") for name in cpu) and not any(n.startswith("triton_") for n in cpu)
    assert any(name.startswith("triton_") for name in cuda) and not any(n.startswith("cpp_") for n in cuda)
    timed = [row for name, row in cpu.items() if name.startswith("cpp_fused")]
    assert all(row["timed (median)"].startswith("torch.compile default: ") for row in timed)
    # a library call runs on the host as its aten op, and is timed under that name
    calls = [row for name, row in cpu.items() if name.startswith("extern_kernels.addmm")]
    assert calls and all(row["timed (median)"].endswith(" (as aten::addmm)") for row in calls)


def test_a_gpu_captures_library_calls_point_at_their_kernels_and_its_cpu_output_says_it_was_not_timed():
    from irlens.views.timings import kernel_list, other_device_note

    gpu = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "torch_mlp_h200")
    cuda = {row["kernel"]: row for row in kernel_list(gpu, "cuda")}
    assert cuda["triton_poi_fused_addmm_gelu_0"]["timed (median)"].startswith("torch.compile default: ")
    externs = [row for row in cuda.values() if row["kind"] == "extern"]
    assert externs and all("timed under their own names" in row["timed (median)"] for row in externs)
    assert other_device_note(gpu, "cuda") is None
    assert other_device_note(gpu, "cpu") == ("The CPU output was not timed: every figure above ran on "
                                             "NVIDIA H200 [cuda].")
    assert all(row["timed (median)"] is None for row in kernel_list(gpu, "cpu"))


def test_a_diff_between_two_targets_can_leave_out_the_renumbering(triton_bundle, triton_sm80_bundle):
    a, b = load_bundle(triton_bundle), load_bundle(triton_sm80_bundle)
    unit = a.units()[0]
    pair = compare.RecordPair("ptx", a.get("ptx", unit), b.get("ptx", unit))
    raw, plain = compare.pair_diff(pair), compare.pair_diff(pair, ignore_numbering=True)
    assert 0 < plain.added < raw.added and 0 < plain.removed < raw.removed  # the target still differs
    assert ".target sm_80" in compare.without_numbering(b.get("ptx", unit).text, "ptx")
    assert not re.search(r"%r\d", compare.without_numbering(a.get("ptx", unit).text, "ptx"))


def test_pass_snapshot_titles_name_the_function_not_its_module_path(triton_capture):
    steps = passes.pass_steps(triton_capture.select(stage="mlir_passes")[0])
    scoped = [s for s in steps if s.scope and s.scope.startswith("tt.func @triton.language.")]
    assert scoped and all("@triton.language." not in s.title and len(s.title) < 90 for s in scoped)


def test_wrapped_panes_fold_long_lines_and_plain_ones_do_not():
    pane = Pane(title="ptx", text="x" * 500, line_map={})
    assert 'class="irl-grid wrap"' in panes_html([pane], wrap=True)
    assert 'class="irl-grid"' in panes_html([pane]) and "irl-grid wrap" not in panes_html([pane]).split("</style>")[1]


def test_the_pipeline_says_where_a_jax_lowering_stops_and_why():
    bundles = Path(__file__).resolve().parents[2] / "samples" / "bundles"
    gpu = pipeline.lowering_end_note(load_bundle(bundles / "jax_mlp_h200"))
    assert gpu.startswith("XLA's lowering ends at its PTX (xla_ptx)") and "no cubin or SASS" in gpu
    assert pipeline.lowering_end_note(load_bundle(bundles / "jax_mlp")).startswith("No xla_ptx: ")
    assert pipeline.lowering_end_note(load_bundle(bundles / "torch_mlp")) is None


def test_xlas_kernel_stages_find_their_fusion_and_timing_though_named_with_underscores():
    from irlens.views.timings import kernel_times

    # on the H200, XLA's PTX names gemm_fusion_dot.1's kernel gemm_fusion_dot_1
    gpu = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "jax_mlp_h200")
    kernels = [u for u in gpu.units() if "/" in u]
    assert "mlp/gemm_fusion_dot_1" in kernels and "mlp/triton_softmax_2" in kernels
    for unit in kernels:
        assert compare.kernel_origin(gpu, unit, pipeline.CUDA), unit
        assert kernel_times(gpu.timings, unit).startswith("jax.jit: "), unit


def test_hiding_line_info_keeps_the_highlighting_on_the_same_instructions():
    from irlens.views.code_html import Pane
    from irlens.views.linemap import highlight_for, without_line_info

    gpu = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "torch_mlp_h200")
    for stage in ("sass", "ptx"):
        record = gpu.get(stage, "triton_poi_fused_addmm_gelu_0")
        pane = Pane(stage, record.text, record.language, line_map=record.line_map)
        bare = without_line_info(pane)
        assert "//## File" not in bare.text and "\t.loc\t" not in bare.text and len(bare.lines) < len(pane.lines)
        loc = next(iter(pane.line_map.values()))
        hits = lambda p: [p.lines[n - 1] for n in sorted(highlight_for(p.line_map, loc).hits)]  # noqa: E731
        assert hits(bare) and hits(bare) == [line for line in hits(pane) if line in bare.lines]
        # each line kept shows its number in the whole text, as in the downloaded file
        assert all(pane.lines[bare.number(n) - 1] == line for n, line in enumerate(bare.lines, start=1))
        assert bare.hidden == len(pane.lines) - len(bare.lines) and bare.number(1) == 1


def test_the_roofline_names_the_kernels_it_cannot_place():
    from irlens.views import timings

    gpu = load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles" / "torch_mlp_h200")
    unplaced = timings.off_the_roofline(gpu.timings)
    # Inductor's fused GELU has bytes but no FLOP count; the eager GEMM cuBLAS ran as one kernel has both
    assert "triton_poi_fused_addmm_gelu_0" in unplaced and "sm80_xmma_gemm" not in unplaced
    placed = {p["kernel"] for p in timings.roofline_points(gpu.timings) if p["kernel"]}
    assert placed and not any(timings.short_kernel_name(k) in unplaced for k in placed)
    assert timings.off_the_roofline(load_bundle(Path(__file__).resolve().parents[2] / "samples" / "bundles"
                                                / "triton_softmax").timings) == ""


def test_compare_says_how_each_capture_was_made():
    bundles = Path(__file__).resolve().parents[2] / "samples" / "bundles"
    cpu, gpu = load_bundle(bundles / "torch_mlp"), load_bundle(bundles / "torch_mlp_h200")
    rows = {row["what"]: row for row in compare.summary_rows(cpu, gpu)}
    assert rows["compiled on"]["A"] == "no GPU" and rows["compiled on"]["B"] == "NVIDIA H200"
    assert "torch 2.11.0" in rows["made with"]["B"] and rows["made with"]["changed"] == "yes"
    notes = compare.provenance_notes(cpu, gpu)
    assert any("different compiler versions" in n for n in notes)
    assert "A was compiled without a GPU (nothing autotuned), B on NVIDIA H200." in notes
    assert compare.provenance_notes(cpu, cpu) == []
    jax_cpu, jax_gpu = load_bundle(bundles / "jax_mlp"), load_bundle(bundles / "jax_mlp_h200")
    assert any("A's output is for the CPU and B's for the GPU" in n
               for n in compare.provenance_notes(jax_cpu, jax_gpu, "cpu", "cuda"))


def test_passes_say_which_fusions_have_no_emitter_passes_and_why():
    bundles = Path(__file__).resolve().parents[2] / "samples" / "bundles"
    gpu = passes.fusions_without_emitter_passes(load_bundle(bundles / "jax_mlp_h200"), pipeline.CUDA)
    assert gpu.startswith("No emitter passes for gemm_fusion_dot, gemm_fusion_dot.1, triton_softmax.2: XLA compiles")
    assert "loop_multiply_fusion" not in gpu  # it has its own emitter passes
    cpu = passes.fusions_without_emitter_passes(load_bundle(bundles / "jax_mlp"), pipeline.CPU)
    assert "ynn_fusion" in cpu and "YNNPACK library call" in cpu
    assert passes.fusions_without_emitter_passes(load_bundle(bundles / "torch_mlp"), pipeline.CUDA) is None
