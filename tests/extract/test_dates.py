from datetime import date, datetime

import pytest

from postings.extract.dates import closing_date, is_closing_line, parse_date, slashed_dates

AS_OF = datetime(2026, 11, 20, 9, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 2, 2025", date(2025, 4, 2)),
        ("July  2, 2026", date(2026, 7, 2)),
        ("Sept. 5, 2025", date(2025, 9, 5)),
        ("Posted on Dec 1st, 2025", date(2025, 12, 1)),
        ("2025-04-02", date(2025, 4, 2)),
        ("2025-04-02T10:00:00Z", date(2025, 4, 2)),
        ("Posted on 04/02/2025", date(2025, 4, 2)),
        ("25/12/2025", date(2025, 12, 25)),
        ("Posted 7 months ago", date(2026, 4, 20)),
        ("10 hours ago", date(2026, 11, 19)),
        ("Amazon · 10 hours ago", date(2026, 11, 19)),
        ("2d ago", date(2026, 11, 18)),
        ("Posted 1d ago", date(2026, 11, 19)),
        ("3w ago", date(2026, 10, 30)),
        ("2mo ago", date(2026, 9, 20)),
        ("30+ days ago", date(2026, 10, 21)),
        ("an hour ago", date(2026, 11, 20)),
        ("a year ago", date(2025, 11, 20)),
        ("today", date(2026, 11, 20)),
        ("Just now", date(2026, 11, 20)),
        ("Just posted", date(2026, 11, 20)),
        ("yesterday", date(2026, 11, 19)),
        ("Posted: yesterday", date(2026, 11, 19)),
    ],
)
def test_parse_date_english(text, expected):
    assert parse_date(text, as_of=AS_OF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02.04.2025", date(2025, 4, 2)),
        ("2. April 2025", date(2025, 4, 2)),
        ("12. Dezember 2025", date(2025, 12, 12)),
        ("3. März 2026", date(2026, 3, 3)),
        ("vor 3 Tagen", date(2026, 11, 17)),
        ("Veröffentlicht vor 2 Wochen", date(2026, 11, 6)),
        ("vor einem Monat", date(2026, 10, 20)),
        ("vor 1 Jahr", date(2025, 11, 20)),
        ("heute", date(2026, 11, 20)),
        ("gestern", date(2026, 11, 19)),
    ],
)
def test_parse_date_german(text, expected):
    assert parse_date(text, as_of=AS_OF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 avril 2025", date(2025, 4, 2)),
        ("1er mars 2026", date(2026, 3, 1)),
        ("3 février 2026", date(2026, 2, 3)),
        ("il y a 3 jours", date(2026, 11, 17)),
        ("Publiée il y a 2 semaines", date(2026, 11, 6)),
        ("il y a un mois", date(2026, 10, 20)),
        ("il y a 1 an", date(2025, 11, 20)),
        ("aujourd'hui", date(2026, 11, 20)),
        ("hier", date(2026, 11, 19)),
    ],
)
def test_parse_date_french(text, expected):
    assert parse_date(text, as_of=AS_OF) == expected


def test_a_date_without_year_is_the_latest_before_as_of():
    assert parse_date("Mar 3", as_of=AS_OF) == date(2026, 3, 3)
    assert parse_date("Dec 3", as_of=AS_OF) == date(2025, 12, 3)
    assert parse_date("20 Nov", as_of=AS_OF) == date(2026, 11, 20)
    assert parse_date("29 Feb", as_of=AS_OF) == date(2024, 2, 29)
    assert parse_date("5 janvier", as_of=AS_OF) == date(2026, 1, 5)


