"""Hardening: production settings, CSP, admin URL, login throttling, the 503 page, stored XSS."""

import datetime as dt
import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import InterfaceError, OperationalError
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from postings import views
from postings.middleware import server_error
from postings.models import Posting
from postings.services import import_document

from .factories import PostingFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, **env}
    environment.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "test-" + "k3y-" * 16,
    "DJANGO_ALLOWED_HOSTS": "jobs.example.org",
}


# Production settings ---------------------------------------------------------------------------


def test_production_settings_pass_check_deploy():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_values():
    code = (
        "from django.conf import settings as s; import json; print(json.dumps(["
        "s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_HSTS_SECONDS, s.X_FRAME_OPTIONS, s.SECURE_REFERRER_POLICY, "
        "s.SECURE_CONTENT_TYPE_NOSNIFF, s.DEBUG]))"
    )
    result = manage("shell", "--no-imports", "-c", code, **PRODUCTION)
    assert json.loads(result.stdout) == [
        True,
        True,
        True,
        31536000,
        "DENY",
        "same-origin",
        True,
        False,
    ]
    plain_http = manage(
        "shell",
        "--no-imports",
        "-c",
        code,
        **PRODUCTION,
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SESSION_COOKIE_SECURE="0",
        DJANGO_CSRF_COOKIE_SECURE="0",
    )
    assert json.loads(plain_http.stdout)[:3] == [False, False, False]


def test_admin_url_comes_from_the_environment():
    code = "from django.urls import reverse; print(reverse('admin:index'))"
    custom = manage("shell", "--no-imports", "-c", code, DJANGO_ADMIN_URL="/staff-7f3a")
    assert custom.stdout.strip() == "/staff-7f3a/"
    assert manage("shell", "--no-imports", "-c", code).stdout.strip() == "/admin/"


# Content-Security-Policy ------------------------------------------------------------------------


