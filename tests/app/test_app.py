"""The Streamlit app driven by streamlit.testing.v1.AppTest over real bundles: each view, and the
interactions a class goes through (choose a sample, pick stages, pick a source line, open a pass
diff, compare two captures), plus bad input shown in one line without a traceback."""
from __future__ import annotations

import html
import os
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from irlens.views.linemap import mapped_locations

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "apps" / "irlens.py")
SAMPLES = Path(os.environ.get("IRLENS_SAMPLES_DIR") or ROOT / "samples")


def open_app(sample: str | None = None, view: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    if sample is not None:
        at.selectbox(key="sample").set_value(sample).run()
    if view is not None:
        at.radio(key="view").set_value(view).run()
    assert not at.exception, at.exception
    return at


def pane_heads(at: AppTest) -> list[str]:
    body = at.html[0].proto.body
    return [h.split("</div>")[0] for h in body.split('<div class="irl-head">')[1:]]


def run_until(at: AppTest, done, tries: int, pause_s: float) -> None:
    """Run the page again until done() (a capture in the background has ended) or tries run out."""
    for _ in range(tries):
        if done():
            return
        time.sleep(pause_s)
        at.run()


def capture_file_path(path, done, tries: int, pause_s: float) -> AppTest:
    """The app with `path` given as File path and Capture pressed, run until done(at)."""
    at = open_app()
    at.radio(key="open_kind").set_value("File path").run()
    at.text_input(key="file_path").input(str(path)).run()
    at.button(key="capture_file").click().run()
    run_until(at, lambda: done(at), tries=tries, pause_s=pause_s)
    return at


def no_traceback(at: AppTest) -> None:
    assert not at.exception, at.exception
    assert all("Traceback" not in e.value for e in at.error)


def test_first_page_shows_a_triton_sample_side_by_side(app_env, triton_bundle, torch_bundle, jax_bundle):
    at = open_app()
    assert at.selectbox(key="sample").value == triton_bundle.name  # Triton samples come first
    heads = pane_heads(at)
    assert heads[0].startswith("your file") and heads[1].startswith("ttir") and heads[2].startswith("ptx")
    assert at.html[0].proto.body.count('class="l ') > 100


def test_choosing_stages_changes_the_panes(app_env, triton_bundle):
    at = open_app(triton_bundle.name)
    at.radio(key="pane_count").set_value(2).run()
    at.selectbox(key="pane_stage_1_triton_triton").set_value("sass").run()
    heads = pane_heads(at)
    assert len(heads) == 2 and heads[1].startswith("sass")


def test_choosing_a_source_line_highlights_its_lines_in_every_pane(app_env, triton_bundle, triton_capture):
    at = open_app(triton_bundle.name)
    ptx = triton_capture.select(stage="ptx")[0]
    user_file = ptx.metadata["python_file"]
    loc = next(loc for loc in mapped_locations([ptx], user_file) if loc.file == user_file)
    at.selectbox(key="source_line").set_value(str(loc)).run()
    no_traceback(at)
    panes = at.html[0].proto.body.split('<div class="irl-pane">')[1:]
    assert all('class="l h"' in pane for pane in panes)  # the source line, and its TTIR and PTX
    assert f"from {Path(loc.file).name}:{loc.line}: " in panes[2]


def test_torch_capture_offers_graphs_and_its_fusion_map(app_env, torch_bundle):
    at = open_app(torch_bundle.name, "Graphs")
    no_traceback(at)
    assert at.selectbox(key="graph").value.startswith("fusion")
    charts = at.get("graphviz_chart")
    assert charts and "subgraph cluster_" in charts[0].proto.spec
    at.selectbox(key="graph").set_value(next(o for o in at.selectbox(key="graph").options
                                             if o.startswith("post_grad"))).run()
    no_traceback(at)
    assert "->" in at.get("graphviz_chart")[0].proto.spec


def test_a_user_line_highlights_its_scheduler_nodes_before_and_after_fusion(app_env, torch_bundle, torch_capture):
    after = next(r for r in torch_capture.select(stage="ir_post_fusion") if r.target != "cpu")
    at = open_app(torch_bundle.name)
    at.selectbox(key="pane_stage_1_torch_torch").set_value("ir_pre_fusion").run()
    at.selectbox(key="pane_stage_2_torch_torch").set_value("ir_post_fusion").run()
    no_traceback(at)
    assert [h.split(" ·")[0] for h in pane_heads(at)[1:]] == ["ir_pre_fusion", "ir_post_fusion"]
    loc = next(iter(after.line_map.values()))
    at.selectbox(key="source_line").set_value(str(loc)).run()
    panes = at.html[0].proto.body.split('<div class="irl-pane">')[1:]
    assert all('class="l h"' in pane for pane in panes)


def test_a_model_line_leads_to_the_kernel_it_went_into(app_env, torch_bundle, torch_capture):
    kernels = {r.unit for r in torch_capture.select(stage="ptx")}
    if not kernels:
        pytest.skip("this torch capture has no Triton kernels (no CUDA output)")
    inductor = next(r for r in torch_capture.select(stage="inductor") if r.target != "cpu")
    at = open_app(torch_bundle.name)
    assert at.selectbox(key="kernel").value not in kernels  # the model's graph comes first
    launch, loc = next((n, loc) for n, loc in inductor.line_map.items()
                       if any(k in inductor.text.splitlines()[n - 1] for k in kernels))
    kernel = next(k for k in kernels if k in inductor.text.splitlines()[launch - 1])
    at.selectbox(key="source_line").set_value(str(loc)).run()
    no_traceback(at)
    assert any(c.value == f"{Path(loc.file).name}:{loc.line} went into" for c in at.caption)
    at.button(key=f"to_kernel_{kernel}").click().run()
    no_traceback(at)
    assert at.selectbox(key="kernel").value == kernel
    assert pane_heads(at)[0].startswith(f"source · {kernel}")
    assert not any(b.key and b.key.startswith("to_kernel_") for b in at.button)  # no button to where it is


def test_graphs_draw_the_scheduler_nodes_after_fusion(app_env, torch_bundle):
    at = open_app(torch_bundle.name, "Graphs")
    at.selectbox(key="graph").set_value(next(o for o in at.selectbox(key="graph").options
                                             if o.startswith("ir_post_fusion"))).run()
    no_traceback(at)
    assert "fused (" in at.get("graphviz_chart")[0].proto.spec


def test_torch_capture_keeps_cuda_and_cpu_output_apart(app_env, torch_bundle, torch_capture):
    if {r.target == "cpu" for r in torch_capture.select(stage="inductor")} != {True, False}:
        pytest.skip("this torch capture has Inductor output for one backend only")
    at = open_app(torch_bundle.name)
    assert at.radio(key="backend").options == ["cuda", "cpu"]
    assert pane_heads(at)[2].startswith("inductor") and not pane_heads(at)[2].endswith("cpu")
    at.radio(key="backend").set_value("cpu").run()
    no_traceback(at)
    assert pane_heads(at)[2].startswith("inductor") and pane_heads(at)[2].endswith("cpu")


def test_an_inductor_kernel_shows_its_triton_stages_with_highlighting(app_env, torch_bundle, torch_capture):
    kernels = [r.unit for r in torch_capture.select(stage="ptx")]
    if not kernels:
        pytest.skip("this torch capture has no Triton kernels (no CUDA output)")
    at = open_app(torch_bundle.name)
    at.selectbox(key="kernel").set_value(kernels[0]).run()
    no_traceback(at)
    # Inductor's generated Triton first, then the machine code it became.
    assert [h.split(" ·")[0] for h in pane_heads(at)] == ["source", "ptx", "sass"]
    assert any(c.value.startswith(f"**{kernels[0]}** (the fusion map): ") for c in at.caption)
    # Offered lines are those some compiled stage came from: not the kernel's decorator lines.
    ptx = torch_capture.get("ptx", kernels[0])
    offered = at.selectbox(key="source_line").options[1:]
    assert offered and len(offered) <= len(set(ptx.line_map.values()) | set(
        torch_capture.get("sass", kernels[0]).line_map.values()))
    loc = next(iter(ptx.line_map.values()))
    at.selectbox(key="source_line").set_value(str(loc)).run()
    panes = at.html[0].proto.body.split('<div class="irl-pane">')[1:]
    assert 'class="l h"' in panes[0] and 'class="l h"' in panes[1]


def test_pass_view_shows_the_diff_of_a_changed_pass(app_env, triton_bundle):
    at = open_app(triton_bundle.name, "Passes")
    no_traceback(at)
    step = next(box for box in at.selectbox if box.label == "Show the change in")
    assert "changed by" in step.format_func(step.value)
    diff = next(h.proto.body for h in at.html if "irl-diff" in h.proto.body)
    assert 'class="add"' in diff or 'class="del"' in diff


def test_timings_view_groups_rows_by_method(app_env, torch_bundle, torch_capture):
    assert torch_capture.timings, "the torch sample bundle carries timings"
    at = open_app(torch_bundle.name, "Timings")
    no_traceback(at)
    headings = [c.value for c in at.caption if c.value.startswith("device: ")]
    assert headings and all(" · method: " in h for h in headings)
    end_to_end = at.dataframe[0].value
    assert list(end_to_end.columns[:3]) == ["path", "kernel", "median"]
    assert "(end to end)" in set(end_to_end["kernel"])
    not_measured = next(m.value for m in at.markdown if m.value.startswith("- "))
    assert "no GPU present" in not_measured
    assert not at.get("vega_lite_chart")  # a CPU has no roofs to draw under
    assert any(c.value.startswith("No roofline: ") for c in at.caption)


def test_jax_source_lines_are_the_users_own(app_env, jax_bundle):
    at = open_app(jax_bundle.name)
    no_traceback(at)
    offered = at.selectbox(key="source_line").options[1:]
    assert offered and all(o.startswith(jax_bundle.name) for o in offered), offered


def test_jax_pipeline_and_passes(app_env, jax_bundle):
    at = open_app(jax_bundle.name, "Pipeline")
    no_traceback(at)
    stages = [row for row in at.dataframe[0].value["stage"]]
    assert stages[:4] == ["jaxpr", "stablehlo", "hlo", "hlo_opt"]
    at.radio(key="view").set_value("Passes").run()
    no_traceback(at)
    assert any("irl-diff" in h.proto.body for h in at.html)


def test_torch_passes_view_diffs_the_stages_around_inductors_passes(app_env, torch_bundle):
    at = open_app(torch_bundle.name, "Passes")
    no_traceback(at)
    labels = at.selectbox(key="pass_record").options
    at.selectbox(key="pass_record").set_value(next(o for o in labels if o.startswith("ir_pre_fusion"))).run()
    no_traceback(at)
    assert any("irl-diff" in h.proto.body and "FusedSchedulerNode" in h.proto.body for h in at.html)


def test_compare_two_captures_of_one_kernel(app_env, triton_bundle, triton_sm80_bundle):
    at = open_app(triton_bundle.name, "Compare")
    at.radio(key="compare_kind").set_value("A bundle directory").run()
    at.text_input(key="compare_bundle").input(str(triton_sm80_bundle)).run()
    no_traceback(at)
    tables = [d.value for d in at.dataframe]
    resources = next(t for t in tables if "resource" in t.columns)
    assert {"registers", "shared memory (bytes)", "num_warps"} <= set(resources["resource"])
    changes = next(t for t in tables if "field" in t.columns)
    assert "compiled_for" in list(changes["field"])
    # The diff opens on the machine code, where a target shows.
    assert at.selectbox(key="compare_pair").value.startswith("ptx")
    diff = next(h.proto.body for h in at.html if "irl-diff" in h.proto.body)
    assert "sm_80" in diff


def test_compare_waits_for_the_user_to_choose_capture_b(app_env, torch_bundle, triton_bundle):
    at = open_app(torch_bundle.name, "Compare")
    no_traceback(at)
    assert at.selectbox(key="compare_sample").value == ""
    assert not at.dataframe  # nothing compared against a capture nobody chose
    assert any("Choose capture B" in i.value for i in at.info)


def test_kernel_resources_are_not_set_side_by_side_without_namesakes(app_env, torch_bundle, triton_bundle,
                                                                      torch_capture):
    if not torch_capture.select(stage="cubin"):
        pytest.skip("this torch capture has no Triton kernels (no CUDA output)")
    at = open_app(torch_bundle.name, "Compare")
    at.selectbox(key="compare_sample").set_value(triton_bundle.name).run()
    no_traceback(at)
    # An Inductor kernel is never set against another kernel: with no namesake on either side there
    # is no resources table, only the line that says why.
    assert not [d for d in at.dataframe if "resource" in d.value.columns]
    assert any(c.value.startswith("Kernel resources: no kernel of A has a namesake in B") for c in at.caption)


def test_resource_sizes_are_labelled_in_bytes(app_env, triton_bundle, triton_sm80_bundle):
    at = open_app(triton_bundle.name, "Compare")
    at.radio(key="compare_kind").set_value("A bundle directory").run()
    at.text_input(key="compare_bundle").input(str(triton_sm80_bundle)).run()
    labels = set(next(d.value for d in at.dataframe if "resource" in d.value.columns)["resource"])
    assert {"shared memory (bytes)", "spill stores (bytes)", "spill loads (bytes)"} <= labels
    assert not any(label.endswith("(B)") for label in labels)  # "B" is capture B in this table


def test_compare_one_mlp_through_torch_compile_and_xla(app_env, torch_bundle, jax_bundle):
    at = open_app(torch_bundle.name)
    if any(r.key == "backend" for r in at.radio):  # JAX ran on the CPU: compare like with like
        at.radio(key="backend").set_value("cpu").run()
    at.radio(key="view").set_value("Compare").run()
    at.selectbox(key="compare_sample").set_value(jax_bundle.name).run()
    no_traceback(at)
    tables = [d.value for d in at.dataframe]
    side = next(t for t in tables if "A kernel" in t.columns)
    kernels_a = [k for k in side["A kernel"] if k]
    fusions_b = [k for k in side["B kernel"] if k]
    assert kernels_a and fusions_b
    assert any("fusion" in k for k in fusions_b)
    assert any(ops for ops in side["A ops"]) and any(ops for ops in side["B ops"])
    counts = next(t for t in tables if list(t.columns) == ["", "A", "B"])
    assert "kernels" in list(counts[""])
    # No line-by-line diff between two compilers' texts.
    assert not any("irl-diff" in h.proto.body for h in at.html)


def test_timings_and_export_views_render(app_env, triton_bundle):
    at = open_app(triton_bundle.name, "Timings")
    no_traceback(at)
    assert "softmax" in " ".join(at.dataframe[0].value.iloc[:, 0]) or len(at.dataframe[0].value) >= 1
    at.radio(key="view").set_value("Export").run()
    no_traceback(at)
    assert len(at.get("download_button")) == 2


def test_timings_advice_in_sample_mode_names_what_the_sidebar_offers(app_env, untimed_torch_bundle):
    at = open_app(untimed_torch_bundle.name, "Timings")
    no_traceback(at)
    advice = next(i.value for i in at.info if i.value.startswith("No timings"))
    assert "*File path*" in advice and f"{untimed_torch_bundle.name}.py" in advice  # a ready-made bundle has no options
    assert "GPU machine" not in advice and "timed on the CPU" in advice


def test_timings_advice_for_a_triton_kernel_without_a_gpu_says_only_that(app_env, triton_bundle):
    from irlens.environment import has_nvidia_gpu

    if has_nvidia_gpu():
        pytest.skip("with a GPU, a Triton kernel can be timed")
    at = open_app(triton_bundle.name, "Timings")
    advice = next(i.value for i in at.info if i.value.startswith("No timings"))
    assert "timed on a GPU only, and this machine has none" in advice and "(sidebar)" not in advice


def test_timings_advice_for_a_bundle_directory_is_the_command_line(app_env, untimed_torch_bundle):
    at = open_app()
    at.radio(key="open_kind").set_value("Bundle directory").run()
    at.text_input(key="bundle_dir").input(str(untimed_torch_bundle)).run()
    at.radio(key="view").set_value("Timings").run()
    advice = next(i.value for i in at.info if i.value.startswith("No timings"))
    assert "irlens capture" in advice and "--bench" in advice
    assert "(sidebar)" not in advice and "GPU machine" not in advice  # a bundle has no capture options


def test_export_says_how_to_open_the_zip_it_offers(app_env, torch_bundle):
    at = open_app(torch_bundle.name, "Export")
    no_traceback(at)
    folder = f"{torch_bundle.name}.irlens"
    caption = next(c.value for c in at.caption if "irlens show" in c.value)
    assert f"unzip {folder}.zip && irlens show {folder} --stage " in caption


def test_a_bad_file_shows_its_error_in_one_line(app_env, triton_bundle, tmp_path):
    bad = tmp_path / "model.py"
    bad.write_text("import torch\n\nclass Model(torch.nn.Module:\n    pass\n")
    at = capture_file_path(bad, lambda at: at.error, tries=60, pause_s=0.5)
    no_traceback(at)
    assert at.error and "model.py:3" in at.error[0].value and "SyntaxError" in at.error[0].value
    at.radio(key="open_kind").set_value("Sample").run()  # and the app keeps working
    assert at.html and not at.exception


def test_a_capture_whose_model_raises_shows_why_without_a_click(app_env, tmp_path):
    raises = tmp_path / "raises.py"
    raises.write_text("import torch\nfrom torch import nn\n\n\nclass Model(nn.Module):\n    def forward(self, x):\n"
                      "        return x @ torch.ones(3, 3)\n\n\ndef get_inputs():\n    return [torch.ones(4, 5)]\n")
    at = capture_file_path(raises, lambda at: at.error or at.html, tries=120, pause_s=0.5)
    no_traceback(at)
    # the capture's own failure is on the page, not folded away with the stage failures
    assert any("raises.py:7 in forward" in e.value for e in at.error), [e.value for e in at.error]
    heads = pane_heads(at)
    assert heads.count(next(h for h in heads if h.startswith("your file"))) == 1  # the file once, not per pane
    if len(heads) == 2:  # two things to show: no offer of a third pane
        assert not [r for r in at.radio if r.key == "pane_count"]


def test_a_file_path_and_its_options_survive_a_look_at_a_sample(app_env, tmp_path):
    at = open_app()
    at.radio(key="open_kind").set_value("File path").run()
    at.text_input(key="file_path").input(str(tmp_path / "model.py")).run()
    at.checkbox(key="file_backward").check().run()
    at.radio(key="open_kind").set_value("Sample").run()
    at.radio(key="open_kind").set_value("File path").run()
    no_traceback(at)
    assert at.text_input(key="file_path").value == str(tmp_path / "model.py")
    assert at.checkbox(key="file_backward").value is True
    # nothing captured yet: the link holds the path, not the kernel or panes of the sample seen before
    assert at.query_params["path"] == str(tmp_path / "model.py")
    assert not {"kernel", "panes", "sample"} & set(at.query_params)
    assert at.query_params["backward"] == "1" and "target" not in at.query_params  # options not left at default

    linked = AppTest.from_file(APP, default_timeout=120)
    linked.query_params.update(path=str(tmp_path / "model.py"), backward="1", target="sm_80")
    linked.run()
    assert linked.checkbox(key="file_backward").value is True and linked.text_input(key="file_target").value == "sm_80"


def test_a_link_to_a_file_reopens_its_cached_capture_and_never_runs_a_file(app_env, tmp_path):
    marker = tmp_path / "ran"
    source = ("import pathlib\nimport jax.numpy as jnp\n\npathlib.Path({marker!r}).write_text('ran')\n\n\n"
              "def f(x):\n    return jnp.sin(x) * 2\n\n\ndef example():\n    return f, (jnp.ones(8),)\n")
    captured, never = tmp_path / "captured.py", tmp_path / "never.py"
    captured.write_text(source.format(marker=str(tmp_path / "captured_ran")))
    never.write_text(source.format(marker=str(marker)))
    at = capture_file_path(captured, lambda at: at.html or at.error, tries=240, pause_s=0.5)
    no_traceback(at)
    assert at.html and at.query_params["path"] == str(captured)
    (tmp_path / "captured_ran").unlink()

    again = AppTest.from_file(APP, default_timeout=120)
    again.query_params.update(path=str(captured), view="Pipeline")
    again.run()
    no_traceback(again)
    assert again.radio(key="open_kind").value == "File path" and again.radio(key="view").value == "Pipeline"
    assert any("jaxpr" in str(t.value) for t in again.dataframe) or "jaxpr" in str(again.markdown)
    again.radio(key="view").set_value("Side by side").run()  # and it stays for the session's next runs
    no_traceback(again)
    assert pane_heads(again) and not any("Press **Capture**" in i.value for i in again.info)
    assert not (tmp_path / "captured_ran").exists()  # opened from the cache: the file did not run

    captured.write_text(captured.read_text() + "\n# edited after the capture\n")
    again.run()  # the capture stays on screen, said to be out of date; the file does not run
    assert any("captured.py changed since this capture" in w.value for w in again.warning)
    assert pane_heads(again)[0].startswith("your file · captured.py · edited since the capture")
    assert not (tmp_path / "captured_ran").exists()

    stranger = AppTest.from_file(APP, default_timeout=120)
    stranger.query_params.update(path=str(never))
    stranger.run()
    no_traceback(stranger)
    assert any("Press **Capture**" in i.value for i in stranger.info)
    time.sleep(1)
    assert not marker.exists()  # a link never runs a file that was not captured


def test_a_missing_file_and_a_bad_bundle_are_reported_in_place(app_env, tmp_path):
    at = capture_file_path(tmp_path / "nope.py", lambda at: at.error, tries=40, pause_s=0.25)
    assert "no such file" in at.error[0].value
    assert at.error[0].value.count("nope.py") == 1  # the file is named once
    at.radio(key="open_kind").set_value("Bundle directory").run()
    at.text_input(key="bundle_dir").input(str(tmp_path)).run()
    no_traceback(at)
    assert "is not an irlens bundle" in at.error[0].value


def wait_for_panes(at: AppTest, seconds: float = 300) -> AppTest:
    """Rerun the page (as its progress fragment does in a browser) until the capture is shown."""
    deadline = time.monotonic() + seconds
    while not at.html and not at.error and time.monotonic() < deadline:
        time.sleep(0.5)
        at.run()
    no_traceback(at)
    return at


def test_a_sample_without_a_bundle_is_captured_on_demand(app_env, triton_bundle, monkeypatch, tmp_path):
    monkeypatch.setenv("IRLENS_BUNDLES_DIR", str(tmp_path))  # no pre-made bundles at all
    at = open_app()
    sample = at.selectbox(key="sample")
    assert "not captured yet" in sample.format_func(sample.value)
    sample.set_value(triton_bundle.name).run()
    assert not at.html
    at.button(key="capture_sample").click().run()
    wait_for_panes(at)
    assert pane_heads(wait_for_panes(at))[1].startswith("ttir")


def test_an_upload_is_captured_from_a_temporary_copy(app_env, triton_bundle):
    source = SAMPLES / f"{triton_bundle.name}.py"
    at = open_app()
    at.radio(key="open_kind").set_value("Upload").run()
    at.get("file_uploader")[0].upload(source.name, source.read_bytes(), "text/x-python").run()
    at.button(key="capture_upload").click().run()
    wait_for_panes(at)
    assert "irlens-uploads-" in str(next(iter(at.session_state["uploads"].values())))
    assert pane_heads(at)[0] == f"your file · {source.name}"


def test_a_link_opens_the_same_kernel_and_panes(app_env, torch_bundle, torch_capture):
    kernels = [r.unit for r in torch_capture.select(stage="ptx")]
    if not kernels:
        pytest.skip("this torch capture has no Triton kernels (no CUDA output)")
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params.update(sample=torch_bundle.name, kernel=kernels[-1], panes="source,sass")
    at.run()
    no_traceback(at)
    assert at.selectbox(key="sample").value == torch_bundle.name
    assert at.selectbox(key="kernel").value == kernels[-1]
    heads = pane_heads(at)
    assert len(heads) == 2 and heads[0].startswith("source") and heads[1].startswith("sass")
    assert kernels[-1] in heads[1]


def test_the_address_follows_what_is_on_the_page(app_env, torch_bundle):
    at = open_app(torch_bundle.name, "Graphs")
    assert at.query_params["sample"] == torch_bundle.name and at.query_params["view"] == "Graphs"
    assert "panes" not in at.query_params  # only Side by side has panes
    at.radio(key="view").set_value("Side by side").run()
    assert at.query_params["panes"].split(",")[0] == "file"  # the user's file comes first for a torch graph
    assert at.query_params["kernel"] == at.selectbox(key="kernel").value


def reopen(at: AppTest) -> AppTest:
    """A fresh session opened from the address `at` shows."""
    again = AppTest.from_file(APP, default_timeout=120)
    again.query_params.update({k: v[0] if isinstance(v, list) else v for k, v in dict(at.query_params).items()})
    again.run()
    no_traceback(again)
    return again


def pass_step_box(at: AppTest):
    (box,) = [b for b in at.selectbox if b.key and b.key.startswith("pass_step:")]
    return box


def test_a_link_opens_the_same_graph_and_the_same_pass_step(app_env, torch_bundle, triton_bundle):
    at = open_app(torch_bundle.name, "Graphs")
    graph = at.selectbox(key="graph").options[-1]
    at.selectbox(key="graph").set_value(graph).run()
    assert at.query_params["graph"] in (graph, [graph])
    again = reopen(at)
    assert again.radio(key="view").value == "Graphs" and again.selectbox(key="graph").value == graph

    at = open_app(triton_bundle.name, "Passes")
    pass_step_box(at).select_index(2).run()
    chosen = pass_step_box(at).value
    again = reopen(at)
    assert again.radio(key="view").value == "Passes"
    assert again.selectbox(key="pass_record").value == at.selectbox(key="pass_record").value
    assert pass_step_box(again).value == chosen != pass_step_box(open_app(triton_bundle.name, "Passes")).value


def test_a_stale_link_falls_back_to_what_is_offered(app_env, triton_bundle):
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params.update(sample="no_such_sample", view="Nowhere", kernel="k", panes="ptx,nope,sass,x")
    at.run()
    no_traceback(at)
    assert at.selectbox(key="sample").value == triton_bundle.name
    assert at.radio(key="view").value == "Side by side"
    assert len(pane_heads(at)) == 3
    (toast,) = at.toast  # and says so, once
    assert toast.value.startswith("This link's sample 'no_such_sample', view 'Nowhere', kernel 'k' is not here")
    at.run()
    assert not at.toast


def test_side_by_side_is_as_it_was_left_after_another_view(app_env, triton_bundle):
    at = open_app(triton_bundle.name)
    at.radio(key="pane_count").set_value(2).run()
    at.selectbox(key="pane_stage_1_triton_triton").set_value("sass").run()
    at.selectbox(key="source_line").select_index(2).run()
    line = at.selectbox(key="source_line").value
    assert line
    at.radio(key="view").set_value("Export").run()  # Side by side's widgets are not drawn here
    at.radio(key="view").set_value("Side by side").run()
    no_traceback(at)
    assert at.selectbox(key="source_line").value == line
    heads = pane_heads(at)
    assert len(heads) == 2 and heads[1].startswith("sass")


def test_a_link_names_the_source_line_by_file_name_and_opens_it(app_env, triton_bundle, triton_capture):
    at = open_app(triton_bundle.name)
    at.selectbox(key="source_line").select_index(2).run()
    chosen = at.selectbox(key="source_line").value
    linked = at.query_params["line"]
    assert "/" not in linked and chosen.endswith("/" + linked)  # portable across checkouts
    again = AppTest.from_file(APP, default_timeout=120)
    again.query_params.update(sample=triton_bundle.name, line=linked)
    again.run()
    no_traceback(again)
    assert again.selectbox(key="source_line").value == chosen


def test_an_inductor_kernels_source_is_numbered_as_in_its_file(app_env, torch_bundle, torch_capture):
    kernels = [r.unit for r in torch_capture.select(stage="ptx")]
    if not kernels:
        pytest.skip("this torch capture has no Triton kernels (no CUDA output)")
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params.update(sample=torch_bundle.name, kernel=kernels[0], panes="source,ptx")
    at.run()
    box = at.selectbox(key="source_line")
    assert all(label.startswith("Inductor's kernel file:") for label in box.options[1:])  # not a hash name
    file_line = int(box.options[1].split(":", 1)[1].split()[0])
    box.select_index(1).run()
    body = at.html[0].proto.body
    source_pane = body.split('<div class="irl-pane">')[1]
    # the highlighted line's number is the one the choice names
    assert f'<span class="n">{file_line}</span>' in source_pane.split('class="l h"', 1)[1][:200]


def test_a_gpu_capture_shows_its_own_ptx_apart_from_llvmlites(app_env):
    # samples/bundles/torch_mlp_h200: Inductor's kernels compiled on an H200
    listed = app_env["bundles"] / "torch_mlp_h200"
    if not listed.exists():
        listed.symlink_to(ROOT / "samples" / "bundles" / "torch_mlp_h200", target_is_directory=True)
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params.update(sample="torch_mlp_h200", kernel="triton_poi_fused_addmm_gelu_0", panes="ptx,llvm_asm")
    at.run()
    no_traceback(at)
    ptx, llvmlite = pane_heads(at)
    assert ptx == "ptx · triton_poi_fused_addmm_gelu_0 · sm_90"
    assert html.unescape(llvmlite).startswith("llvm_asm · triton_poi_fused_addmm_gelu_0 · sm_90a · llvmlite's own run on llir")
    assert "device NVIDIA H200" in " ".join(c.value for c in at.caption)


def test_a_linked_source_line_that_maps_to_no_pane_says_why(app_env):
    listed = app_env["bundles"] / "torch_mlp_h200"
    if not listed.exists():
        listed.symlink_to(ROOT / "samples" / "bundles" / "torch_mlp_h200", target_is_directory=True)
    at = AppTest.from_file(APP, default_timeout=120)
    # the fusion map places this kernel's ops at torch_mlp.py:19, but its stages' lines map to
    # Inductor's kernel file
    at.query_params.update(sample="torch_mlp_h200", kernel="triton_poi_fused_addmm_gelu_0", panes="ttgir,sass",
                           line="torch_mlp.py:19")
    at.run()
    no_traceback(at)
    notes = [i.value for i in at.info if "torch_mlp.py:19" in i.value]
    assert notes and "to Inductor's kernel file, not to torch_mlp.py" in notes[0], [i.value for i in at.info]
    assert at.selectbox(key="source_line").value in ("", None)
