"""Graph breaks: the reason and the user's line, and one graph per side of the break."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BRANCH_LINE = 18  # `if y.sum() > 0:` in samples/torch_graph_break.py


def test_break_reason_and_user_line(graph_break_capture):
    records = graph_break_capture.select(stage="graph_breaks", unit="all graphs")
    # one record without a GPU; with one, the model also runs on it, and that run has its own
    assert [r.target for r in records][:1] == ["cpu"]
    for record in records:
        (brk,) = record.metadata["breaks"]
        assert "data-dependent" in brk["reason"].lower()
        assert brk["file"].endswith("torch_graph_break.py") and brk["line"] == BRANCH_LINE
        assert f"torch_graph_break.py:{BRANCH_LINE}" in record.text
        assert [loc.line for loc in record.line_map.values()] == [BRANCH_LINE]


def test_each_side_of_the_break_is_its_own_graph(graph_break_capture):
    units = [r.unit for r in graph_break_capture.select(stage="dynamo")]
    assert units[:2] == ["graph 0 (0/0)", "graph 1 (1/0)"]
    second = graph_break_capture.get("dynamo", "graph 1 (1/0)")
    assert "tanh" in second.text


def test_model_without_breaks_says_so(mlp_training):
    record = mlp_training.get("graph_breaks", "all graphs")
    assert record.text.startswith("no graph breaks") and record.metadata["breaks"] == []


def test_a_frame_dynamo_skips_is_a_graph_break_not_a_failure(capture_test_file, tmp_path):
    capture = capture_test_file("frame_skipped.py")
    assert capture.errors == [] and not capture.select(stage="dynamo")  # nothing compiled, nothing failed
    (brk,) = capture.get("graph_breaks", "all graphs").metadata["breaks"]
    assert brk["line"] == 11 and "Skipping the function" in brk["reason"]  # print(...) in the loop
    assert capture.environment["cuda_output"].startswith("not generated: Dynamo compiled no graph")

    path = Path(__file__).parent / "data" / "frame_skipped.py"
    dump = subprocess.run([sys.executable, "-m", "irlens", "dump", str(path), "--stage", "fusion"],
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, IRLENS_CACHE_DIR=str(tmp_path)))
    assert dump.returncode == 1 and dump.stderr.strip().splitlines() == [
        "irlens: error: no fusion stage: Dynamo compiled no graph of this model, so nothing reached the "
        "compilers (--stage graph_breaks says where and why)"]
