"""Achieved throughput placed against the device's roofs: GB/s and TFLOP/s from a time, bytes and
FLOPs; roofline points as data; and a Vega-Lite spec the app can draw."""
from __future__ import annotations

import math

from irlens.timing.devices import DevicePeaks


def throughput_fields(median_s: float | None, bytes_moved: float | None, flops: float | None,
                      peaks: DevicePeaks | None, compute_peak: tuple[float, str] | None) -> dict:
    """The row fields derived from one median time; None wherever an input is unknown."""
    timed = median_s is not None and median_s > 0
    gb_per_s = bytes_moved / median_s / 1e9 if timed and bytes_moved else None
    tflop_per_s = flops / median_s / 1e12 if timed and flops else None
    peak_tflops = compute_peak[0] if compute_peak else None
    return {
        "gb_per_s": gb_per_s,
        "tflop_per_s": tflop_per_s,
        "arithmetic_intensity": flops / bytes_moved if flops and bytes_moved else None,
        "peak_gb_per_s": peaks.hbm_gb_per_s if peaks else None,
        "peak_tflop_per_s": peak_tflops,
        "peak_compute_kind": compute_peak[1] if compute_peak else None,
        "peak_source": peaks.source if peaks else None,
        "peak_fraction_bw": gb_per_s / peaks.hbm_gb_per_s if peaks and gb_per_s else None,
        "peak_fraction_compute": tflop_per_s / peak_tflops if peak_tflops and tflop_per_s else None,
    }


def attainable_tflop_per_s(intensity: float, peak_gb_per_s: float, peak_tflop_per_s: float) -> float:
    """The roof at one arithmetic intensity (FLOP/byte): min(bandwidth * intensity, compute)."""
    return min(peak_gb_per_s * intensity / 1e3, peak_tflop_per_s)


def roofline_points(rows: list[dict]) -> list[dict]:
    """One point per timed row that has both bytes and FLOPs: intensity vs achieved TFLOP/s."""
    from irlens.timing.report import format_seconds  # report -> harness -> this module

    points = []
    for row in rows:
        if row.get("error") or not row.get("arithmetic_intensity") or not row.get("tflop_per_s"):
            continue
        points.append({
            "label": row["kernel"] or f"{row['path']} (end to end)",
            "path": row["path"], "kernel": row["kernel"], "device": row["device"],
            "arithmetic_intensity": row["arithmetic_intensity"], "tflop_per_s": row["tflop_per_s"],
            "gb_per_s": row.get("gb_per_s"), "median_s": row["median_s"], "median": format_seconds(row["median_s"]),
        })
    return points


def _roofs(rows: list[dict]) -> dict[str, tuple[float, float]]:
    """'device: compute kind' -> (peak GB/s, peak TFLOP/s) for each device the rows have peaks of."""
    roofs = {}
    for row in rows:
        if row.get("peak_gb_per_s") and row.get("peak_tflop_per_s"):
            roofs[f"{row['device']}: {row['peak_compute_kind']}"] = (row["peak_gb_per_s"], row["peak_tflop_per_s"])
    return roofs


def roof_labels(rows: list[dict], highest: float = 1e4) -> list[dict]:
    """One label per roof, at its right end on the compute plateau: the peaks it is drawn from."""
    return [{"roof": name, "arithmetic_intensity": highest, "tflop_per_s": compute,
             "text": f"{compute:g} TFLOP/s, {bw:g} GB/s ({name.rsplit(': ', 1)[-1]})"}
            for name, (bw, compute) in _roofs(rows).items()]


def roof_lines(rows: list[dict], lowest: float = 1e-2, highest: float = 1e4, steps: int = 60) -> list[dict]:
    """Points along each measured device's roof, log-spaced in intensity, for drawing as a line."""
    lines = []
    for name, (bw, compute) in _roofs(rows).items():
        for i in range(steps + 1):
            intensity = 10 ** (math.log10(lowest) + (math.log10(highest) - math.log10(lowest)) * i / steps)
            lines.append({"roof": name, "arithmetic_intensity": intensity,
                          "tflop_per_s": attainable_tflop_per_s(intensity, bw, compute)})
    return lines


def roofline_chart_spec(rows: list[dict]) -> dict:
    """A Vega-Lite spec (st.vega_lite_chart) of the measured points under the devices' roofs.
    CPU rows have no roof: the table has datasheet peaks for GPUs only."""
    x = {"field": "arithmetic_intensity", "type": "quantitative", "scale": {"type": "log"},
         "title": "arithmetic intensity (FLOP/byte)"}
    y = {"field": "tflop_per_s", "type": "quantitative", "scale": {"type": "log"}, "title": "TFLOP/s"}
    layers = []
    roofs = roof_lines(rows)
    if roofs:
        layers.append({"data": {"values": roofs}, "mark": {"type": "line", "strokeDash": [4, 2]},
                       "encoding": {"x": x, "y": y, "detail": {"field": "roof"},
                                    "tooltip": [{"field": "roof"}]}})
    layers.append({
        "data": {"values": roofline_points(rows)},
        "mark": {"type": "point", "filled": True, "size": 80},
        "encoding": {"x": x, "y": y, "color": {"field": "path", "type": "nominal", "legend": {"labelLimit": 400}},
                     "shape": {"field": "device", "type": "nominal", "legend": {"labelLimit": 400}},
                     "tooltip": [{"field": "label", "title": "kernel or path"}, {"field": "device"},
                                 {"field": "median", "title": "median"},
                                 {"field": "gb_per_s", "title": "GB/s", "format": ".1f"},
                                 {"field": "tflop_per_s", "title": "TFLOP/s", "format": ".3f"},
                                 {"field": "arithmetic_intensity", "title": "FLOP/byte", "format": ".3g"}]},
    })
    if roofs:  # the peaks each roof is drawn from, written on the chart, not only in a tooltip
        layers.append({"data": {"values": roof_labels(rows)},
                       "mark": {"type": "text", "align": "right", "baseline": "bottom", "dy": -4},
                       "encoding": {"x": x, "y": y, "text": {"field": "text"}}})
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
            "title": "Roofline: achieved throughput against the device's peaks", "layer": layers}
