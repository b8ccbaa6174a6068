"""A compile that fails keeps every stage produced before it, and says why on one line."""
def test_a_failed_compile_keeps_earlier_stages_and_names_the_cause(capture_jax, jax_data):
    capture = capture_jax(jax_data / "unknown_custom_call.py")
    unit = "calls_missing_kernel"
    for stage in ("jaxpr", "stablehlo", "hlo"):
        assert capture.get(stage, unit).ok
    assert "irlens_missing_kernel" in capture.get("hlo", unit).text
    failed = capture.get("hlo_opt", unit)
    assert failed.text is None and "\n" not in failed.error
    assert "No FFI handler registered for irlens_missing_kernel" in failed.error
    for stage in ("xla_passes", "fusion", "xla_llir"):
        assert capture.get(stage, unit).error == "not produced: compile failed (see hlo_opt)"


def test_emitter_pass_logs_past_the_cap_are_left_out_with_the_reason(monkeypatch):
    import jax.numpy as jnp

    from irlens.capturers import jax_capture

    compilation = jax_capture.JaxCompilation(lambda x: jnp.sin(x) * 2 + 1, (jnp.ones((8, 8)),), {}, "f", __file__,
                                             "cpu")
    try:
        monkeypatch.setattr(jax_capture, "MAX_EMITTER_PASS_TEXT", 1)
        records = jax_capture._xla_emitter_passes(compilation)
    finally:
        compilation.close()
    assert records and all(r.text is None for r in records)
    assert all(r.error.startswith("left out: ") and "past 0 MiB" in r.error for r in records)
