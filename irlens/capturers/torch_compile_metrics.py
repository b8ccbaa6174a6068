"""What torch's own compilation_metrics say about one compile: seconds per phase, and whether
a compile cache answered instead of the compiler."""
from __future__ import annotations


def _seconds(metrics: dict, key: str) -> float | None:
    value = metrics.get(key)
    return value / 1e6 if isinstance(value, (int, float)) else None


def phase_times(metrics: dict | None, backward_metrics: dict | None = None) -> dict:
    """Seconds per phase, from compilation_metrics (forward) and bwd_compilation_metrics:
    Dynamo (tracing and guards), AOTAutograd, Inductor (without kernel compiles) and the
    kernel compiles (torch's triton_compile_time_us: Triton, or C++ on the CPU backend)."""
    out: dict = {}
    if metrics:
        total = _seconds(metrics, "dynamo_cumulative_compile_time_us")
        aot = _seconds(metrics, "aot_autograd_cumulative_compile_time_us")
        inductor = _seconds(metrics, "inductor_cumulative_compile_time_us")
        kernels = _seconds(metrics, "triton_compile_time_us")
        if total is None and isinstance(metrics.get("entire_frame_compile_time_s"), (int, float)):
            total = metrics["entire_frame_compile_time_s"]
        if total is not None:
            out["total"] = total
            out["dynamo"] = total - (aot or 0.0)
        if aot is not None:
            out["aot_autograd"] = aot - (inductor or 0.0)
        if inductor is not None:
            out["inductor"] = inductor - (kernels or 0.0)
        if kernels is not None:
            out["kernel_compile"] = kernels
        for name in ("pre_grad_pass", "post_grad_pass", "joint_graph_pass"):
            if (s := _seconds(metrics, f"{name}_time_us")) is not None:
                out[name] = s
    if backward_metrics:
        inductor = _seconds(backward_metrics, "inductor_cumulative_compile_time_us")
        kernels = _seconds(backward_metrics, "triton_compile_time_us")
        if inductor is not None:
            out["backward_inductor"] = inductor - (kernels or 0.0)
        if kernels is not None:
            out["backward_kernel_compile"] = kernels
        if (s := _seconds(backward_metrics, "backward_cumulative_compile_time_us")) is not None:
            out["backward_total"] = s
    return {k: round(v, 6) for k, v in out.items()}


def cache_hint(metrics: dict | None) -> str:
    """Why a stage is missing when a compile cache answered instead of the compiler."""
    hits = sum(int(metrics.get(k) or 0) for k in (
        "inductor_fx_local_cache_hit_count", "inductor_fx_remote_cache_hit_count",
        "aotautograd_local_cache_hit_count", "aotautograd_remote_cache_hit_count")) if metrics else 0
    if not hits:
        return ""
    return (" (a compile cache hit skipped it; trace again with TORCHINDUCTOR_FORCE_DISABLE_CACHES=1)")
