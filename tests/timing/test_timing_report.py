"""The printed table: measured rows grouped by device and method, failures one line each."""
from irlens.timing.report import format_seconds, format_timings


def test_seconds_are_printed_in_a_readable_unit():
    assert [format_seconds(s) for s in (2.5, 3e-3, 4.56e-6, 7e-9, None)] == ["2.5 s", "3 ms", "4.56 us", "7 ns", "-"]


def test_table_of_a_real_run_names_device_method_and_failures(torch_bench):
    text = format_timings(torch_bench.timings)
    lines = text.splitlines()
    assert any(line.startswith("device: ") and line.endswith(("[cpu]", "MHz", "[cuda]")) for line in lines)
    assert any(line.startswith("method: ") and "torch.no_grad" in line for line in lines)
    assert any(line.startswith("torch.compile default ") and line.rstrip().endswith("yes") for line in lines)
    if "no GPU present" in text:
        assert "  eager [cuda]: no GPU present" in lines


def test_no_rows_prints_a_line():
    assert format_timings([]) == "no timings\n"
