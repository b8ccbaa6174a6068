"""The app in a real headless Chromium: the server starts on a free local port, the first page
shows a Triton sample side by side, and choosing a source line highlights lines in the panes.
A screenshot goes to artifacts/app-side-by-side.png."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "apps" / "irlens.py")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("chromium and chromedriver are not installed (scripts/install_browser.sh installs them)",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="the selenium package is not installed")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(app_dirs, triton_bundle, tmp_path_factory):
    port = free_port()
    env = dict(os.environ, IRLENS_BUNDLES_DIR=str(app_dirs["bundles"]), IRLENS_CACHE_DIR=str(app_dirs["cache"]))
    log = open(tmp_path_factory.mktemp("server") / "streamlit.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", APP, "--server.port", str(port),
                               "--server.address", "127.0.0.1", "--server.headless", "true",
                               "--browser.gatherUsageStats", "false"],
                              cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the app did not start: {Path(log.name).read_text()[-2000:]}")
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1600,1100", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def test_side_by_side_of_a_triton_sample_in_a_browser(app_url, browser, triton_bundle):
    browser.get(app_url)
    wait = WebDriverWait(browser, 60)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".irl-pane")))
    heads = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".irl-head")]
    assert len(heads) == 3
    assert heads[0].startswith("your file")
    assert any(h.startswith("ttir") for h in heads) and any(h.startswith("ptx") for h in heads)
    assert browser.find_elements(By.CSS_SELECTOR, ".irl-code .l")
    assert "Traceback" not in browser.page_source

    # Pick the first source line in the selectbox the way a person does: open it, take the option.
    box = browser.find_element(By.CSS_SELECTOR, 'input[aria-label^="Source line"]')
    box.click()
    box.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".irl-code .l.h")))
    highlighted = browser.find_elements(By.CSS_SELECTOR, ".irl-code .l.h")
    assert len(highlighted) >= 2  # the source line itself and lines it became in other panes

    artifacts = ROOT / "artifacts"
    artifacts.mkdir(exist_ok=True)
    browser.save_screenshot(str(artifacts / "app-side-by-side.png"))


# In the page: whether a row lies in its pane's scrolled view
VISIBLE = """
function visible(row) {
  const code = row.closest(".irl-code");
  return row.offsetTop + row.offsetHeight > code.scrollTop && row.offsetTop < code.scrollTop + code.clientHeight;
}
"""


def test_panes_scroll_to_their_highlighted_lines_and_together(app_url, browser, triton_bundle):
    browser.get(app_url)
    wait = WebDriverWait(browser, 60)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".irl-pane")))
    box = browser.find_element(By.CSS_SELECTOR, 'input[aria-label^="Source line"]')
    box.click()
    box.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".irl-code .l.h")))
    time.sleep(1)
    # each pane stands at its first highlighted line, the user's file too (its window starts at line 1)
    shown = browser.execute_script(VISIBLE + """
        return Array.from(document.querySelectorAll(".irl-code"))
            .map(code => code.querySelector(".l.h")).filter(Boolean).map(visible);""")
    assert len(shown) >= 2 and all(shown), shown

    # scroll the user's file to a line whose PTX lies out of view: the PTX pane follows
    moved = browser.execute_script(VISIBLE + """
        const codes = Array.from(document.querySelectorAll(".irl-code"));
        const [mine, theirs] = [codes[0], codes[codes.length - 1]];
        const row = Array.from(mine.querySelectorAll(".l[data-src]")).find(r => {
            const m = theirs.querySelector('.l[data-src="' + CSS.escape(r.dataset.src) + '"]');
            return m && !visible(m) && r.offsetTop <= mine.scrollHeight - mine.clientHeight;  // can reach the top
        });
        if (!row) return null;
        mine.scrollTop = row.offsetTop;
        return row.dataset.src;""")
    assert moved, "no line of the user's file maps to PTX out of view"
    time.sleep(1)
    assert browser.execute_script(VISIBLE + """
        const codes = Array.from(document.querySelectorAll(".irl-code"));
        const theirs = codes[codes.length - 1];
        return visible(theirs.querySelector('.l[data-src="' + CSS.escape(arguments[0]) + '"]'));""", moved)


def test_a_link_copied_from_the_address_bar_opens_the_same_view(app_url, browser, torch_bundle):
    browser.get(f"{app_url}/?sample={torch_bundle.name}&view=Graphs")
    wait = WebDriverWait(browser, 60)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, 'input[aria-label="Graph"]')))
    assert "Traceback" not in browser.page_source
    # the address keeps up with the page: choosing another view rewrites it
    browser.find_element(By.XPATH, '//label[.//p[text()="Side by side"]]').click()
    wait.until(lambda b: "panes=" in b.current_url)
    assert f"sample={torch_bundle.name}" in browser.current_url and "view=Side+by+side" in browser.current_url
