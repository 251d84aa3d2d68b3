import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from postings.extract import html as html_module
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


@pytest.mark.parametrize(
    "text",
    [
        "Intro\n\n- a\n- b\n\nEnd",
        "- a\n\n- b",
        "Intro\n-\nitem",
        "-5 degrees\n* starred\n– dashed",
        "# Heading\n\nText",
        "Line \nnext",
        "a\n\n\nb",
        "tab\there",
        "non\u00a0breaking",
        "zero\u200bwidth",
        "Plain paragraph.\n\nAnother one, with #hashtag and *emphasis*.",
        " leading space",
    ],
)
def test_the_tidy_fast_path_agrees_with_tidying_line_by_line(text):
    tidied = html_module._tidy_line_by_line(text)
    assert html_module._tidy_lines(text) == tidied
    assert html_module._tidy_lines(tidied) == tidied


def test_real_descriptions_tidied_once_take_the_fast_path():
    items = json.loads(realdata("remoteok_linkedin/remoteok_api.json"))
    texts = [text for item in items[1:] if (text := to_text(item["description"]))]
    tidy = [text for text in texts if html_module._is_tidy(text)]
    assert all(html_module._tidy_line_by_line(text) == text for text in tidy)
    # The check is conservative ("-5 degrees" at a line start fails it), but rarely.
    assert len(tidy) > 0.9 * len(texts)


@pytest.mark.parametrize(
    "description",
    [
        "&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Python&lt;/li&gt;&lt;li&gt;BS in CS&lt;/li&gt;&lt;/ul&gt;",
        "&amp;lt;h3&amp;gt;Requirements&amp;lt;/h3&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Python"
        "&amp;lt;/li&amp;gt;&amp;lt;li&amp;gt;BS in CS&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;",
    ],
)
def test_entity_escaped_markup_is_rendered_as_markup(description):
    assert to_text(description) == "Requirements\n\n- Python\n- BS in CS"


def test_escaped_scripts_are_dropped_once_decoded():
    text = to_text(
        "&lt;p&gt;Hi&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
    )
    assert text == "Hi"


def test_text_showing_a_tag_beside_real_markup_stays_text():
    assert to_text("<p>Write &lt;div&gt; tags</p>") == "Write tags"


@pytest.mark.parametrize(
    "script",
    [
        '<!-- {"@type": "JobPosting", "title": "Nurse", "hiringOrganization": "Acme"} -->',
        '{"@type": "JobPosting", "title": "Nurse", "hiringOrganization": "Acme",}',
    ],
)
def test_json_ld_with_a_comment_around_it_or_a_trailing_comma_is_read(script):
    page = f'<html><head><script type="application/ld+json">{script}</script></head></html>'
    assert [p.title for p in parse_html(page, as_of=AS_OF, name="x.html").postings] == ["Nurse"]


def test_an_organisation_referenced_by_id_in_the_graph_is_the_employer():
    block = {
        "@graph": [
            {"@type": "Organization", "@id": "#org", "name": "Acme"},
            {"@type": "JobPosting", "title": "Nurse", "hiringOrganization": {"@id": "#org"}},
        ]
    }
    assert [p.company for p in parse_html(_page(block), as_of=AS_OF, name="x.html").postings] == [
        "Acme"
    ]


def test_the_canonical_link_is_the_source_when_the_posting_names_no_url():
    page = _page(JOB).replace(
        "<head>", '<head><link rel="canonical" href="https://jobs.example.com/data-engineer">'
    )
    (posting,) = parse_html(page, as_of=AS_OF, name="x.html").postings
    assert posting.source_url == posting.apply_url == "https://jobs.example.com/data-engineer"


def test_a_page_marked_up_as_an_article_carries_no_posting():
    article = {"@type": "NewsArticle", "headline": "Firms hire interns", "author": "Dana"}
    page = _page(article).replace(
        "</body>", "<h1>Firms hire interns</h1><p>Acme pays $26/hr to interns.</p></body>"
    )
    result = parse_html(page, as_of=AS_OF, name="news.html")
    assert result.postings == []
    assert "article" in result.note


def test_a_table_of_labels_reads_as_labelled_lines():
    html = "<table><tr><th>Location</th><td>Bristol</td></tr><tr><th>Salary</th><td>£30,000</td></tr></table>"
    assert html_to_text(html) == "Location: Bristol\nSalary: £30,000"


def test_a_header_holding_the_title_is_the_postings_own():
    page = (
        "<html><body><header><nav>Jobs</nav></header><article><header><h1>Data Engineer</h1>"
        "<p>Northwind Analytics</p><p>Location: Austin, TX</p></header>"
        "<h2>About the role</h2><p>You will build the data platform that our analysts rely on every day.</p>"
        "</article></body></html>"
    )
    (posting,) = parse_html(page, as_of=AS_OF, name="x.html").postings
    assert (posting.title, posting.company) == ("Data Engineer", "Northwind Analytics")
