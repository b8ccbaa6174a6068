"""The command line's own behaviour, run as a user runs it: messages that say what to do, option
checks, progress with -v. Captures are read from the shipped sample bundles where one will do."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from irlens.capturers.torch_cuda import without_device_metadata
from irlens.options import CaptureOptions

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
BUNDLES = SAMPLES / "bundles"


def irlens(*args, cache: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if cache is not None:
        env["IRLENS_CACHE_DIR"] = str(cache)
    return subprocess.run([sys.executable, "-m", "irlens.cli", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=timeout)


def test_version():
    result = irlens("--version")
    assert result.returncode == 0 and result.stdout.startswith("irlens ")


@pytest.mark.parametrize("option, value", [("--repeats", "0"), ("--repeats", "-3"), ("--timeout", "-5")])
def test_a_count_or_time_that_is_not_positive_is_a_usage_error(option, value):
    result = irlens("bench", SAMPLES / "torch_mlp.py", option, value)
    assert result.returncode == 2 and f"argument {option}: {value} must be above 0" in result.stderr


@pytest.mark.parametrize("option", ["--backward", "--dynamic", "--target=sm_80", "--no-passes"])
def test_bench_refuses_the_options_of_captured_stages_that_would_not_change_what_it_times(option):
    result = irlens("bench", SAMPLES / "torch_mlp.py", option)
    flag = option.split("=")[0]
    assert result.returncode == 2 and f"{flag} shapes the captured stages (dump, capture); bench times " \
        "inference as the file gives it" in result.stderr


def test_a_stage_of_the_other_backend_says_which_backend_has_it():
    result = irlens("show", BUNDLES / "torch_mlp", "--stage", "ptx", "--backend", "cpu")
    assert result.returncode == 1
    assert result.stderr.strip() == ("irlens: error: ptx is only in the CUDA output of this capture; "
                                     "pass --backend cuda to see it")


def test_a_kernel_filter_that_matches_nothing_lists_the_kernels():
    result = irlens("show", BUNDLES / "torch_mlp", "--stage", "ptx", "--kernel", "zzz")
    assert result.returncode == 1
    assert "no ptx stage for a kernel matching 'zzz'; its kernels: triton_poi_fused_addmm_gelu_0" in result.stderr


def test_dump_of_a_bundle_directory_points_to_show():
    result = irlens("dump", BUNDLES / "torch_mlp", "--stage", "ptx")
    assert result.returncode == 1 and "is a bundle directory" in result.stderr and "irlens show" in result.stderr


def test_show_of_a_path_that_does_not_exist():
    result = irlens("show", "no/such/bundle", "--stage", "ptx")
    assert result.returncode == 1 and result.stderr.strip() == "irlens: error: no/such/bundle: no such bundle directory"


def test_a_missing_stage_file_fails_that_stage_only(tmp_path):
    bundle = shutil.copytree(BUNDLES / "triton_vector_add", tmp_path / "bundle")
    (ptx,) = (bundle / "stages").rglob("ptx.*")
    ptx.unlink()
    missing = irlens("show", bundle, "--stage", "ptx")
    assert missing.returncode == 1 and "is missing in the bundle" in missing.stdout
    other = irlens("show", bundle, "--stage", "ttir")
    assert other.returncode == 0 and "tt.func" in other.stdout
    # said in one note, not as an error: what was asked for is there
    assert "irlens: note: 1 other stage(s) failed (ptx)" in other.stderr and "error" not in other.stderr
    later = irlens("show", bundle, "--stage", "sass")  # an earlier stage failed, but this kernel has its SASS
    assert later.returncode == 0


def test_a_kernel_that_failed_before_the_stage_asked_for_fails_the_dump(tmp_path):
    # one kernel compiles, the other fails in Triton's frontend: its SASS is missing, and that is an error
    kernels = tmp_path / "two_kernels.py"
    kernels.write_text('''import torch
import triton
import triton.language as tl


@triton.jit
def ok_kernel(x_ptr, n, BLOCK: tl.constexpr):
    offs = tl.arange(0, BLOCK)
    tl.store(x_ptr + offs, tl.load(x_ptr + offs, mask=offs < n) * 2, mask=offs < n)


@triton.jit
def bad_kernel(x_ptr, n, BLOCK: tl.constexpr):
    offs = tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n)
    tl.store(n, x, mask=offs < n)


def example():
    x = torch.ones(64)
    return [(ok_kernel, (1,), (x, 64), {"BLOCK": 64}), (bad_kernel, (1,), (x, 64), {"BLOCK": 64})]
''')
    result = irlens("dump", kernels, "--stage", "sass", "--no-passes", "--kernel", "_kernel", cache=tmp_path / "cache")
    assert result.returncode == 1 and "ok_kernel" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("irlens: error:")]
    assert len(errors) == 1 and "bad_kernel" in errors[0] and "two_kernels.py:16" in errors[0], result.stderr
    only_ok = irlens("dump", kernels, "--stage", "sass", "--no-passes", "--kernel", "ok_", cache=tmp_path / "cache")
    assert only_ok.returncode == 0 and "error" not in only_ok.stderr  # a kernel not asked for is only counted
    only_bad = irlens("dump", kernels, "--stage", "sass", "--no-passes", "--kernel", "bad_", cache=tmp_path / "cache")
    assert only_bad.returncode == 1 and "bad_kernel" in only_bad.stderr
    assert "its kernels:" not in only_bad.stderr  # its failure says why; it is no missing kernel
    # the compiler's refusal is kept with the capture: the second dump compiled nothing
    assert "from the cache, with the 1 failed stage" in only_ok.stderr


def test_verbose_reports_each_stage_as_it_is_captured(tmp_path):
    result = irlens("dump", SAMPLES / "triton_vector_add.py", "--stage", "ptx", "--no-passes", "--no-cache", "-v")
    assert result.returncode == 0, result.stderr
    progress = [line for line in result.stderr.splitlines() if line.startswith("irlens: triton ")]
    assert [line.split()[2] for line in progress[:3]] == ["source", "frontend", "ttir"]
    assert any(line.startswith("irlens: triton ptx add_kernel: ") for line in progress)


def test_sys_exit_while_loading_a_model_file_is_one_line(tmp_path):
    path = tmp_path / "exits.py"
    path.write_text("import sys\nimport torch\n\nclass Model(torch.nn.Module):\n    def forward(self, x):\n"
                    "        return x + 1\n\ndef get_inputs():\n    return [torch.randn(4)]\n\nsys.exit(3)\n")
    result = irlens("dump", path, "--stage", "inductor", "--no-cache")
    assert result.returncode == 1
    assert result.stderr.strip() == ("irlens: error: exits.py:11: called sys.exit(3) while being loaded; keep "
                                     'script code under `if __name__ == "__main__":`')


def test_os_exit_in_the_file_is_named_with_its_line(tmp_path):
    # os._exit ends the process at once, past every handler: the capture process says where
    path = tmp_path / "leaves.py"
    path.write_text("import os\nimport torch\n\n\ndef leave():\n    os._exit(0)\n\n\nleave()\n")
    result = irlens("dump", path, "--stage", "inductor", "--no-cache")
    assert result.returncode == 1
    assert result.stderr.strip() == ("irlens: error: leaves.py: the file ended the capture process with "
                                     "os._exit(0) at leaves.py:6 (leave); 0 stages kept")


def test_options_the_cuda_output_without_a_gpu_does_not_follow_are_named():
    from irlens.capturers.fake_cuda import figures_for

    card = figures_for(90)
    plain = without_device_metadata("sm_90", card, CaptureOptions())
    asked = without_device_metadata("sm_90", card, CaptureOptions(dynamic=True, mode="max-autotune"))
    assert plain["options_not_applied"] == []
    assert [n.split(" not applied")[0] for n in asked["options_not_applied"]] == [
        "torch.compile mode 'max-autotune'", "dynamic shapes"]
    assert set(asked["options_not_applied"]) <= set(asked["differs_from_real_gpu"])


def test_a_damaged_cache_entry_is_captured_again(tmp_path, monkeypatch):
    from irlens.cache import cache_key, cached_capture

    monkeypatch.setenv("IRLENS_CACHE_DIR", str(tmp_path))
    sample, options = SAMPLES / "triton_vector_add.py", CaptureOptions(passes=False)
    entry = tmp_path / cache_key(sample, options)
    entry.mkdir()
    (entry / "manifest.json").write_text("{ truncated")
    capture, from_cache = cached_capture(sample, options)
    assert not from_cache and capture.ok and capture.get("ptx", "add_kernel").text
    again, from_cache = cached_capture(sample, options)
    assert from_cache and again.get("ptx", "add_kernel").text == capture.get("ptx", "add_kernel").text


def test_an_edit_to_an_imported_helper_package_is_captured_again(tmp_path):
    project, cache = tmp_path / "project", tmp_path / "cache"
    (project / "mylib").mkdir(parents=True)
    (project / "mylib" / "__init__.py").write_text("")
    ops = project / "mylib" / "ops.py"
    ops.write_text("import jax.numpy as jnp\n\n\ndef act(x):\n    return jnp.tanh(x)\n")
    model = project / "model.py"
    model.write_text("import jax.numpy as jnp\nfrom mylib.ops import act\n\n\ndef f(x):\n    return act(x) * 2\n\n\n"
                     "def example():\n    return f, (jnp.ones(4),)\n")
    first = irlens("dump", model, "--stage", "jaxpr", cache=cache)
    assert first.returncode == 0 and "tanh" in first.stdout, first.stderr
    ops.write_text(ops.read_text().replace("jnp.tanh", "jnp.sin"))  # the key covers model.py only
    edited = irlens("dump", model, "--stage", "jaxpr", "-v", cache=cache)
    assert edited.returncode == 0 and " sin " in edited.stdout and "tanh" not in edited.stdout
    again = irlens("dump", model, "--stage", "jaxpr", "-v", cache=cache)
    assert "from the cache" in again.stderr and again.stdout == edited.stdout
    # a file beside it that it does not import: a student's folder of unrelated exercises
    (project / "other_exercise.py").write_text("x = 1\n")
    unrelated = irlens("dump", model, "--stage", "jaxpr", "-v", cache=cache)
    assert "from the cache" in unrelated.stderr and unrelated.stdout == edited.stdout


def test_no_cache_captures_again_and_refreshes_the_cache(tmp_path, monkeypatch):
    from irlens.cache import cached_capture

    monkeypatch.setenv("IRLENS_CACHE_DIR", str(tmp_path))
    sample, options = SAMPLES / "triton_vector_add.py", CaptureOptions(passes=False)
    fresh, from_cache = cached_capture(sample, options, use_cache=False)
    assert not from_cache and fresh.ok
    reused, from_cache = cached_capture(sample, options)
    assert from_cache and reused.get("ptx", "add_kernel").text == fresh.get("ptx", "add_kernel").text


def test_a_torch_target_without_device_figures_is_refused_before_the_model_runs(tmp_path):
    from irlens.environment import has_nvidia_gpu

    if has_nvidia_gpu():
        pytest.skip("with a GPU, Inductor compiles for the local card and --target applies to Triton only")
    result = irlens("dump", SAMPLES / "torch_mlp.py", "--stage", "ptx", "--target", "sm_999", cache=tmp_path, timeout=30)
    assert result.returncode == 1 and result.stderr.startswith("irlens: error: no device figures for sm_999")
    assert "sm_90" in result.stderr and not list(tmp_path.iterdir())  # nothing captured, nothing cached


def test_a_missing_stage_says_which_option_or_output_it_needs(tmp_path):
    # the torch sample's bundle: inference, no backward graph
    backward = irlens("show", BUNDLES / "torch_mlp", "--stage", "aot_backward")
    assert backward.returncode == 1 and backward.stderr.rstrip().endswith("; --backward captures the backward graph")
    script = tmp_path / "compiles_itself.py"
    script.write_text("import torch\nf = torch.compile(lambda x: x.sin() * 2)\nprint(f(torch.randn(8)))\n")
    inductor = irlens("dump", script, "--stage", "inductor", cache=tmp_path / "cache")
    assert inductor.returncode == 0 and "(torch, cpu)" in inductor.stdout
    assert "irlens: note: this capture has no CUDA output (not generated: only a model file" in inductor.stderr
    ptx = irlens("dump", script, "--stage", "ptx", cache=tmp_path / "cache")
    assert ptx.returncode == 1 and "; CUDA output: not generated: only a model file" in ptx.stderr


def test_verbose_says_when_a_long_torch_compile_starts(tmp_path):
    # a model Dynamo compiles nothing of: the quickest torch capture there is
    model = Path(__file__).parents[1] / "torch" / "data" / "frame_skipped.py"
    result = irlens("dump", model, "--stage", "graph_breaks", "-v", cache=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == "irlens: torch: compiling the model for the CPU (Dynamo, AOTAutograd, Inductor)"


def test_a_gpu_bundles_xla_kernels_are_found_by_their_hlo_names_and_their_missing_sass_explained():
    # gemm_fusion_dot.1 in the fusion map and the timings is gemm_fusion_dot_1 in XLA's PTX
    shown = irlens("show", BUNDLES / "jax_mlp_h200", "--stage", "xla_ptx", "--kernel", "gemm_fusion_dot.1")
    assert shown.returncode == 0 and shown.stdout.startswith("=== xla_ptx: mlp/gemm_fusion_dot_1 ")
    assert shown.stdout.count("=== ") == 1
    sass = irlens("show", BUNDLES / "jax_mlp_h200", "--stage", "sass")
    assert sass.returncode == 1 and "--stage xla_ptx" in sass.stderr and "no cubin or SASS" in sass.stderr
    assert len(sass.stderr.strip().splitlines()) == 1


def test_a_stage_this_compiler_could_not_make_is_a_note_not_a_failure(tmp_path):
    # an H200 capture where XLA sent every fusion through Triton: it wrote no MLIR emitter pass log,
    # which the capture records with the reason, as something this XLA did not make, not a failure
    import json
    import shutil

    bundle = tmp_path / "jax_mlp_h200"
    shutil.copytree(BUNDLES / "jax_mlp_h200", bundle)
    manifest = json.loads((bundle / "manifest.json").read_text())
    manifest["records"] = [r for r in manifest["records"] if r["stage"] != "xla_emitter_passes"]
    why = "XLA wrote no MLIR emitter pass log (*.mlir-passes.log) for mlp: its 4 fusion(s) are Triton fusions"
    manifest["records"].append(dict(manifest["records"][0], stage="xla_emitter_passes", file=None, line_map=None,
                                    metadata={"absent_by_design": True}, error=why))
    (bundle / "manifest.json").write_text(json.dumps(manifest))
    ptx = irlens("show", bundle, "--stage", "xla_ptx", "--kernel", "gemm_fusion_dot.1")
    assert ptx.returncode == 0 and "failed" not in ptx.stderr
    passes = irlens("show", bundle, "--stage", "xla_emitter_passes")
    assert passes.returncode == 1 and passes.stdout.strip().endswith(f"[not made here: {why}]")  # nothing to show
    assert passes.stderr.strip() == f"irlens: note: jax xla_emitter_passes of mlp: {why}"


def test_the_graph_traced_once_says_it_feeds_both_outputs():
    shown = irlens("show", BUNDLES / "torch_mlp", "--stage", "dynamo")  # the CUDA output, by default
    assert shown.returncode == 0 and shown.stdout.startswith("=== dynamo: graph 0 (0/0) (torch, cpu)")
    assert shown.stderr.strip() == ("irlens: note: dynamo is traced once, without a GPU, and feeds both outputs: "
                                    "labelled cpu, it is the same for the CUDA output")
    assert irlens("show", BUNDLES / "torch_mlp", "--stage", "dynamo", "--backend", "cpu").stderr == ""
    # traced on a GPU, each output has its own
    assert "traced once" not in irlens("show", BUNDLES / "torch_mlp_h200", "--stage", "dynamo").stderr


def test_show_prints_a_bundles_stored_timings_as_bench_printed_them():
    shown = irlens("show", BUNDLES / "torch_mlp_h200", "--timings")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("device: NVIDIA H200 [cuda]") and "torch.compile max-autotune" in shown.stdout
    from irlens.bundle import load_bundle
    from irlens.timing.report import speedup_lines

    stored = load_bundle(BUNDLES / "torch_mlp_h200").timings  # each ratio, from the rows the bundle holds
    assert speedup_lines(stored) and all(line in shown.stdout for line in speedup_lines(stored))
    untimed = irlens("show", BUNDLES / "triton_softmax", "--timings")
    assert untimed.returncode == 1 and "captured without --bench" in untimed.stderr
    neither = irlens("show", BUNDLES / "triton_softmax")
    assert neither.returncode == 2 and "--stage STAGE" in neither.stderr and "--timings" in neither.stderr


def test_only_captures_whose_outcome_would_repeat_are_kept():
    from irlens.cache import keepable
    from irlens.record import Capture, StageRecord

    refused = StageRecord("triton", "ptx", "k", "sm_90", error="ptxas failed compiling the PTX for sm_90: line 6: ...")
    slow = StageRecord("triton", "sass", "k", "sm_90", error="nvdisasm timed out after 60 s disassembling the cubin")
    assert keepable(Capture("triton", "k.py", records=[refused]))
    assert not keepable(Capture("triton", "k.py", records=[slow]))
    assert not keepable(Capture("triton", "k.py", errors=["k.py: capture timed out after 10 s"]))


def test_options_a_capture_does_not_follow_are_named():
    from irlens.options import CaptureOptions, options_not_followed

    asked = CaptureOptions(target="sm_80", backward=True, mode="max-autotune")
    assert options_not_followed("torch", asked) == []
    assert options_not_followed("triton", asked) == [
        "--backward, --mode max-autotune: torch.compile's options, not followed by this triton capture"]
    assert options_not_followed("jax", asked)[1].startswith("--target sm_80: not followed by this jax capture")
    assert options_not_followed("jax", CaptureOptions()) == []


def test_a_backend_asked_of_a_capture_with_one_output_is_said_to_change_nothing():
    shown = irlens("show", BUNDLES / "triton_vector_add", "--stage", "ttir", "--backend", "cpu")
    assert shown.returncode == 0 and shown.stdout.startswith("=== ttir: add_kernel")
    assert "irlens: note: --backend picks between torch.compile's CPU and CUDA outputs; a triton capture" in shown.stderr
