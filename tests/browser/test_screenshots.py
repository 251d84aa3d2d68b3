"""Screenshots of the list and detail pages at phone and desktop widths, for the README."""

import os

import pytest

from .conftest import DESKTOP, PHONE, SCREENSHOTS


@pytest.mark.parametrize(("width", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_screenshots(live_server, browser, board, width, viewport, tmp_path):
    # The README's pictures change only on request, so a test run leaves the work tree clean.
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport=viewport, device_scale_factor=1)
    page = context.new_page()
    try:
        for name, path in [
            ("list", "/?q=intern"),
            ("detail", board["recsys"].get_absolute_url()),
        ]:
            page.goto(live_server.url + path)
            target = folder / f"{name}-{width}.png"
            page.screenshot(path=str(target), full_page=False)
            assert target.stat().st_size > 10_000
    finally:
        context.close()
