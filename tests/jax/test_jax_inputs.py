"""What a JAX file may be: example(), or a script that jits; and the one-line errors otherwise."""
import os
import subprocess
import sys


def run_dump(path, tmp_path):
    env = dict(os.environ, IRLENS_CACHE_DIR=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, "-m", "irlens", "dump", str(path), "--stage", "hlo_opt"],
                          capture_output=True, text=True, env=env, timeout=300)


def test_a_script_calling_jax_jit_is_captured_once_per_function_and_signature(script_capture):
    assert script_capture.failures() == []
    assert [u for u in script_capture.units(framework="jax") if "/" not in u] == [
        "scale", "normalize", "normalize#2", "total"]
    assert "multiply" in script_capture.get("hlo_opt", "scale").text
    assert script_capture.get("fusion", "normalize").ok
    # a static argument is part of the signature: axis=1 and axis=0 reduce over different axes
    assert "f32[4]" in script_capture.get("hlo", "normalize").text
    assert "f32[8]" in script_capture.get("hlo", "normalize#2").text


def test_a_function_that_raises_gives_one_line_naming_the_users_line(tmp_path, jax_data):
    result = run_dump(jax_data / "raises_in_function.py", tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert "raises_in_function.py:6 in broken: TypeError: dot_general" in first


def test_a_count_traced_as_an_array_says_how_to_make_it_static(tmp_path):
    path = tmp_path / "power.py"
    path.write_text("import jax.numpy as jnp\n\n\ndef power(x, n):\n    y = x\n    for _ in range(n - 1):\n"
                    "        y = y * x\n    return y\n\n\ndef example():\n    return power, (jnp.ones(4), 3)\n")
    result = run_dump(path, tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "power.py:6 in power: TracerIntegerConversionError" in line
    assert line.endswith("must be static: return jax.jit(power, static_argnums=...) from example(), or pass it "
                         "as a keyword argument ((fn, args, kwargs))")


def test_a_file_with_no_example_and_no_jit_says_so(tmp_path, jax_data):
    result = run_dump(jax_data / "no_example_no_jit.py", tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert "no_example_no_jit.py: nothing to capture: define example()" in first


def test_a_keyword_that_is_no_array_is_bound_as_bench_binds_it(tmp_path):
    # example() gives act a str and a count: jax.jit could trace neither; they are bound, as a
    # static_argnames value would be, and the array keyword stays a parameter of the program
    path = tmp_path / "keywords.py"
    path.write_text('import jax\nimport jax.numpy as jnp\n\n\ndef act(x, kind="relu", *, times, bias):\n'
                    '    for _ in range(times):\n        x = jnp.tanh(x) if kind == "tanh" else jax.nn.relu(x)\n'
                    '    return x + bias\n\n\n'
                    'def example():\n    return act, (jnp.ones(4),), {"kind": "tanh", "times": 2, "bias": jnp.ones(4)}\n')
    result = run_dump(path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("tanh(") == 2  # times=2, kind="tanh": both bound into the program
    assert "entry_computation_layout={(f32[4]{0}, f32[4]{0})->f32[4]{0}}" in result.stdout  # x and bias
