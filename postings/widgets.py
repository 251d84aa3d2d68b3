"""Form widgets that render in Python.

Django renders every widget through a template of its own (and every <option> or checkbox of a
choice widget through another), after building a dict of attributes for it: the list page's
filter form was hundreds of template renders, a third of the page's rendering time. These
render the same markup in one pass; every value is escaped here.
"""

from __future__ import annotations

from html import escape
from typing import ClassVar

from django import forms
from django.utils.safestring import SafeString, mark_safe


def _attributes(attrs: dict) -> str:
    """' id="id_q" required' as Django's flatatt writes them (True alone, False and None left
    out), without its format_html_join: a fifth of the widgets' time."""
    return "".join(
        f" {name}" if value is True else f' {name}="{escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False and value is not None
    )


class QuickSelect(forms.Select):
    """A single-choice <select> with flat choices, rendered in one pass over them.

    The options of a choice list that never changes (the countries and currencies that
    django-filter's fields take from a callable returning a module constant) are escaped once
    per process: iterating and escaping hundreds of them was a tenth of the list page's time.
    """

    # id of the constant choice list -> (that list, empty label, null label, its options)
    _constant_options: ClassVar[dict[int, tuple]] = {}

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        selected = {escape(str(v)) for v in self.format_value(value)}
        options = self._options().with_selected(selected)
        final_attrs = _attributes(self.build_attrs(self.attrs, attrs))
        return mark_safe(f'<select name="{escape(name)}"{final_attrs}>{options}</select>')

    def _options(self) -> _Options:
        source = getattr(self.choices, "choices", None)  # django-filter wraps the field's choices
        field = getattr(self.choices, "field", None)
        if callable(source):
            source = source()
        if field is None or not isinstance(source, list | tuple):
            return _Options(self.choices)
        labels = (field.empty_label, field.null_label)
        kept = self._constant_options.get(id(source))
        # The list itself is kept, so its id cannot be reused by another list.
        if kept is None or kept[0] is not source or kept[1] != labels:
            kept = (source, labels, _Options(self.choices))
            self._constant_options[id(source)] = kept
        return kept[2]


class _Options:
    """A choice list's <option> markup, written once; a selection only inserts " selected"."""

    def __init__(self, choices) -> None:
        parts, self.ends = [], {}
        length = 0
        for key, label in choices:
            # The value is escaped as the selection is, so the two compare.
            value = escape(str(key))
            opening = f'<option value="{value}"'
            self.ends.setdefault(value, length + len(opening))
            part = f"{opening}>{escape(str(label))}</option>"
            parts.append(part)
            length += len(part)
        self.markup = "".join(parts)

    def with_selected(self, selected: set[str]) -> str:
        ends = sorted(self.ends[value] for value in selected if value in self.ends)
        if not ends:
            return self.markup
        pieces, start = [], 0
        for end in ends:
            pieces.extend((self.markup[start:end], " selected"))
            start = end
        pieces.append(self.markup[start:])
        return "".join(pieces)


class _QuickInput:
    """Renders `<input>` as Django's input.html does: type, name, value, then the attributes."""

    input_type: str

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        final_attrs = self._final_attrs(value, attrs)
        shown = self.format_value(value)
        value_attr = "" if shown is None else f' value="{escape(str(shown))}"'
        return mark_safe(
            f'<input type="{self.input_type}" name="{escape(name)}"{value_attr}{_attributes(final_attrs)}>'
        )

    def _final_attrs(self, value, attrs) -> dict:
        return self.build_attrs(self.attrs, attrs)


class QuickTextInput(_QuickInput, forms.TextInput):
    pass


class QuickNumberInput(_QuickInput, forms.NumberInput):
    pass


class QuickCheckboxInput(_QuickInput, forms.CheckboxInput):
    def _final_attrs(self, value, attrs) -> dict:
        final_attrs = self.build_attrs(self.attrs, attrs)
        if self.check_test(value):
            final_attrs["checked"] = True
        return final_attrs


class QuickCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes for flat choices, each inside its label: `<label class="choice" for=…><input
    type="checkbox" …> Label</label>`, with the ids Django gives them (`id_type_0`, …)."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        selected = set(self.format_value(value))
        base_id = self.build_attrs(self.attrs, attrs).get("id")
        boxes = []
        for index, (key, label) in enumerate(self.choices):
            key = str(key)
            id_attr = ""
            if base_id:
                option_id = escape(self.id_for_label(base_id, index))
                id_attr = f' id="{option_id}"'
                label_for = f' for="{option_id}"'
            else:
                label_for = ""
            checked = " checked" if key in selected else ""
            boxes.append(
                f'<label class="choice"{label_for}><input type="checkbox" name="{escape(name)}"'
                f' value="{escape(key)}"{id_attr}{checked}> {escape(str(label))}</label>'
            )
        return mark_safe("".join(boxes))
