from html.parser import HTMLParser

import django_filters
import pytest
from django import forms

from postings.models import Posting
from postings.widgets import (
    QuickCheckboxes,
    QuickCheckboxInput,
    QuickNumberInput,
    QuickSelect,
    QuickTextInput,
)


def test_quick_select_renders_like_a_select_and_escapes():
    widget = QuickSelect(choices=[("", "Any"), ("AU", "Australia"), ("X&Y", "<b>Bold</b>")])
    html = widget.render("country", "AU", attrs={"id": "id_country", "disabled": True})
    assert html.startswith('<select name="country" id="id_country" disabled>')
    assert '<option value="AU" selected>Australia</option>' in html
    assert '<option value="">Any</option>' in html
    assert '<option value="X&amp;Y">&lt;b&gt;Bold&lt;/b&gt;</option>' in html
    assert html.count(" selected") == 1


def test_quick_select_selects_a_value_that_needs_escaping():
    html = QuickSelect(choices=[("X&Y", "Both"), ("Z", "Zed")]).render("pair", "X&Y")
    assert '<option value="X&amp;Y" selected>Both</option>' in html
    assert html.count(" selected") == 1


NO_POSTINGS = Posting.objects.none()
COUNTRIES = [("AU", "Australia"), ("DE", "Germany"), ("US", "United States")]


class _CountryFilter(django_filters.FilterSet):
    country = django_filters.ChoiceFilter(
        widget=QuickSelect, choices=lambda: COUNTRIES, empty_label="Any <country>"
    )


def test_quick_select_escapes_a_constant_choice_list_once_and_still_marks_each_selection():
    first = str(_CountryFilter({"country": "DE"}, queryset=NO_POSTINGS).form["country"])
    second = str(_CountryFilter({"country": "US"}, queryset=NO_POSTINGS).form["country"])
    assert '<option value="">Any &lt;country&gt;</option>' in first
    assert '<option value="DE" selected>Germany</option>' in first
    assert '<option value="US" selected>United States</option>' in second
    assert first.count(" selected") == second.count(" selected") == 1
    kept = QuickSelect._constant_options[id(COUNTRIES)]
    assert kept[0] is COUNTRIES
    # The kept options are the ones rendered again, not escaped anew.
    assert QuickSelect._constant_options[id(COUNTRIES)] is kept


def test_quick_select_renders_a_changed_choice_list_anew():
    choices = [("a", "A")]
    filterset = type(
        "Letters",
        (django_filters.FilterSet,),
        {"letter": django_filters.ChoiceFilter(widget=QuickSelect, choices=lambda: choices)},
    )
    assert '<option value="a">A</option>' in str(filterset({}, queryset=NO_POSTINGS).form["letter"])
    choices = [("b", "B")]
    html = str(filterset({}, queryset=NO_POSTINGS).form["letter"])
    assert '<option value="b">B</option>' in html
    assert 'value="a"' not in html


def test_quick_select_without_a_value_selects_nothing():
    html = QuickSelect(choices=[("a", "A"), ("b", "B")]).render("sort", None)
    assert " selected" not in html


class _Markup(HTMLParser):
    """Tags with their attributes as sets, and text: markup compared regardless of attribute order."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.items: list = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.items.append((tag, frozenset(attrs)))

    def handle_endtag(self, tag):
        self.items.append(("/" + tag,))

    def handle_data(self, data):
        if data.strip():
            self.items.append((data.strip(),))


def same_markup(left: str, right: str) -> bool:
    return _Markup(left).items == _Markup(right).items


@pytest.mark.parametrize("value", [None, "", "Seattle", '<a href="x">&amp;</a>'])
def test_quick_text_input_renders_what_django_renders(value):
    attrs = {"id": "id_city", "aria-describedby": "id_city_helptext"}
    stock = forms.TextInput(attrs={"maxlength": "120"}).render("city", value, attrs=attrs)
    quick = QuickTextInput(attrs={"maxlength": "120"}).render("city", value, attrs=attrs)
    assert same_markup(quick, stock)


@pytest.mark.parametrize("value", [None, 0, 12.5, "abc"])
def test_quick_number_input_renders_what_django_renders(value):
    attrs = {"id": "id_weeks", "min": 1, "step": "any", "required": True, "disabled": False}
    stock = forms.NumberInput().render("weeks", value, attrs=attrs)
    quick = QuickNumberInput().render("weeks", value, attrs=attrs)
    assert same_markup(quick, stock)


@pytest.mark.parametrize("value", [None, False, True, "on", ""])
def test_quick_checkbox_renders_what_django_renders(value):
    stock = forms.CheckboxInput().render("visa", value, attrs={"id": "id_visa"})
    quick = QuickCheckboxInput().render("visa", value, attrs={"id": "id_visa"})
    assert same_markup(quick, stock)
    assert ("checked" in quick) is QuickCheckboxInput().check_test(value)


def test_quick_checkboxes_render_each_choice_in_its_label_with_django_ids():
    widget = QuickCheckboxes(choices=[("internship", "Internship"), ("x&y", "<b>Both</b>")])
    html = widget.render("type", ["x&y"], attrs={"id": "id_type"})
    assert html == (
        '<label class="choice" for="id_type_0"><input type="checkbox" name="type"'
        ' value="internship" id="id_type_0"> Internship</label>'
        '<label class="choice" for="id_type_1"><input type="checkbox" name="type"'
        ' value="x&amp;y" id="id_type_1" checked> &lt;b&gt;Both&lt;/b&gt;</label>'
    )
    # The ids are the ones Django gives each checkbox, which labels elsewhere may point to.
    assert [widget.id_for_label("id_type", i) for i in range(2)] == ["id_type_0", "id_type_1"]


def test_quick_checkboxes_without_an_id_have_no_label_targets():
    html = QuickCheckboxes(choices=[("a", "A")]).render("type", None)
    assert " id=" not in html
    assert " for=" not in html


def test_quick_inputs_write_attributes_as_flatatt_would():
    html = QuickTextInput(attrs={"id": "id_q", "maxlength": 200}).render(
        "q", 'a "quote"', attrs={"required": True, "disabled": False, "placeholder": None}
    )
    assert (
        html
        == '<input type="text" name="q" value="a &quot;quote&quot;" id="id_q" maxlength="200" required>'
    )