def csp_directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize("page", ["list", "detail", "company", "admin-login", "admin-changelist"])
def test_every_page_has_a_csp_without_inline_scripts(client, admin_client, posting, page):
    urls = {
        "list": (client, reverse("postings:list")),
        "detail": (client, posting.get_absolute_url()),
        "company": (client, posting.company.get_absolute_url()),
        "admin-login": (client, reverse("admin:login")),
        "admin-changelist": (admin_client, reverse("admin:postings_posting_changelist")),
    }
    who, url = urls[page]
    response = who.get(url)
    assert response.status_code == 200
    directives = csp_directives(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    # ...and the page needs none: no inline script or style may run under that policy.
    page_html = HtmlAudit.of(response.content.decode())
    assert page_html.inline_scripts == []
    assert page_html.inline_styles == []


# Login throttling -------------------------------------------------------------------------------


def test_admin_login_is_locked_after_repeated_failures(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    get_user_model().objects.create_superuser("boss", "b@example.org", "the right passphrase")
    url = reverse("admin:login")
    for _ in range(2):
        response = client.post(url, {"username": "boss", "password": "wrong"})
        assert response.status_code == 200
    locked = client.post(url, {"username": "boss", "password": "wrong"})
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    # Even the right password is refused while locked out.
    again = client.post(url, {"username": "boss", "password": "the right passphrase"})
    assert again.status_code == 429
    assert "_auth_user_id" not in client.session


def test_throttling_can_be_switched_off(client, settings):
    settings.AXES_ENABLED = False
    get_user_model().objects.create_superuser("boss", "b@example.org", "the right passphrase")
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT + 2):
        assert client.post(url, {"username": "boss", "password": "wrong"}).status_code == 200
    ok = client.post(url, {"username": "boss", "password": "the right passphrase"})
    assert ok.status_code == 302


# Database outage ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error", [OperationalError("connection refused"), InterfaceError("connection already closed")]
)
def test_database_outage_in_a_view_is_a_friendly_503(client, monkeypatch, error):
    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(views.PostingListView, "get", broken)
    response = client.get(reverse("postings:list"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Back in a moment" in response.content.decode()
    assert "Content-Security-Policy" in response


def test_database_outage_outside_a_view_is_a_503_too(rf):
    request = rf.get("/")
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503
    try:
        raise ValueError("a bug")
    except ValueError:
        assert server_error(request).status_code == 500


def test_postgres_connections_time_out_quickly(settings):
    options = settings.DATABASES["default"].get("OPTIONS", {})
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        assert options["connect_timeout"] <= 2
    else:
        assert "connect_timeout" not in options


# Stored XSS ------------------------------------------------------------------------------------

SCRIPT = '<script>alert("xss")</script>'
IMG = '<img src=x onerror=alert("xss")>'
JS_URL = 'javascript:alert("xss")'


class HtmlAudit(HTMLParser):
    """Everything on a page that a browser would execute."""

    SAFE_SCRIPT_TYPES = {"application/json", "application/ld+json"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inline_scripts: list[str] = []
        self.inline_styles: list[str] = []
        self.handlers: list[str] = []
        self.script_urls: list[str] = []
        self.bad_elements: list[str] = []
        self._in_script: dict | None = None
        self._in_style = False

    @classmethod
    def of(cls, html: str) -> "HtmlAudit":
        audit = cls()
        audit.feed(html)
        audit.close()
        return audit

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}={value!r}>")
            if name == "style":
                self.inline_styles.append(f"<{tag} style={value!r}>")
            if name in {"href", "src", "action", "formaction", "xlink:href", "data"} and value:
                scheme = "".join(ch for ch in value if ch > " ").lower()
                if scheme.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.script_urls.append(f"<{tag} {name}={value!r}>")
        if tag in {"iframe", "object", "embed", "frame", "base"}:
            self.bad_elements.append(tag)
        if tag == "script":
            self._in_script = {"attrs": attributes, "text": ""}
        if tag == "style":
            self._in_style = True

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._in_script["text"] += data
        if self._in_style and data.strip():
            self.inline_styles.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            attrs, text = self._in_script["attrs"], self._in_script["text"]
            if attrs.get("type") in self.SAFE_SCRIPT_TYPES:
                json.loads(text)  # a payload that broke out of the data block fails here
            elif "src" not in attrs or text.strip():
                self.inline_scripts.append(text)
            self._in_script = None
        if tag == "style":
            self._in_style = False


def assert_nothing_executable(html: str) -> None:
    audit = HtmlAudit.of(html)
    assert audit.inline_scripts == []
    assert audit.handlers == []
    assert audit.script_urls == []
    assert audit.bad_elements == []
    # Payloads may show as text, escaped; never as markup.
    assert "<script>alert" not in html
    assert "<img src=x" not in html


def hostile_documents(today: dt.date) -> dict[str, tuple[str, bytes]]:
    posted = today.isoformat()
    text = f"""Skip to main content
Jobs
Research Intern {SCRIPT}
Evil Labs {IMG}
Melbourne, VIC
Internship
Posted {posted}
About the role
We study {IMG} robustness. <a href="{JS_URL}">Read more</a> {SCRIPT}
Responsibilities
- Break things {SCRIPT}
Apply now
"""
    html = f"""<!doctype html><html><head><title>{SCRIPT}</title>
<script type="application/ld+json">{
        json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "JobPosting",
                "title": f"Vision Intern {SCRIPT}",
                "hiringOrganization": {"@type": "Organization", "name": f"Evil Labs {IMG}"},
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": f"Melbourne{SCRIPT}",
                        "addressRegion": "VIC",
                        "addressCountry": "AU",
                    },
                },
                "employmentType": "INTERN",
                "datePosted": posted,
                "description": f"<p>Hi {IMG}</p><a href='{JS_URL}'>x</a>{SCRIPT}",
                "url": JS_URL,
                "directApply": True,
            }
        )
    }</script></head>
<body onload="alert(1)"><h1>Vision Intern</h1>{IMG}</body></html>"""
    export = json.dumps(
        [
            {
                "title": f"Speech Intern {SCRIPT}",
                "company": f"Evil Labs {IMG}",
                "locations": [{"city": f"Melbourne{SCRIPT}", "region": "VIC", "country": "AU"}],
                "employment_types": ["internship"],
                "work_arrangement": "hybrid",
                "pay": None,
                "posted_at": posted,
                "valid_through": None,
                "status": "open",
                "degree_levels": ["phd"],
                "visa_sponsorship": None,
                "description": f"Hi {IMG} <a href='{JS_URL}'>x</a> {SCRIPT}",
                "apply_url": JS_URL,
                "source": {"document": "evil.json", "url": JS_URL},
            }
        ]
    )
    csv = (
        "title,company,location,description,url,posted\n"
        f'"Robotics Intern {SCRIPT}","Evil Labs {IMG}","Melbourne{SCRIPT}, VIC, AU",'
        f'"Hi {IMG} {SCRIPT}","{JS_URL}",{posted}\n'
    )
    return {
        "text": ("evil.txt", text.encode()),
        "html": ("evil.html", html.encode()),
        "json": ("evil.json", export.encode()),
        "csv": ("evil.csv", csv.encode()),
    }


@pytest.fixture
def hostile_postings(db) -> list[Posting]:
    today = timezone.localdate()
    imported = []
    for kind, (name, data) in hostile_documents(today).items():
        outcome = import_document(data=data, name=name, format=kind)
        assert outcome.error == "", f"{kind}: {outcome.error}"
        assert outcome.postings, f"the {kind} importer found no posting in the hostile {kind}"
        imported.extend(posting for _, posting in outcome.postings)
    # And a posting written directly, past the importer's and the admin's checks.
    imported.append(
        PostingFactory(
            title=f"Direct {SCRIPT}",
            description=f"{IMG}\n\n- {SCRIPT}",
            responsibilities=f"- {IMG}",
        )
    )
    return imported


def public_pages(postings: list[Posting]) -> list[str]:
    urls = [reverse("postings:list"), reverse("postings:list") + "?q=intern&include_expired=1"]
    for posting in postings:
        urls.append(posting.get_absolute_url())
        urls.append(posting.company.get_absolute_url())
    for name in ("postings:feed", "postings:deadlines"):
        try:
            urls.append(reverse(name))
        except NoReverseMatch:
            continue
    return urls


def test_imported_payloads_never_execute_on_public_pages(client, hostile_postings):
    for url in public_pages(hostile_postings):
        response = client.get(url)
        assert response.status_code == 200, url
        if "html" in response.get("Content-Type", ""):
            assert_nothing_executable(response.content.decode())
        else:
            body = response.content.decode()
            assert "<script>alert" not in body, url
            assert "<img src=x" not in body, url


def test_imported_payloads_never_execute_in_the_admin(admin_client, hostile_postings):
    urls = [
        reverse("admin:postings_posting_changelist"),
        reverse("admin:postings_posting_changelist") + "?q=evil",
        reverse("admin:postings_company_changelist"),
        reverse("admin:postings_location_changelist"),
    ]
    for posting in hostile_postings:
        urls += [
            reverse("admin:postings_posting_change", args=[posting.pk]),
            reverse("admin:postings_posting_history", args=[posting.pk]),
            reverse("admin:postings_posting_preview", args=[posting.pk]),
            reverse("admin:postings_posting_delete", args=[posting.pk]),
            reverse("admin:postings_company_change", args=[posting.company_id]),
        ]
    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert_nothing_executable(response.content.decode())


def test_imported_apply_urls_are_never_scripts(hostile_postings):
    for posting in hostile_postings:
        assert not posting.apply_url.lower().startswith("javascript:")
        assert not posting.source_url.lower().startswith("javascript:")


def test_admin_refuses_a_javascript_apply_url_on_change(admin_client, posting):
    url = reverse("admin:postings_posting_change", args=[posting.pk])
    response = admin_client.post(
        url,
        {
            "title": posting.title,
            "company": posting.company_id,
            "locations": [location.pk for location in posting.locations.all()],
            "work_arrangement": "on_site",
            "visa_sponsorship": "unknown",
            "posted_on": posting.posted_on.isoformat(),
            "apply_url": " JaVaScRiPt:alert(1)",
        },
    )
    assert response.status_code == 200
    assert "apply_url" in response.context["adminform"].form.errors
    posting.refresh_from_db()
    assert posting.apply_url == ""
