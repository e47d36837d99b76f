"""Check in a real browser that Arabic reads right to left in the built docs. Run by hand.

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``browser`` extra::

    apt-get install chromium chromium-driver fonts-noto-core
    pip install -e '.[docs,browser]'
    python docs/check_rtl.py            # builds the docs, checks, saves a screenshot

It opens the tutorial page in headless Chromium, asserts that every block marked
``lang="ar"`` has a computed ``direction`` of ``rtl`` (and that there are some), and saves a
screenshot to ``docs/_build/tutorial.png`` for a person to look at.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

DOCS = Path(__file__).resolve().parent
BUILD = DOCS / "_build"


def build() -> Path:
    """Build the HTML docs with warnings as errors; return the tutorial page."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            str(DOCS),
            str(BUILD / "html"),
        ],
        check=True,
    )
    return BUILD / "html" / "tutorial.html"


def check(page: Path, screenshot: Path) -> list[str]:
    """The computed direction of each Arabic block of ``page``; saves a screenshot."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1200,2400",
        f"--user-data-dir={tempfile.mkdtemp()}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        driver.get(page.as_uri())
        directions: list[str] = driver.execute_script(
            "return Array.from(document.querySelectorAll('[lang=ar]'))"
            ".map(e => getComputedStyle(e).direction)"
        )
        driver.execute_script(
            "document.querySelector('[lang=ar]').scrollIntoView({block: 'center'})"
        )
        driver.save_screenshot(str(screenshot))
    finally:
        driver.quit()
    return directions


def main() -> None:
    """Build, check, and report."""
    page = build()
    screenshot = BUILD / "tutorial.png"
    directions = check(page, screenshot)
    print(f"{len(directions)} Arabic blocks on {page.name}: {sorted(set(directions))}")
    print(f"screenshot: {screenshot}")
    if not directions or set(directions) != {"rtl"}:
        sys.exit("some Arabic block does not read right to left")


if __name__ == "__main__":
    main()
