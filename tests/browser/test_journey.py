"""A student's journey through the board in a real browser."""

import re

from playwright.sync_api import expect


def test_search_filter_open_apply_and_subscribe(live_server, page, board):
    page.goto(live_server.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("5 roles")

    page.get_by_label("Search roles").fill("intern")
    # Each step waits for the new page to load: a student cannot change a filter before the
    # page's script is there either, and the URL alone changes before that.
    with page.expect_navigation(url=re.compile(r"[?&]q=intern")):
        page.get_by_role("button", name="Search").click()

    # Filters submit themselves when changed (a little JavaScript)...
    with page.expect_navigation(url=re.compile(r"country=AU")):
        page.locator("#id_country").select_option("AU")
    with page.expect_navigation(url=re.compile(r"type=internship")):
        page.get_by_label("Internship", exact=True).first.check()
    results = page.locator(".results .card-title")
    expect(results).to_have_count(3)
    expect(page.locator(".results")).not_to_contain_text("Computer Vision Intern")  # US only

    # ...and the feed link carries the same search.
    feed = page.get_by_role("link", name="Subscribe to this search")
    href = feed.get_attribute("href")
    assert href.startswith("/feed/?")
    assert "country=AU" in href
    assert "type=internship" in href
    response = page.request.get(live_server.url + href)
    assert response.ok
    assert "Recommender Systems" in response.text()

    page.get_by_role("link", name="Applied Scientist Intern, Recommender Systems").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Applied Scientist Intern, Recommender Systems"
    )
    expect(page.locator(".deadline")).to_have_text("Closes in 5 days")
    expect(page.locator("#similar-heading")).to_be_visible()
    with page.expect_popup() as popup:
        page.get_by_role("link", name=re.compile("Apply on the employer's site")).click()
    expect(popup.value).to_have_url("https://careers.example.org/apply/recsys")


def test_expired_posting_shows_the_banner_and_no_apply_link(live_server, page, board):
    page.goto(live_server.url + board["expired"].get_absolute_url())
    expect(page.get_by_role("status")).to_contain_text("This role has expired")
    expect(page.get_by_role("link", name=re.compile("Apply on the employer"))).to_have_count(0)
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex"


def test_filters_work_without_javascript(live_server, browser, board):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(live_server.url)
        page.locator("#id_country").select_option("US")
        page.get_by_role("button", name="Apply filters").click()
        expect(page).to_have_url(re.compile(r"country=US"))
        expect(page.get_by_role("heading", level=1)).to_have_text("2 roles")
    finally:
        context.close()
