"""Form widgets that render in Python.

Django renders every <option> through a template of its own, after building a dict of
attributes for it: the country and currency lists alone were hundreds of template renders on
every list page.
"""

from __future__ import annotations

from html import escape

from django import forms
from django.forms.utils import flatatt
from django.utils.safestring import SafeString, mark_safe


class QuickSelect(forms.Select):
    """A single-choice <select> with flat choices, rendered in one pass over them."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        selected = self.format_value(value)
        options = "".join(
            f'<option value="{escape(str(key))}"{" selected" if str(key) in selected else ""}>'
            f"{escape(str(label))}</option>"
            for key, label in self.choices
        )
        final_attrs = flatatt(self.build_attrs(self.attrs, attrs))
        return mark_safe(f'<select name="{escape(name)}"{final_attrs}>{options}</select>')
