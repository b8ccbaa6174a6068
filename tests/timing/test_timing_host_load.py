"""The host-load reading that makes a bench report warn when other processes took the CPU."""
import os
import subprocess
import sys
import time

import pytest

from irlens.timing.host_load import BUSY_WARNING, OtherLoad, busy_warning

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_this_process_being_busy_is_not_another_processs_load():
    # whatever else this machine does moves between the two seconds measured: three tries, so a
    # neighbour that starts working in the second one does not fail the test
    for _ in range(3):
        others = OtherLoad()
        time.sleep(1.0)
        background = others.since_last()
        _spin(1.0)  # a whole CPU: half of a 2-core machine, were it counted
        during = others.since_last()
        if during < background + BUSY_WARNING:
            break
    assert during < background + BUSY_WARNING


def test_a_busy_process_beside_the_benchmark_is_seen():
    others = OtherLoad()
    spinner = subprocess.Popen([sys.executable, "-c", "import time\nend = time.time() + 1.5\n"
                                "while time.time() < end: pass"])
    try:
        time.sleep(1.2)
        busy = others.since_last()
    finally:
        spinner.kill()
        spinner.wait()
    assert busy > 0.5 / os.cpu_count()  # one spinning process: a whole CPU, at most a bit under


def test_the_warning_names_the_share_and_only_past_the_threshold():
    assert busy_warning([{"host_busy": 0.05}, {"host_busy": None}]) is None
    line = busy_warning([{"host_busy": 0.05}, {"host_busy": 0.6}])
    assert line.startswith("other processes used 60% of the host's CPU time")
