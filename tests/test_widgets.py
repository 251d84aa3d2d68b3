from postings.widgets import QuickSelect


def test_quick_select_renders_like_a_select_and_escapes():
    widget = QuickSelect(choices=[("", "Any"), ("AU", "Australia"), ("X&Y", "<b>Bold</b>")])
    html = widget.render("country", "AU", attrs={"id": "id_country", "disabled": True})
    assert html.startswith('<select name="country" id="id_country" disabled>')
    assert '<option value="AU" selected>Australia</option>' in html
    assert '<option value="">Any</option>' in html
    assert '<option value="X&amp;Y">&lt;b&gt;Bold&lt;/b&gt;</option>' in html
    assert html.count(" selected") == 1


def test_quick_select_without_a_value_selects_nothing():
    html = QuickSelect(choices=[("a", "A"), ("b", "B")]).render("sort", None)
    assert " selected" not in html
