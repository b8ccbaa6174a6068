"""The SASS/resource parsers and the MLIR pass-dump parser on real compiler output."""
from __future__ import annotations

import re
import subprocess
import tempfile

from irlens.parsers.mlir_passes import parse_pass_dump
from irlens.parsers.sass import count_sass_instructions, parse_resource_usage


def test_resource_usage_of_a_real_cubin(helper_kernel_stages):
    from triton import knobs

    with tempfile.NamedTemporaryFile(suffix=".cubin") as f:
        f.write(helper_kernel_stages["cubin"].data)
        f.flush()
        out = subprocess.run([knobs.nvidia.cuobjdump.path, "-res-usage", f.name], capture_output=True, text=True)
    usage = parse_resource_usage(out.stdout)
    assert usage["scaled_exp"]["registers"] == helper_kernel_stages["cubin"].metadata["registers"] > 0
    assert usage["scaled_exp"]["stack"] == 0


def test_sass_instruction_count(helper_kernel_stages):
    sass = helper_kernel_stages["sass"]
    assert count_sass_instructions(sass.text) == sass.metadata["instructions"]
    assert sum("/*" in line and "*/" in line for line in sass.text.splitlines()) >= sass.metadata["instructions"]


def test_pass_dump_snapshots_cover_the_dump_in_order(helper_kernel_stages):
    text = helper_kernel_stages["mlir_passes"].text
    passes = parse_pass_dump(text)
    recorded = helper_kernel_stages["mlir_passes"].metadata["passes"]
    assert [(p["name"], p["start_line"]) for p in passes] == [(p["name"], p["start_line"]) for p in recorded]
    assert passes[0]["start_line"] == 1 and passes[-1]["end_line"] == len(text.splitlines())
    for before, after in zip(passes, passes[1:]):
        assert after["start_line"] == before["end_line"] + 1


def test_pass_dump_names_the_passes_and_what_changed(helper_kernel_stages):
    passes = parse_pass_dump(helper_kernel_stages["mlir_passes"].text)
    names = [p["name"] for p in passes]
    assert "ConvertTritonToTritonGPU" in names and "ConvertTritonGPUToLLVM" in names
    assert names.index("ConvertTritonToTritonGPU") < names.index("ConvertTritonGPUToLLVM")
    coalesce = next(p for p in passes if p["name"] == "TritonGPUCoalesce")
    assert coalesce["changed"] and coalesce["changed_by"] == "ConvertTritonToTritonGPU"
    assert any(p["scope"].startswith("tt.func @") for p in passes)


def test_a_function_snapshot_taken_inside_the_inliner_names_the_inliner_too(helper_kernel_stages):
    # the Inliner canonicalizes scaled_exp, inlines its helpers into it, and canonicalizes it again:
    # the second Canonicalizer snapshot of scaled_exp shows the inlined calls. The names are MLIR's
    # own: "InlinerPass: inline{default-pipeline=canonicalize ...}" in Triton 3.9's MLIR, "Inliner
    # (inline)" with no options in Triton 3.6's (seen on an H200)
    passes = parse_pass_dump(helper_kernel_stages["mlir_passes"].text)
    assert (passes[0]["name"], passes[0]["options"]) == ("Inliner", "inline") or (
        passes[0]["name"] == "InlinerPass" and "default-pipeline=canonicalize" in passes[0]["options"])
    kernel = [p for p in passes[1:] if p["scope"] == "tt.func @scaled_exp"]
    assert kernel[1]["changed"] and re.fullmatch(r"Canonicalizer(Pass)? and Inliner(Pass)?", kernel[1]["changed_by"])
    text = helper_kernel_stages["mlir_passes"].text.splitlines()
    snapshot = text[kernel[0]["start_line"]:kernel[0]["end_line"]]
    assert any("tt.call" in line for line in snapshot)
    assert not any("tt.call" in line for line in text[kernel[1]["start_line"]:kernel[1]["end_line"]])
