"""Bad input files get one clear line before any compiler runs."""
import pytest

from irlens.capturers import detect_framework
from irlens.errors import describe_exception
from irlens.options import CaptureOptions, parse_target
from irlens.record import CaptureError
from irlens.runner import MAX_SOURCE_BYTES, read_user_source, resolve_framework


def test_missing_file(tmp_path):
    with pytest.raises(CaptureError, match="no such file"):
        read_user_source(tmp_path / "nope.py")


def test_binary_file(tmp_path):
    p = tmp_path / "model.py"
    p.write_bytes(b"\x7fELF\0\0\0")
    with pytest.raises(CaptureError, match="binary file"):
        read_user_source(p)


def test_text_that_is_not_utf8_names_its_line(tmp_path):
    p = tmp_path / "model.py"
    p.write_bytes(b"import torch\n# caf\xe9 in Latin-1\nx = 1\n")
    with pytest.raises(CaptureError) as raised:
        read_user_source(p)
    assert str(raised.value) == f"{p}:2: not UTF-8 text (byte 18, 0xe9)"


def test_huge_file(tmp_path):
    p = tmp_path / "model.py"
    p.write_text("#" * (MAX_SOURCE_BYTES + 10))
    with pytest.raises(CaptureError, match="too large"):
        read_user_source(p)


def test_syntax_error_names_file_and_line(tmp_path):
    p = tmp_path / "model.py"
    p.write_text("import torch\n\ndef f(:\n    pass\n")
    with pytest.raises(CaptureError, match=r"model.py:3:\d+: SyntaxError"):
        read_user_source(p)


def test_file_without_any_framework(tmp_path):
    p = tmp_path / "plain.py"
    p.write_text("print('hello')\n")
    with pytest.raises(CaptureError, match="found no torch, JAX or Triton code"):
        resolve_framework(p, CaptureOptions(), p.read_text())


@pytest.mark.parametrize("text, framework", [
    ("import triton\n@triton.jit\ndef k(x): pass\n", "triton"),
    ("import torch\nclass Model(torch.nn.Module): pass\n", "torch"),
    ("import torch\nimport triton\n@triton.jit\ndef k(x): pass\nclass Model(torch.nn.Module): pass\n", "torch"),
    ("import jax\n", "jax"),
    ("import functools, jax, jax.numpy as jnp\n", "jax"),  # several modules on one import line
    ("import os, torch\n", "torch"),
    ("if True:\n    import jax.numpy as jnp\n", "jax"),
    ("import functools, jax\ndef broken(:\n", "jax"),  # detected from the import lines when it does not parse
    ("x = 'import jax'\n", None),  # a string is not an import
])
def test_framework_detection(text, framework):
    assert detect_framework(text) == framework


def test_targets():
    assert parse_target("sm_90a") == (90, "sm_90a")
    assert parse_target("sm_100") == (100, "sm_100")
    with pytest.raises(ValueError, match="sm_80"):
        parse_target("hopper")


def test_exception_is_described_at_the_users_line(tmp_path):
    p = tmp_path / "model.py"
    p.write_text("def forward(x):\n    return x / 0\n")
    namespace = {}
    exec(compile(p.read_text(), str(p), "exec"), namespace)
    try:
        namespace["forward"](1)
    except ZeroDivisionError as exc:
        line = describe_exception(exc, str(p))
    assert line == "model.py:2 in forward: ZeroDivisionError: division by zero"
