"""Export postings as the project's JSON, schema.org JSON-LD or CSV."""

from __future__ import annotations

import json
from typing import IO

from django.core.management.base import BaseCommand, CommandParser

from postings.exports import postings_for_export, to_json, to_jsonld, write_csv


class Command(BaseCommand):
    help = "Write every posting to stdout or --output, as json (default), jsonld or csv."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["json", "jsonld", "csv"], default="json")
        parser.add_argument("--output", metavar="FILE", help="Write here instead of stdout.")

    def handle(self, *args, **options) -> None:
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8", newline="") as stream:
                self.export(stream, options["format"])
        else:
            self.stdout.ending = ""
            self.export(self.stdout, options["format"])

    def export(self, stream: IO[str], format: str) -> None:
        postings = postings_for_export()
        if format == "csv":
            write_csv(postings, stream)
            return
        serialise = to_json if format == "json" else to_jsonld
        # Streamed item by item so a large board never sits in memory as one list.
        stream.write("[")
        for index, posting in enumerate(postings):
            stream.write(",\n" if index else "\n")
            stream.write(json.dumps(serialise(posting), ensure_ascii=False))
        stream.write("\n]\n")