@pytest.mark.parametrize(
    "text",
    [
        "This role has expired",
        "2023 Applied Science Internship",
        "Apply today!",
        "We may 5 times a year travel to offsites with the whole company of engineers",
        "Feb 30, 2025",
        "in 2 months",
        "May 2025",
        "",
    ],
)
def test_what_is_not_a_date(text):
    assert parse_date(text, as_of=AS_OF) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apply by: March 3, 2027", date(2027, 3, 3)),
        ("Closing date 15/01/2027", date(2027, 1, 15)),
        ("Application deadline: 2027-02-01", date(2027, 2, 1)),
        ("Bewerbungsschluss: 15.01.2027", date(2027, 1, 15)),
        ("Bewerbungsfrist bis 31. Januar 2027", date(2027, 1, 31)),
        ("Date limite de candidature : 2 janvier 2027", date(2027, 1, 2)),
        ("Candidatures jusqu'au 10 décembre 2026", date(2026, 12, 10)),
    ],
)
def test_closing_date(text, expected):
    assert closing_date(f"Some text.\n{text}\nMore text.", as_of=AS_OF) == expected


def test_no_closing_date_without_a_label():
    assert closing_date("Posted April 2, 2025. Start in May.", as_of=AS_OF) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publicada hace 3 días", date(2026, 11, 17)),
        ("hace una semana", date(2026, 11, 13)),
        ("15 de enero de 2027", date(2027, 1, 15)),
        ("ayer", date(2026, 11, 19)),
        ("Pubblicato 3 giorni fa", date(2026, 11, 17)),
        ("12 gennaio 2027", date(2027, 1, 12)),
        ("oggi", date(2026, 11, 20)),
        ("2 dagen geleden", date(2026, 11, 18)),
        ("3 maart 2027", date(2027, 3, 3)),
        ("gisteren", date(2026, 11, 19)),
    ],
)
def test_parse_date_spanish_italian_dutch(text, expected):
    assert parse_date(text, as_of=AS_OF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last date to apply: 15 December 2026", date(2026, 12, 15)),
        ("Closing on 12 Dec 2026", date(2026, 12, 12)),
        ("Apply before 1 March 2027", date(2027, 3, 1)),
        ("Applications are due by January 31, 2027", date(2027, 1, 31)),
    ],
)
def test_more_closing_labels(text, expected):
    assert closing_date(text, as_of=AS_OF) == expected


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("Posted on: 04/11/2026", True, date(2026, 11, 4)),
        ("Posted on: 04/11/2026", False, date(2026, 4, 11)),
        ("25/12/2025", False, date(2025, 12, 25)),
        ("12/25/2025", True, date(2025, 12, 25)),
    ],
)
def test_slashed_dates_follow_the_order_the_page_writes(text, day_first, expected):
    with slashed_dates(day_first=day_first):
        assert parse_date(text, as_of=AS_OF) == expected


def test_slashed_dates_are_month_first_outside_a_page():
    with slashed_dates(day_first=True):
        pass
    assert parse_date("04/11/2026", as_of=AS_OF) == date(2026, 4, 11)


@pytest.mark.parametrize(
    "text", ["Annoncé jusqu'au : 20 décembre 2026", "Affichée jusqu’au 20 décembre 2026"]
)
def test_closing_date_of_canadian_french_postings(text):
    assert closing_date(f"Some text.\n{text}\nMore text.", as_of=AS_OF) == date(2026, 12, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3d", date(2026, 11, 17)), ("24h", date(2026, 11, 19)), ("30d+", date(2026, 10, 21))],
)
def test_a_result_cards_bare_age(text, expected):
    assert parse_date(text, as_of=AS_OF) == expected


