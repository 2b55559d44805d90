#!/usr/bin/python3
"""What an analyst sees in a real browser (headless Chromium through chromedriver).

  browser.py report REPORT.html SHOT.png TEXT...
      opens the report as a file: every TEXT is in the page's visible text,
      every picture is drawn (img naturalWidth > 0, inline SVG with elements)
      and nothing was fetched from the network.
  browser.py notebook URL SHOT.png TEXT...
      opens a notebook in Jupyter Notebook's web interface, runs all cells
      through its JavaScript API, and checks the outputs: no error, every
      TEXT in the outputs' visible text, every plotted image drawn.
Screenshots (whole page) are written to SHOT.png.  Exit 0 on pass, 1 on failure.
"""
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

failures = []


def check(ok, what):
    print(("ok - " if ok else "not ok - ") + what)
    if not ok:
        failures.append(what)


def browser():
    opts = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1200,900", "--hide-scrollbars"):
        opts.add_argument(a)
    opts.binary_location = "/usr/bin/chromium"
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def full_page_shot(driver, path, selector="body"):
    height = driver.execute_script(
        "const e = document.querySelector(arguments[0]);"
        "return Math.max(document.documentElement.scrollHeight, e ? e.scrollHeight + e.getBoundingClientRect().top : 0);",
        selector)
    driver.set_window_size(1200, min(int(height) + 40, 16000))
    time.sleep(0.5)
    driver.save_screenshot(path)


def requested_urls(driver):
    import json
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def pictures(driver, scope):
    """[(kind, drawn)] for every img and inline svg under scope."""
    return driver.execute_script("""
        const out = [];
        for (const i of document.querySelectorAll(arguments[0] + ' img'))
            out.push(['img', i.complete && i.naturalWidth > 0 && i.naturalHeight > 0]);
        for (const s of document.querySelectorAll(arguments[0] + ' svg'))
            if (!s.parentElement.closest('svg'))
                out.push(['svg', s.querySelectorAll('*').length > 0 && s.getBoundingClientRect().width > 0]);
        return out;""", scope)


def report(path, shot, texts):
    driver = browser()
    try:
        driver.get("file://" + path)
        text = driver.find_element("tag name", "body").text
        for t in texts:
            check(t in text, f"the report shows {t!r}")
        pics = pictures(driver, "body")
        check(sum(1 for k, _ in pics if k == "img") >= 3, f"the report has its plotted pictures ({len(pics)} in all)")
        check(any(k == "svg" for k, _ in pics), "the report has the network drawn as SVG")
        for n, (kind, drawn) in enumerate(pics, 1):
            check(drawn, f"picture {n} ({kind}) is drawn")
        urls = requested_urls(driver)
        outside = [u for u in urls if not u.startswith(("file:", "data:"))]
        check("file://" + path in urls and not outside, f"nothing fetched but the page itself {outside[:3]}")
        full_page_shot(driver, shot)
    finally:
        driver.quit()


def notebook(url, shot, texts):
    driver = browser()
    try:
        driver.get(url)
        deadline = time.time() + 60
        while time.time() < deadline:
            ready = driver.execute_script(
                "return typeof Jupyter !== 'undefined' && Jupyter.notebook && Jupyter.notebook.kernel"
                " && Jupyter.notebook.kernel.is_connected();")
            if ready:
                break
            time.sleep(0.5)
        check(bool(ready), "the notebook opens with a connected kernel")
        if not ready:
            driver.save_screenshot(shot)
            return
        driver.execute_script("Jupyter.notebook.clear_all_output(); Jupyter.notebook.execute_all_cells();")
        deadline = time.time() + 150
        done = False
        while time.time() < deadline and not done:
            time.sleep(1)
            done = driver.execute_script("""
                const cells = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code');
                return cells.length > 0 && cells.every(c => Number.isInteger(c.input_prompt_number))
                    && Jupyter.notebook.kernel_busy === false;""")
        check(bool(done), "every cell ran through the interface")
        errors = driver.execute_script(
            "return Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code')"
            ".flatMap(c => c.output_area.outputs).filter(o => o.output_type === 'error')"
            ".map(o => o.ename + ': ' + o.evalue);")
        check(not errors, f"no cell failed {errors}")
        text = "\n".join(e.text for e in driver.find_elements("css selector", "#notebook .output_area"))
        for t in texts:
            check(t in text, f"the notebook's outputs show {t!r}")
        pics = pictures(driver, "#notebook .output_area")
        check(any(k == "img" for k, _ in pics), f"the notebook's plots are shown ({len(pics)})")
        for n, (kind, drawn) in enumerate(pics, 1):
            check(drawn, f"notebook picture {n} ({kind}) is drawn")
        # the whole notebook, not the interface's scrolling pane, in one shot
        driver.execute_script("document.getElementById('site').style.height = 'auto';"
                              "document.getElementById('site').style.overflow = 'visible';")
        full_page_shot(driver, shot, "#notebook-container")
    finally:
        driver.quit()


if __name__ == "__main__":
    mode, target, shot, *want = sys.argv[1:]
    {"report": report, "notebook": notebook}[mode](target, shot, want)
    sys.exit(1 if failures else 0)
