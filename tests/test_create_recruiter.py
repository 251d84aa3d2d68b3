import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from postings.models import Company

from .factories import CompanyFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a sufficiently long passphrase"


@pytest.fixture
def password_env(monkeypatch):
    monkeypatch.setenv("DJANGO_RECRUITER_PASSWORD", PASSWORD)


def test_creates_a_staff_recruiter_and_the_company(password_env, capsys):
    call_command("create_recruiter", "alice", "--company", "Acme Research", "--email", "a@x.org")
    user = get_user_model().objects.get(username="alice")
    company = Company.objects.get(name="Acme Research")
    assert user.is_staff
    assert not user.is_superuser
    assert user.email == "a@x.org"
    assert user.check_password(PASSWORD)
    assert list(user.groups.values_list("name", flat=True)) == ["Recruiters"]
    assert list(company.recruiters.all()) == [user]
    output = capsys.readouterr().out
    assert "Created recruiter alice for Acme Research." in output
    assert "Created company Acme Research" in output


def test_uses_an_existing_company_whatever_its_case(password_env):
    existing = CompanyFactory(name="Acme Research", slug="acme")
    call_command("create_recruiter", "bob", "--company", "acme  research")
    assert Company.objects.count() == 1
    assert existing.recruiters.get().username == "bob"


def test_existing_user_joins_another_company_and_keeps_their_password(password_env, monkeypatch):
    call_command("create_recruiter", "alice", "--company", "Acme")
    monkeypatch.delenv("DJANGO_RECRUITER_PASSWORD")
    call_command("create_recruiter", "alice", "--company", "Borealis")
    user = get_user_model().objects.get(username="alice")
    assert user.check_password(PASSWORD)
    assert sorted(user.recruiting_for.values_list("name", flat=True)) == ["Acme", "Borealis"]


def test_without_password_or_terminal_it_refuses(monkeypatch):
    monkeypatch.delenv("DJANGO_RECRUITER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(CommandError, match="DJANGO_RECRUITER_PASSWORD is not set"):
        call_command("create_recruiter", "carol", "--company", "Acme")
    assert not get_user_model().objects.filter(username="carol").exists()


def test_prompts_for_the_password_on_a_terminal(monkeypatch):
    monkeypatch.delenv("DJANGO_RECRUITER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
    call_command("create_recruiter", "dave", "--company", "Acme")
    assert get_user_model().objects.get(username="dave").check_password(PASSWORD)


def test_weak_password_is_refused_and_nothing_is_written(monkeypatch):
    monkeypatch.setenv("DJANGO_RECRUITER_PASSWORD", "123")
    with pytest.raises(CommandError, match="too short"):
        call_command("create_recruiter", "erin", "--company", "Fresh Co")
    assert not get_user_model().objects.filter(username="erin").exists()
    assert not Company.objects.filter(name="Fresh Co").exists()


def test_setup_roles_command_reports_the_groups(capsys):
    call_command("setup_roles")
    call_command("setup_roles")
    output = capsys.readouterr().out
    assert "Recruiters: 7 permissions" in output
    assert "Editors: 16 permissions" in output
