"""axe-core finds no serious or critical WCAG 2.1 AA violations on the main pages."""

import pytest

from .conftest import DESKTOP, PHONE

BLOCKING = {"serious", "critical"}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def violations(page, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    assert result["passes"], "axe ran no checks"
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("which", ["list", "detail", "expired", "company"])
def test_no_serious_or_critical_violations(
    live_server, browser, board, axe_source, which, viewport
):
    paths = {
        "list": "/?q=intern&country=AU",
        "detail": board["recsys"].get_absolute_url(),
        "expired": board["expired"].get_absolute_url(),
        "company": board["recsys"].company.get_absolute_url(),
    }
    # The CSP forbids inline scripts, rightly; only the test's own axe injection bypasses it.
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(live_server.url + paths[which])
        assert violations(page, axe_source) == []
    finally:
        context.close()


def test_skip_link_and_visible_focus(live_server, page, board):
    page.goto(live_server.url)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    outline = skip.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline != "none"
    assert skip.bounding_box()["x"] >= 0  # on screen once focused