def test_a_bare_age_inside_text_is_no_date():
    assert parse_date("Support 24h a day", as_of=AS_OF) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dodano 2 dni temu", date(2026, 11, 18)),
        ("Opublikowano 3 tygodnie temu", date(2026, 10, 30)),
        ("15 grudnia 2026", date(2026, 12, 15)),
        ("Publicada há 3 dias", date(2026, 11, 17)),
        ("Geplaatst op 15-11-2026", date(2026, 11, 15)),
    ],
)
def test_parse_date_polish_portuguese_and_dashed(text, expected):
    assert parse_date(text, as_of=AS_OF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reageren kan tot en met 15 december 2026", date(2026, 12, 15)),
        ("Sluitingsdatum: 15-12-2026", date(2026, 12, 15)),
        ("Termin składania aplikacji: 15.12.2026", date(2026, 12, 15)),
        ("Wygasa za 28 dni", date(2026, 12, 18)),
        ("Expires in 5 days", date(2026, 11, 25)),
    ],
)
def test_dutch_and_polish_closing_dates_and_expiry_counted_forward(text, expected):
    assert closing_date(text, as_of=AS_OF) == expected
    assert is_closing_line(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A deadline without a year is still to come; a posting date without one has passed.
        ("Application deadline: December 11", date(2026, 12, 11)),
        ("Apply by March 3", date(2027, 3, 3)),
        ("Applications close December 15. We review applications on a rolling basis.",
         date(2026, 12, 15)),
        ("We will close on December 11 or when filled", date(2026, 12, 11)),
        # Deadlines inside a sentence.
        ("We look forward to receiving your online application by 31 January 2027.",
         date(2027, 1, 31)),
        ("Please submit your application no later than December 15, 2026.", date(2026, 12, 15)),
    ],
)  # fmt: skip
def test_deadlines_without_a_year_and_inside_sentences(text, expected):
    assert closing_date(text, as_of=AS_OF) == expected


def test_a_posting_date_without_a_year_has_passed():
    assert parse_date("Posted Dec 11", as_of=AS_OF) == date(2025, 12, 11)
    assert (
        closing_date("Applications received by email are answered within a week.", as_of=AS_OF)
        is None
    )


def test_year_first_slashed_dates_and_swiss_deadlines():
    assert parse_date("Posted on 2026/11/02", as_of=AS_OF) == date(2026, 11, 2)
    assert closing_date("Délai de postulation : 6 décembre 2026", as_of=AS_OF) == date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hoje", date(2026, 11, 20)),
        ("Ontem", date(2026, 11, 19)),
        ("wczoraj", date(2026, 11, 19)),
        ("Přidáno 16. listopadu 2026", date(2026, 11, 16)),
    ],
)
def test_portuguese_polish_and_czech_days(text, expected):
    assert parse_date(text, as_of=AS_OF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ważna jeszcze 20 dni", date(2026, 12, 10)),
        ("Sista ansökningsdag: 15 december 2026", date(2026, 12, 15)),
        ("Closing: 5pm AEDT, 8 December 2026", date(2026, 12, 8)),
    ],
)
def test_polish_swedish_and_bare_closing_labels(text, expected):
    assert closing_date(text, as_of=AS_OF) == expected


def test_the_calendar_date_beside_an_age_is_the_exact_one():
    assert parse_date("3 weeks ago(10/29/2026 4:12 PM)", as_of=AS_OF) == date(2026, 10, 29)
    assert parse_date("2 days ago (Nov 18, 2026)", as_of=AS_OF) == date(2026, 11, 18)
    assert parse_date("Posted 2 days ago", as_of=AS_OF) == date(2026, 11, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unposting Date: Dec 4, 2026, 11:59:00 PM", date(2026, 12, 4)),
        ("Job Posting End Date: 12/15/2026", date(2026, 12, 15)),
    ],
)
def test_taleo_and_workday_end_dates_close_the_posting(text, expected):
    assert closing_date(text, as_of=AS_OF) == expected
    assert is_closing_line(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publicada hace 4d", date(2026, 11, 16)),
        ("Hace 1d", date(2026, 11, 19)),
        ("il y a 2j", date(2026, 11, 18)),
        ("hace una semana", date(2026, 11, 13)),
    ],
)
def test_short_ages_after_hace_and_il_y_a(text, expected):
    assert parse_date(text, as_of=AS_OF) == expected


