"""Create (or update) a recruiter: a staff user in the Recruiters group who manages one company."""

from __future__ import annotations

import getpass
import os
import sys

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from postings.roles import create_recruiter

PASSWORD_VARIABLE = "DJANGO_RECRUITER_PASSWORD"


class Command(BaseCommand):
    help = (
        "Create a recruiter who manages a company's postings in the admin; the company is "
        f"created if absent. The password comes from {PASSWORD_VARIABLE} or a prompt."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--company", required=True, metavar="NAME")
        parser.add_argument("--email", default="", metavar="E")

    def handle(self, *args, **options) -> None:
        username = options["username"]
        password = os.environ.get(PASSWORD_VARIABLE) or None
        if password is None and not get_user_model().objects.filter(username=username).exists():
            password = self._prompt()  # a new user needs one; an existing one keeps theirs
        outcome = self._create(username, options, password)
        user, company = outcome.user, outcome.company
        made = "Created" if outcome.user_created else "Updated"
        self.stdout.write(self.style.SUCCESS(f"{made} recruiter {user.username} for {company}."))
        if outcome.company_created:
            self.stdout.write(f"Created company {company} (slug {company.slug}).")

    def _create(self, username: str, options: dict, password: str | None):
        try:
            return create_recruiter(
                username=username,
                company_name=options["company"],
                email=options["email"],
                password=password,
            )
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error

    def _prompt(self) -> str:
        if not sys.stdin.isatty():
            raise CommandError(
                f"{PASSWORD_VARIABLE} is not set and there is no terminal to ask for a password."
            )
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The passwords did not match.")
        if not password:
            raise CommandError("The password may not be empty.")
        return password
