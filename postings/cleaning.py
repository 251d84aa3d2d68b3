"""Text hygiene shared by writes (imported names) and reads (search input)."""

import re

# C0 and C1 control characters other than tab and newline.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def single_line(text: str) -> str:
    """One clean line: control characters break feeds (XML 1.0), calendars and terminals."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", text).split())