def test_closing_in_a_count_of_days_and_closes_before_a_date():
    assert closing_date("Closing in 21 days", as_of=AS_OF) == date(2026, 12, 11)
    assert closing_date("Closes 28 Nov 2026", as_of=AS_OF) == date(2026, 11, 28)
    # A stated date is exact; the rounded count beside it is not.
    text = "Applications close 28 Feb 2027\nClosing in 3 months"
    assert closing_date(text, as_of=AS_OF) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will accept applications for the role until December 15, 2026.", date(2026, 12, 15)),
        ("Bewerben Sie sich bis zum 15.12.2026", date(2026, 12, 15)),
        ("Solliciteer vóór 8 januari 2027", date(2027, 1, 8)),
    ],
)
def test_deadlines_said_in_a_sentence(text, expected):
    assert closing_date(text, as_of=AS_OF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publicerad: 3 dagar sedan", date(2026, 11, 17)),
        ("for 2 uger siden", date(2026, 11, 6)),
        ("Publicerad: igår", date(2026, 11, 19)),
        ("i dag", date(2026, 11, 20)),
        ("17 maj 2026", date(2026, 5, 17)),
        ("3 augusti 2026", date(2026, 8, 3)),
    ],
)
def test_parse_date_swedish_danish_norwegian(text, expected):
    assert parse_date(text, as_of=AS_OF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Closing 29 Nov 2026", date(2026, 11, 29)),
        ("Ansök senast: 15 januari 2027 (om 56 dagar)", date(2027, 1, 15)),
        ("Ansøgningsfrist: 4. december 2026", date(2026, 12, 4)),
        ("Søknadsfrist: 15. desember 2026", date(2026, 12, 15)),
    ],
)
def test_closing_labels_of_prosple_and_scandinavian_boards(text, expected):
    assert closing_date(text, as_of=AS_OF) == expected


def test_a_few_hours_ago_and_an_application_by_a_date():
    assert parse_date("Few Hours Ago", as_of=AS_OF) == date(2026, 11, 20)
    text = "Wir freuen uns auf Ihre Bewerbung bis 10.12.2026 über unser Online-Portal."
    assert closing_date(text, as_of=AS_OF) == date(2026, 12, 10)


def test_more_than_a_count_of_days_ago():
    assert parse_date("Publiée il y a plus de 30 jours", as_of=AS_OF) == date(2026, 10, 21)


def test_a_count_of_days_left_to_apply():
    text = "End Date: January 31, 2027 (72 days left to apply)"
    assert closing_date(text, as_of=AS_OF) == date(2027, 1, 31)


def test_the_date_beside_a_rounded_count_of_days_left_wins():
    text = "End Date: December 19, 2026 (30+ days left to apply)"
    assert closing_date(text, as_of=AS_OF) == date(2026, 12, 19)
    assert closing_date("Only 12 days left to apply", as_of=AS_OF) == date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diperbarui 2 hari yang lalu", date(2026, 11, 18)),
        ("5 minggu yang lalu", date(2026, 10, 16)),
        ("3日前", date(2026, 11, 17)),
        ("2週間前", date(2026, 11, 6)),
        ("3일 전", date(2026, 11, 17)),
        ("1개월 전", date(2026, 10, 20)),
    ],
)
def test_ages_in_indonesian_japanese_and_korean(text, expected):
    assert parse_date(text, as_of=AS_OF) == expected


def test_a_past_last_application_date_is_the_closing_date():
    text = "Last application date was 2 November 2026"
    assert closing_date(text, as_of=AS_OF) == date(2026, 11, 2)


@pytest.mark.parametrize(
    "text", ["Publiée à l'instant", "Heute geschaltet", "Gerade geschaltet", "Agora mesmo"]
)
def test_just_posted_in_other_languages_is_today(text):
    assert parse_date(text, as_of=AS_OF) == date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reageer vóór 15 januari 2027. Gesprekken vinden plaats daarna.", date(2027, 1, 15)),
        ("Solliciteer uiterlijk voor 3 december 2026", date(2026, 12, 3)),
    ],
)
def test_dutch_respond_before_dates_close_applications(text, expected):
    assert closing_date(text, as_of=AS_OF) == expected
