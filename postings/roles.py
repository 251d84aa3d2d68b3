"""Writes for admin roles: the Recruiters and Editors groups, and recruiter accounts.

Groups are made by `setup_roles()`, which `manage.py setup_roles` and `create_recruiter` call;
it is idempotent and resets each group to exactly the permissions below. (No data migration:
the migrations belong to the models, and permissions exist only after `migrate` anyway.)
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group, Permission
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from .models import Company
from .permissions import EDITORS, RECRUITERS
from .services import get_or_create_company

ALL = ("view", "add", "change", "delete")
# Recruiters manage their companies' postings (scoped in the admin), pick from their companies,
# and pick or add locations, which every company shares.
ROLE_PERMISSIONS: dict[str, dict[str, tuple[str, ...]]] = {
    RECRUITERS: {
        "posting": ALL,
        "company": ("view",),
        "location": ("view", "add"),
    },
    EDITORS: {
        "posting": ALL,
        "company": ALL,
        "location": ALL,
        "researcharea": ALL,
    },
}


@transaction.atomic
def setup_roles() -> dict[str, Group]:
    """Create or reset the role groups; safe to run any number of times."""
    groups = {}
    for name, models in ROLE_PERMISSIONS.items():
        codenames = [f"{action}_{model}" for model, actions in models.items() for action in actions]
        permissions = list(
            Permission.objects.filter(content_type__app_label="postings", codename__in=codenames)
        )
        missing = set(codenames) - {permission.codename for permission in permissions}
        if missing:
            raise RuntimeError(f"permissions missing, run migrate first: {sorted(missing)}")
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(permissions)
        groups[name] = group
    return groups


@dataclass
class RecruiterOutcome:
    user: AbstractUser
    company: Company
    user_created: bool
    company_created: bool


@transaction.atomic
def create_recruiter(
    *, username: str, company_name: str, email: str = "", password: str | None = None
) -> RecruiterOutcome:
    """A staff user in the Recruiters group who manages `company_name` (created if absent).

    An existing user is added to the group and the company; their password changes only when
    one is given. A new user needs a password, checked by the password validators.
    """
    groups = setup_roles()
    company_existed = Company.objects.filter(name__iexact=" ".join(company_name.split())).exists()
    company = get_or_create_company(name=company_name)
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    user_created = user is None
    if user_created:
        if not password:
            raise ValueError("a new recruiter needs a password")
        user = user_model(username=username, email=email)
    elif email:
        user.email = email
    if password:
        validate_password(password, user=user)
        user.set_password(password)
    user.is_staff = True
    user.is_active = True
    user.full_clean(exclude=["password"])
    user.save()
    user.groups.add(groups[RECRUITERS])
    company.recruiters.add(user)
    return RecruiterOutcome(
        user=user, company=company, user_created=user_created, company_created=not company_existed
    )
