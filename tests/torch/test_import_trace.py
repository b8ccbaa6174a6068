"""`irlens import-trace` on a TORCH_TRACE directory that PyTorch itself wrote."""
import subprocess
import sys

import pytest

from irlens.bundle import load_bundle
from irlens.capturers.torch_trace import import_trace, read_trace_file, trace_files
from irlens.record import CaptureError

pytestmark = pytest.mark.slow


def test_trace_file_parses_into_events(pytorch_trace_dir):
    (path,) = trace_files(pytorch_trace_dir)
    kinds = {e.kind for e in read_trace_file(path)}
    assert {"dynamo_output_graph", "inductor_output_code", "compilation_metrics"} <= kinds


def test_imported_trace_has_the_same_stages_as_a_direct_capture(pytorch_trace_dir, graph_break_capture):
    imported = import_trace(pytorch_trace_dir)
    direct = {(r.stage, r.unit) for r in graph_break_capture.records if r.target == "cpu"}
    assert {(r.stage, r.unit) for r in imported.records} == direct
    # Inductor writes its scheduler IR only to TORCH_LOGS: a trace holds every stage but those, which say so
    scheduler_ir = [r for r in imported.records if r.stage in ("ir_pre_fusion", "ir_post_fusion")]
    assert scheduler_ir and all(r.error.startswith("not in this trace: ") for r in scheduler_ir)
    assert all(r.absent_by_design for r in scheduler_ir) and imported.failures() == []  # no failure of the import
    assert all(r.ok for r in imported.records if r not in scheduler_ir), imported.failures()


def test_imported_graphs_match_the_direct_capture(pytorch_trace_dir, graph_break_capture):
    imported = import_trace(pytorch_trace_dir)
    for r in imported.records:
        if r.stage in ("post_grad", "aot_forward"):
            assert r.text == graph_break_capture.get(r.stage, r.unit).text, (r.stage, r.unit)
    assert imported.get("graph_breaks", "all graphs").metadata["breaks"] == \
        graph_break_capture.get("graph_breaks", "all graphs").metadata["breaks"]


def test_import_trace_does_not_import_torch(pytorch_trace_dir):
    code = ("import sys; from irlens.capturers.torch_trace import import_trace; "
            f"import_trace({str(pytorch_trace_dir)!r}); assert 'torch' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_cli_import_trace_writes_a_bundle(pytorch_trace_dir, tmp_path):
    out = tmp_path / "bundle"
    done = subprocess.run([sys.executable, "-m", "irlens", "import-trace", str(pytorch_trace_dir), "-o", str(out)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "fusion" in load_bundle(out).stages()


def test_empty_directory_is_one_clear_error(tmp_path):
    with pytest.raises(CaptureError, match="no dedicated_log_torch_trace"):
        import_trace(tmp_path)


def test_a_file_that_is_no_trace_is_one_clear_error(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello\nworld\n")
    with pytest.raises(CaptureError, match="not a TORCH_TRACE log"):
        import_trace(notes)


def test_imported_fusion_map_says_inductor_fusion_log_is_not_in_a_trace(pytorch_trace_dir):
    imported = import_trace(pytorch_trace_dir)
    for r in imported.select(stage="fusion"):
        assert r.metadata["fusion_log"].startswith("not available: a TORCH_TRACE holds no fusion log")
        assert "fusion_decisions" not in r.metadata
        assert r.metadata["summary"]["fusion_log_lines"] is None


def test_c_plus_plus_kernels_a_trace_does_not_attribute_are_not_called_unfused(pytorch_trace_dir):
    # a CPU run's trace has no provenance records and its C++ kernels carry no source-node comments:
    # their ops went into some kernel, but the records do not say which
    from irlens.fusion import summarize, to_dot
    from irlens.render import fusion_summary

    for r in import_trace(pytorch_trace_dir).select(stage="fusion"):
        fmap = r.metadata["fusion_map"]
        cpp = [k for k in fmap["kernels"] if k["kind"] == "cpp"]
        if not cpp or any(k["nodes"] for k in cpp):
            continue
        unfused = {u["node"] for u in fmap["unfused"]}
        assert fmap["unattributed"] and not unfused & set(fmap["unattributed"])  # relu, sum, gt of the sample
        assert {n for n, info in fmap["nodes"].items() if not info["kernel"]} == unfused | set(fmap["unattributed"])
        assert summarize(fmap)["unattributed"] == len(fmap["unattributed"])
        assert "not attributed to a kernel" in fusion_summary(r) and "style=dotted" in to_dot(fmap)
        assert "no graph op of its own" not in fusion_summary(r)  # that is for layout copies, not unknowns
        assert f"{cpp[0]['name']} [cpp]: its ops not attributed by the records (below)" in fusion_summary(r)
        return
    pytest.skip("every C++ kernel of this trace was attributed")


def test_a_trace_cut_short_is_imported_with_a_line_saying_so(pytorch_trace_dir, tmp_path):
    (path,) = trace_files(pytorch_trace_dir)
    text = path.read_text()
    cut = tmp_path / path.name
    cut.write_text(text[:text.index("inductor_output_code") + 4000])  # stopped inside a later record
    imported = import_trace(tmp_path)
    (error,) = imported.errors
    assert error.startswith(f"{path.name}: the trace ends inside its last record (")
    assert imported.get("dynamo", "graph 0 (0/0)").ok  # what was written before the cut is kept
    assert import_trace(pytorch_trace_dir).errors == []  # a whole trace has every payload's md5 right
