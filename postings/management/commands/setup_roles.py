"""Create or reset the Recruiters and Editors groups and their permissions (idempotent)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from postings.roles import ROLE_PERMISSIONS, setup_roles


class Command(BaseCommand):
    help = "Create or reset the Recruiters and Editors groups with their admin permissions."

    def handle(self, *args, **options) -> None:
        for name, group in setup_roles().items():
            models = ", ".join(
                f"{model} ({'/'.join(actions)})"
                for model, actions in ROLE_PERMISSIONS[name].items()
            )
            self.stdout.write(f"{name}: {group.permissions.count()} permissions — {models}")
