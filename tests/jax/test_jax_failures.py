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
