"""The admin's "Import postings" page: upload, preview (a dry run), confirm.

Uploaded files wait in a staging folder between preview and confirmation, under an unguessable
token bound to the uploading user; confirming imports exactly the previewed bytes with the same
as-of moment, through the same service as `manage.py import_postings`.
"""

from __future__ import annotations

import json
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from .models import Posting
from .services import DocumentOutcome
from .templatetags.postings import pay_as_written

STAGING_MAX_AGE_SECONDS = 24 * 60 * 60
_TOKEN_BYTES = 24


def staging_root() -> Path:
    default = Path(tempfile.gettempdir()) / "internboard-imports"
    return Path(getattr(settings, "IMPORT_STAGING_DIR", default))


@dataclass
class StagedFile:
    name: str
    path: Path

    def read(self) -> bytes:
        return self.path.read_bytes()


@dataclass
class StagedImport:
    token: str
    user_id: int
    format: str
    as_of: datetime
    files: list[StagedFile]


def stage_uploads(
    *, files: list[UploadedFile], user_id: int, format: str, as_of: datetime
) -> StagedImport:
    _discard_stale()
    token = secrets.token_urlsafe(_TOKEN_BYTES)
    folder = staging_root() / token
    folder.mkdir(parents=True, mode=0o700)
    staged = []
    for index, upload in enumerate(files):
        # Stored under a number: the uploaded name is only ever a label, never a path.
        path = folder / f"{index:03d}"
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        staged.append(StagedFile(name=Path(upload.name or f"upload-{index}").name, path=path))
    manifest = {
        "user_id": user_id,
        "format": format,
        "as_of": as_of.isoformat(),
        "names": [file.name for file in staged],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return StagedImport(token=token, user_id=user_id, format=format, as_of=as_of, files=staged)


def load_staged(*, token: str, user_id: int) -> StagedImport | None:
    """The staged upload with this token, if it exists and belongs to this user."""
    if not token or not token.replace("-", "").replace("_", "").isalnum() or len(token) > 64:
        return None
    folder = staging_root() / token
    try:
        manifest = json.loads((folder / "manifest.json").read_text())
    except (OSError, ValueError):
        return None
    if manifest.get("user_id") != user_id:
        return None
    files = [
        StagedFile(name=name, path=folder / f"{index:03d}")
        for index, name in enumerate(manifest["names"])
    ]
    return StagedImport(
        token=token,
        user_id=user_id,
        format=manifest["format"],
        as_of=parse_datetime(manifest["as_of"]) or timezone.now(),
        files=files,
    )


def discard_staged(token: str) -> None:
    shutil.rmtree(staging_root() / token, ignore_errors=True)


def _discard_stale() -> None:
    root = staging_root()
    if not root.is_dir():
        return
    cutoff = time.time() - STAGING_MAX_AGE_SECONDS
    for folder in root.iterdir():
        try:
            if folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def preview_rows(outcome: DocumentOutcome) -> list[dict]:
    """The parsed fields of each posting a document would create, update or leave unchanged."""
    return [{"outcome": result, **posting_fields(posting)} for result, posting in outcome.postings]


def posting_fields(posting: Posting) -> dict:
    return {
        "title": posting.title,
        "company": posting.company.name,
        "locations": "; ".join(str(location) for location in posting.locations.all()),
        "types": ", ".join(posting.employment_type_labels),
        "arrangement": posting.get_work_arrangement_display(),
        "pay": pay_as_written(posting),
        "posted_on": posting.posted_on,
        "valid_through": posting.valid_through,
        "closed": posting.closed_at is not None,
        "apply_url": posting.apply_url,
    }
