"""Screenshot of the top of the report for the README: `python docs/_tools/screenshot_report.py [INDEX] [PNG]`.

Opens the built report (default `data/report/index.html`) in headless Chromium (the one the HKSTP
rendering uses: `$HKAI_CHROMIUM` or the PATH) and saves the first screen as `docs/report.png`.
Chinese names need a CJK font on the machine (Debian: `fonts-noto-cjk`).
"""
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from spiders.rendering import CHROMIUM_ARGS, find_chromium

ROOT = Path(__file__).resolve().parents[2]


def screenshot(index: Path, png: Path, width: int = 1100, height: int = 1500) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
        page.goto(index.resolve().as_uri(), wait_until="load")
        page.screenshot(path=str(png))
        browser.close()


if __name__ == "__main__":
    index = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "report" / "index.html"
    png = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "report.png"
    screenshot(index, png)
    print(png)
