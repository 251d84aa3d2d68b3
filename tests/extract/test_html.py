import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from postings.extract import text as text_module
from postings.extract.html import html_to_text, inline_text, parse_html, safe_url, to_text
from postings.extract.types import Location, ParseResult

AS_OF = datetime(2026, 8, 1, tzinfo=UTC)
REALDATA = Path("/work/shared/realdata")


def realdata(relative: str) -> str:
    path = REALDATA / relative
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("<ul><li>a</li><li>b</li></ul>", "- a\n- b"),
        ("<p>Intro</p><ul><li>a</li></ul><p>End</p>", "Intro\n\n- a\n\nEnd"),
        ("<ol><li><p>nested paragraph</p></li></ol>", "- nested paragraph"),
        ("a<br>b", "a\nb"),
        ("a<br/><br/>b", "a\n\nb"),
        ("a<br><br><br><br>b", "a\n\nb"),
        ("<div>one</div><div>two</div>", "one\n\ntwo"),
        ("<h3>Requirements</h3><p>Python</p>", "Requirements\n\nPython"),
        ("<p>Hello   <b>bold</b>\n  world</p>", "Hello bold world"),
        ("<p>R&amp;D &lt;3 &#x2F; &#39;q&#39; &nbsp;x</p>", "R&D <3 / 'q' x"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"),
        (
            "Intro<br/>\u2022 one<br/><br/>\u2022\ttwo<br/><br/>After",
            "Intro\n- one\n- two\n\nAfter",
        ),
        ("<p>x</p><!-- a comment --><p>y</p>", "x\n\ny"),
        ("<unknown-tag>kept text</unknown-tag>", "kept text"),
    ],
)
def test_html_to_text_keeps_paragraphs_and_bullets(html, expected):
    assert html_to_text(html) == expected


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">click</a>',
        "<svg onload=alert(1)><script>alert(1)</script></svg>",
        '<iframe src="javascript:alert(1)"></iframe>',
        '<p onclick="alert(1)" style="x:expression(alert(1))">para</p>',
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&lt;img src=x onerror=alert(1)&gt;",
        "<noscript><p title='</noscript><img src=x onerror=alert(1)>'></noscript>",
    ],
)
def test_nothing_executable_survives(payload):
    text = html_to_text(f"<p>Before</p>{payload}<p>After</p>")
    assert text.startswith("Before")
    assert text.endswith("After")
    for marker in ("<script", "<img", "<svg", "<iframe", "onerror", "onload", "javascript:"):
        assert marker not in text.lower()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Plain line", "Plain line"),
        ("  trailing  \r\nspaces  ", "trailing\nspaces"),
        ("para\n\n\n\nnext", "para\n\nnext"),
        ("\u2022 one\n\u00b7 two\n* three\n  - four", "- one\n- two\n- three\n- four"),
        ("## What you will do\n\n  * Build", "What you will do\n\n- Build"),
        ("-5 degrees is cold", "-5 degrees is cold"),
        ("<5 years of experience", "<5 years of experience"),
        ("Line<br/>break", "Line\nbreak"),
        ("What\u00e2\u0080\u0099s new", "What\u2019s new"),
        ("zero\u200bwidth\u200d", "zerowidth"),
    ],
)
def test_to_text_handles_plain_text_and_markup(value, expected):
    assert to_text(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Senior &amp; Staff\n Engineer ", "Senior & Staff Engineer"),
        ("<script>alert(1)</script>Engineer", "Engineer"),
        ("<b>Acme</b> <img src=x onerror=alert(1)>Inc", "Acme Inc"),
        ("AT&T", "AT&T"),
    ],
)
def test_inline_text(value, expected):
    assert inline_text(value) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/jobs/1",
        "http://example.com/apply?id=1&src=x",
        "mailto:jobs@example.com",
        "HTTPS://EXAMPLE.COM/",
    ],
)
def test_safe_url_keeps_web_and_mail_links(url):
    assert safe_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\nscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/x",
        "/jobs/1",
        "https://",
        'https://example.com/"onmouseover="alert(1)',
        "https://example.com/<script>",
        "ftp://example.com/file",
    ],
)
def test_safe_url_rejects_everything_else(url):
    assert safe_url(url) == ""


def _page(*blocks: object, body: str = "<p>Body</p>") -> str:
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(block)}</script>' for block in blocks
    )
    return f"<!doctype html><html><head>{scripts}</head><body>{body}</body></html>"


JOB = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Data Engineer",
    "hiringOrganization": {"@type": "Organization", "name": "Acme"},
    "description": "<p>Build pipelines.</p>",
}


@pytest.mark.parametrize(
    "blocks",
    [
        [JOB],
        [[JOB]],
        [{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, JOB]}],
        [{"@type": "Organization", "name": "Acme"}, JOB],
    ],
)
def test_parse_html_uses_json_ld_job_postings(blocks):
    result = parse_html(_page(*blocks), as_of=AS_OF, name="job.html")
    assert [(p.title, p.company, p.description) for p in result.postings] == [
        ("Data Engineer", "Acme", "Build pipelines.")
    ]


def test_parse_html_ignores_a_broken_json_ld_block():
    page = _page(JOB).replace("<head>", '<head><script type="application/ld+json">{oops</script>')
    assert len(parse_html(page, as_of=AS_OF, name="job.html").postings) == 1


def test_parse_html_without_json_ld_reads_visible_text(monkeypatch):
    seen = {}

    def fake_parse_text(text, *, as_of, name=""):
        seen.update(text=text, name=name)
        return ParseResult(note="from text")

    monkeypatch.setattr(text_module, "parse_text", fake_parse_text)
    page = (
        "<html><head><title>Tab title</title><style>p{}</style></head><body>"
        "<header>Site header</header><nav>Menu</nav>"
        "<main><h1>Welder</h1><p>Acme Corp</p><script>var x = 1;</script></main>"
        "<footer>Footer links</footer></body></html>"
    )
    result = parse_html(page, as_of=AS_OF, name="page.html")
    assert result.note == "from text"
    assert seen == {"text": "Welder\n\nAcme Corp", "name": "page.html"}


def test_eightfold_job_page_yields_its_json_ld_posting():
    result = parse_html(
        realdata("ats_raw_fixtures/eightfold_amdocs_job_page.html"), as_of=AS_OF, name="x.html"
    )
    [posting] = result.postings
    assert posting.title == "Software Support Specialist"
    assert posting.company == "Amdocs"
    assert posting.locations == [Location(city="HKI", region="18", country="FI")]
    assert posting.employment_types == ["full_time"]
    assert posting.posted_on.isoformat() == "2026-07-27"
    assert posting.valid_through.isoformat() == "2027-01-23"
    assert posting.apply_url.startswith("http://amdocs.eightfold.ai/careers/job/")
    assert "- Troubleshoot and resolve application" in posting.description
    assert "##" not in posting.description
