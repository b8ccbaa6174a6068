"""Triton on a real GPU: the local card's architecture is the target, and a script's launches run
on it; an autotuned kernel is recorded once, with the config the autotuner chose."""
import textwrap

import pytest

torch = pytest.importorskip("torch")
pytestmark = [pytest.mark.gpu,
              pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")]

AUTOTUNED_SCRIPT = """
    import torch
    import triton
    import triton.language as tl


    @triton.autotune(configs=[triton.Config({"BLOCK": 64}, num_warps=2),
                              triton.Config({"BLOCK": 128}, num_warps=4)], key=["n"])
    @triton.jit
    def scale_kernel(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
        offsets = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
        mask = offsets < n
        tl.store(out_ptr + offsets, tl.load(x_ptr + offsets, mask=mask) * 2.0, mask=mask)


    x = torch.randn(1000, device="cuda")
    out = torch.empty_like(x)
    scale_kernel[lambda meta: (triton.cdiv(1000, meta["BLOCK"]),)](x, out, 1000)
    torch.testing.assert_close(out, x * 2)
"""


def _local_target() -> str:
    major, minor = torch.cuda.get_device_capability()
    return f"sm_{major}{minor}"


def test_the_local_gpu_is_the_target():
    from irlens.capturers.triton_target import choose_target
    from irlens.options import CaptureOptions

    target, device, on_gpu = choose_target(CaptureOptions())
    assert on_gpu and target == _local_target() and device == torch.cuda.get_device_name()


def test_an_autotuned_script_is_recorded_once_with_the_chosen_config(tmp_path):
    from irlens.options import CaptureOptions
    from irlens.runner import run_capture

    script = tmp_path / "autotuned.py"
    script.write_text(textwrap.dedent(AUTOTUNED_SCRIPT).lstrip())
    capture = run_capture(script, CaptureOptions(framework="triton", passes=False), timeout_s=300)
    assert capture.environment["launches"] == "script on the GPU" and not capture.errors, capture.errors
    units = {r.unit for r in capture.records if r.framework == "triton"}
    assert units == {"scale_kernel"}, units  # the configs benchmarked are not separate launches
    ptx = capture.get("ptx", "scale_kernel")
    assert ptx.ok and ".entry scale_kernel" in ptx.text and ptx.target == _local_target()
    assert ptx.metadata["constexprs"]["BLOCK"] in (64, 128)
