"""The spread of repeated timings: min, median and interquartile range on known samples."""
import numpy as np
import pytest

from irlens.timing.stats import quantile, summarize


def test_odd_count_gives_exact_median_and_quartiles():
    s = summarize([5.0, 1.0, 4.0, 2.0, 3.0])
    assert s == {"repeats": 5, "min_s": 1.0, "median_s": 3.0, "q1_s": 2.0, "q3_s": 4.0, "iqr_s": 2.0, "tick_s": 1.0}


def test_even_count_interpolates_like_numpy():
    samples = [4.0, 1.0, 3.0, 2.0]
    s = summarize(samples)
    assert s["median_s"] == pytest.approx(2.5)
    assert s["q1_s"] == pytest.approx(np.percentile(samples, 25)) == pytest.approx(1.75)
    assert s["q3_s"] == pytest.approx(np.percentile(samples, 75)) == pytest.approx(3.25)
    assert s["iqr_s"] == pytest.approx(1.5)


def test_quantiles_match_numpy_on_a_skewed_sample():
    rng = np.random.default_rng(0)
    samples = sorted(rng.lognormal(size=37).tolist())
    for q in (0.1, 0.25, 0.5, 0.75, 0.9):
        assert quantile(samples, q) == pytest.approx(np.quantile(samples, q))


def test_one_sample_has_no_spread():
    assert summarize([2e-6]) == {"repeats": 1, "min_s": 2e-6, "median_s": 2e-6, "q1_s": 2e-6,
                                 "q3_s": 2e-6, "iqr_s": 0.0, "tick_s": None}


def test_no_samples_is_an_error():
    with pytest.raises(ValueError):
        summarize([])
