"""Which Triton config a kernel of Inductor's output is compiled with, whatever state its autotuner
is in: untouched (no GPU), precompiled by a run on a GPU, or benchmarked down to one launcher."""
from types import SimpleNamespace

import pytest

from irlens.capturers.torch_cuda import _autotuner_configs

FIRST, SECOND = SimpleNamespace(kwargs={"XBLOCK": 128}), SimpleNamespace(kwargs={"XBLOCK": 1024})


def autotuner(configs=None, compiled=(), launched=()):
    return SimpleNamespace(configs=configs, fn=SimpleNamespace(__name__="triton_poi_fused_gelu_0"),
                           compile_results=[SimpleNamespace(config=c) for c in compiled],
                           launchers=[SimpleNamespace(config=c) for c in launched])


def test_an_untouched_autotuner_gives_its_configs_in_order():
    assert _autotuner_configs(autotuner(configs=[FIRST, SECOND])) == (
        [FIRST, SECOND], "Inductor's first config (nothing ran here)")


def test_a_lone_config_is_named_as_the_only_one_whether_or_not_it_ran():
    # torch 2.11 on an H200 left a kernel's one config in `configs` after the model ran
    assert _autotuner_configs(autotuner(configs=[FIRST])) == ([FIRST], "the only config Inductor's heuristics gave")


def test_after_a_gpu_run_precompiled_it_the_compiled_configs_are_used():
    # torch 2.11 on an H200: configs None, the configs moved into compile_results
    configs, chosen_by = _autotuner_configs(autotuner(compiled=[FIRST, SECOND], launched=[FIRST, SECOND]))
    assert configs == [FIRST, SECOND] and chosen_by == "Inductor's first config"


def test_after_benchmarking_the_launched_config_comes_first():
    assert _autotuner_configs(autotuner(compiled=[FIRST, SECOND], launched=[SECOND])) == (
        [SECOND], "the config the kernel ran with")


def test_an_autotuner_with_no_config_left_says_so():
    with pytest.raises(RuntimeError, match="triton_poi_fused_gelu_0 holds no config"):
        _autotuner_configs(autotuner())
