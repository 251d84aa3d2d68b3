"""Browser tests: Playwright's Python package driving Debian's chromium against live_server.

Skipped, with the reason, where chromium or Playwright is missing. Never run `playwright
install`: the system chromium is used (`apt-get install chromium`). axe-core comes from npm
(`npm ci --prefix tests/browser`, node_modules is git-ignored).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from django.utils import timezone

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
EMPLOYER = "https://careers.example.org"


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def browser(django_db_setup):
    """One chromium per module. The test database exists before Playwright starts its event
    loop in this thread; while the loop runs, Django must be told that the tests' synchronous
    ORM calls (factories, live_server's flushes) are deliberate."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"chromium not found at {CHROMIUM}: apt-get install -y chromium")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed: pip install playwright"
    )
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=DESKTOP)
    # The employer's site is not ours to visit from tests: answer for it.
    context.route(
        f"{EMPLOYER}/**",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Employer</title><h1>Apply</h1>"
        ),
    )
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def board(transactional_db):
    """A small board that looks like the real one: areas, pay, deadlines and similar roles."""
    from postings.services import get_research_areas
    from postings.similar import rebuild_similar
    from tests.factories import CompanyFactory, LocationFactory, PostingFactory

    today = timezone.localdate()
    melbourne = LocationFactory(city="Melbourne", region="VIC", country="AU")
    sydney = LocationFactory(city="Sydney", region="NSW", country="AU")
    seattle = LocationFactory(city="Seattle", region="WA", country="US")
    amazon = CompanyFactory(name="Amazon", slug="amazon", website="https://www.amazon.jobs")
    xero = CompanyFactory(name="Xero", slug="xero")
    canva = CompanyFactory(name="Canva", slug="canva")
    areas = {a.slug: a for a in get_research_areas(slugs=["machine-learning", "recommender-systems", "nlp", "llms", "deep-learning", "computer-vision", "data-science"])}  # fmt: skip
    recsys = ("Join the personalisation team to research recommender systems at scale: ranking, "
              "retrieval and causal evaluation of recommendations.\n\n- Build and evaluate "
              "ranking models\n- Publish at RecSys and KDD\n- Ship experiments to millions")  # fmt: skip
    nlp = ("Research large language models for customer support: retrieval-augmented generation, "
           "evaluation and safety.\n\n- Prototype LLM agents\n- Fine-tune and evaluate models")  # fmt: skip
    postings = {
        "recsys": PostingFactory(
            title="Applied Scientist Intern, Recommender Systems", slug="recsys-intern",
            company=amazon, locations=[melbourne, seattle], description=recsys,
            research_areas=[areas["machine-learning"], areas["recommender-systems"]],
            pay_min=107, pay_max=107, pay_currency="USD", pay_period="hour", internship_weeks=12,
            internship_start="Summer 2027", degree_masters=True, degree_phd=True,
            visa_sponsorship="yes", enrolment_required=True, work_arrangement="hybrid",
            posted_on=today - dt.timedelta(days=3), valid_through=today + dt.timedelta(days=5),
            apply_url=f"{EMPLOYER}/apply/recsys",
        ),
        "ranking": PostingFactory(
            title="Machine Learning Intern, Search Ranking", slug="ranking-intern", company=canva,
            locations=[sydney], description=recsys,
            research_areas=[areas["machine-learning"], areas["recommender-systems"]],
            pay_min=4000, pay_max=4500, pay_currency="AUD", pay_period="month",
            internship_weeks=12, posted_on=today - dt.timedelta(days=1),
            valid_through=today + dt.timedelta(days=21), apply_url=f"{EMPLOYER}/apply/ranking",
        ),
        "llm": PostingFactory(
            title="Research Intern, Large Language Models", slug="llm-intern", company=xero,
            locations=[melbourne], description=nlp, work_arrangement="remote",
            research_areas=[areas["machine-learning"], areas["nlp"], areas["llms"], areas["deep-learning"]],
            posted_on=today - dt.timedelta(days=6), valid_through=today + dt.timedelta(days=40),
            apply_url=f"{EMPLOYER}/apply/llm",
        ),
        "fulltime": PostingFactory(
            title="Data Scientist, Experimentation", slug="data-scientist", company=xero,
            locations=[melbourne], description=recsys, is_internship=False, is_full_time=True,
            research_areas=[areas["data-science"]], pay_min=120000, pay_max=150000,
            pay_currency="AUD", pay_period="year", posted_on=today - dt.timedelta(days=2),
        ),
        "vision": PostingFactory(
            title="Computer Vision Intern", slug="vision-intern", company=amazon,
            locations=[seattle], description="Computer vision for robotics and object detection.",
            research_areas=[areas["machine-learning"], areas["computer-vision"]],
            posted_on=today - dt.timedelta(days=8),
        ),
        "expired": PostingFactory(
            title="Applied Scientist Intern, Recommender Systems (2025)", slug="recsys-2025",
            company=amazon, locations=[melbourne], description=recsys,
            posted_on=today - dt.timedelta(days=200), apply_url=f"{EMPLOYER}/apply/old",
        ),
    }  # fmt: skip
    rebuild_similar()
    return postings


@pytest.fixture
def axe_source() -> str:
    if not AXE.exists():
        pytest.skip(f"axe-core is not installed: npm ci --prefix {AXE.parents[2]}")
    return AXE.read_text()
