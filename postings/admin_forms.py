"""Forms for the admin: the posting form's validation and the import upload."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import EmailValidator, URLValidator
from django.db import models

from .models import Posting, WorkArrangement

_http_url = URLValidator(schemes=["http", "https"])
_email = EmailValidator()
MAX_FILES = 20


def validate_apply_url(value: str) -> None:
    """Where students apply: an http(s) page or a mailto: address, never a script."""
    if urlsplit(value.strip()).scheme.lower() == "mailto":
        address = unquote(value.strip()[len("mailto:") :].split("?", 1)[0])
        try:
            _email(address)
        except ValidationError:
            raise ValidationError(
                "Enter a valid e-mail address after mailto:, e.g. mailto:jobs@example.com.",
                code="invalid_apply_url",
            ) from None
        return
    try:
        _http_url(value)
    except ValidationError:
        raise ValidationError(
            "The apply link must be a web address starting with http:// or https://, "
            "or an e-mail link starting with mailto:.",
            code="invalid_apply_url",
        ) from None


def https_url_fields(field: models.Field, **kwargs) -> forms.Field | None:
    """A web address typed without a scheme is https (Django 6's default), not http."""
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)


class PostingAdminForm(forms.ModelForm):
    # A URLField would refuse mailto: links; the model's validators are skipped for this field
    # (see _get_validation_exclusions) because validate_apply_url covers it.
    apply_url = forms.CharField(
        label="Apply URL",
        required=False,
        max_length=2000,
        validators=[validate_apply_url],
        widget=forms.URLInput(attrs={"class": "vURLField"}),
        help_text="http(s):// page or mailto: address where students apply.",
    )
    pay_min = forms.DecimalField(
        required=False, min_value=0, max_digits=12, decimal_places=2, label="Pay min"
    )
    pay_max = forms.DecimalField(
        required=False, min_value=0, max_digits=12, decimal_places=2, label="Pay max"
    )

    class Meta:
        model = Posting
        fields = "__all__"  # noqa: DJ007 - the admin's fieldsets choose the fields shown
        formfield_callback = https_url_fields

    def clean(self) -> dict:
        cleaned = super().clean()
        arrangement = cleaned.get("work_arrangement")
        locations = cleaned.get("locations")
        if (
            "locations" in self.fields
            and arrangement != WorkArrangement.REMOTE
            and not self.has_error("locations")
            and not locations
        ):
            self.add_error(
                "locations",
                "Add at least one location, or set the work arrangement to Remote.",
            )
        return cleaned

    def _get_validation_exclusions(self):
        exclusions = super()._get_validation_exclusions()
        exclusions.add("apply_url")
        return exclusions


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        # An empty file is the importer's to report, alongside the other files' results.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None) -> list[UploadedFile]:
        files = data if isinstance(data, list | tuple) else [data]
        files = [file for file in files if file]
        if not files:
            raise ValidationError("Choose at least one file.", code="required")
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


class ImportUploadForm(forms.Form):
    files = MultipleFileField(
        label="Files",
        help_text=(
            "Raw job pages (.txt), HTML pages, JSON or JSON-LD, CSV. "
            f"Up to {MAX_FILES} files of at most {settings.IMPORT_MAX_BYTES // (1024 * 1024)} MB."
        ),
    )
    format = forms.ChoiceField(
        choices=[
            ("auto", "Recognise from the content"),
            ("text", "Raw text page"),
            ("html", "HTML page"),
            ("jsonld", "schema.org JSON-LD"),
            ("json", "JSON"),
            ("csv", "CSV"),
        ],
        initial="auto",
    )
    as_of = forms.DateTimeField(
        label="As of",
        required=False,
        help_text="The moment relative dates (“posted 3 days ago”) count from. Default: now.",
        widget=forms.DateTimeInput(attrs={"placeholder": "YYYY-MM-DD HH:MM"}),
    )

    def clean_files(self) -> list[UploadedFile]:
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise ValidationError(f"Upload at most {MAX_FILES} files at a time.")
        limit = settings.IMPORT_MAX_BYTES
        too_big = [file for file in files if file.size > limit]
        if too_big:
            raise ValidationError(
                [
                    f"{file.name} is {file.size / 1024 / 1024:.1f} MB; files are limited to "
                    f"{limit / 1024 / 1024:.0f} MB."
                    for file in too_big
                ]
            )
        return files
