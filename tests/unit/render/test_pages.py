"""The reader's page for a record (app/render/pages.py), as a counsellor reads it.

Plain records made here, no store: each test says what a page must show — where the text
comes from, how old it is, that a reference is no longer in force — and that nothing a
record holds can become markup.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.records import Record
from app.render.pages import PageLabels, is_superseded, render_page
from tests.unit.render.visible import visible_text as text_of


def english_words(**changed: Any) -> PageLabels:
    return PageLabels.in_language("en")._replace(**changed)


TITLES = {("term", "deserter"): "deserter", ("term", "draft-evader"): "draft evader",
          ("section", "dublin"): "Dublin transfers", ("section", "mobilisation"): "Mobilisation",
          ("law", "dublin-iii"): "Dublin III Regulation", ("law", "amr"): "Asylum and Migration Management Regulation",
          ("section", "root"): "The guidebook", ("section", "chapter"): "Chapter one"}


def title_of(kind: str, rid: str) -> str:
    return TITLES.get((kind, rid), f"?{kind}/{rid}")


def record(kind: str = "section", rid: str = "dublin", lang: str = "en", *, title: str = "Dublin transfers",
           html: str = "<p>Body text.</p>", source_section: str = "", as_of: str = "", fallback: bool = False,
           origin: str = "bundled", data: dict[str, Any] | None = None, **more: Any) -> Record:
    return Record(kind=kind, id=rid, lang=lang, title=title, aliases="", body="", html=html,
                  source_section=source_section, as_of=as_of, parent=None, ord=0, fallback=fallback,
                  origin=origin, data={**(data or {}), **more})


def test_title_and_every_stored_word_are_escaped() -> None:
    rec = record(title="<script>alert(1)</script>", source_section="<b>3.1</b>", as_of="<i>",
                 sources=["evil"], terms=['x"><img src=y>'])
    page = render_page(rec, title_of, sources={"evil": {"title": "<img src=z>", "publisher": "P", "date": "2024"}})
    assert "<script>" not in page and "<img" not in page and "<b>3.1" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="guide://term/x&#34;&gt;&lt;img src=y&gt;"' in page  # the quote cannot end the address


def test_a_section_links_its_terms_and_laws_and_cites_the_report() -> None:
    rec = record(source_section="3.2 Dublin procedure", as_of="2024-02-20", terms=["deserter", "draft-evader"],
                 laws=["dublin-iii"])
    page = render_page(rec, title_of)
    assert '<a href="guide://term/deserter">deserter</a>, <a href="guide://term/draft-evader">draft evader</a>' in page
    assert '<a href="guide://law/dublin-iii">Dublin III Regulation</a>' in page
    text = text_of(page)
    assert "Terms in this section: deserter, draft evader" in text
    assert "Source in the report: “3.2 Dublin procedure”" in text
    assert "As of 2024-02-20" in text


def test_the_footer_quotes_and_dates_in_the_readers_language() -> None:
    rec = record(lang="ru", title="Дублин", source_section="3.2 Dublin-Verfahren", as_of="2026-07-01",
                 source_gloss="Дублинская процедура")
    text = text_of(render_page(rec, title_of, PageLabels.in_language("ru")))
    assert "Раздел(ы) доклада: «3.2 Dublin-Verfahren» («Дублинская процедура»)" in text
    assert "По состоянию на 01.07.2026" in text


def test_extra_sources_are_listed_but_not_the_report_itself() -> None:
    sources = {"report": {"title": "The report", "publisher": "Connection e.V.", "date": "2024-02-20"},
               "eu-2024": {"title": "Regulation (EU) 2024/1351", "publisher": "EU", "date": "2024-05-22"},
               "undated": {"title": "A note"}}
    rec = record(sources=["report", "eu-2024", "undated", "unknown-id"])
    text = text_of(render_page(rec, title_of, sources=sources))
    assert "Sources: Regulation (EU) 2024/1351 (EU, 2024-05-22); A note" in text
    assert "The report" not in text


def test_breadcrumb_links_the_ancestors_not_the_page_itself() -> None:
    crumbs = [("root", "The guidebook"), ("chapter", "Chapter one"), ("dublin", "Dublin transfers")]
    page = render_page(record(), title_of, breadcrumb=crumbs)
    assert ('<p class="breadcrumb"><a href="guide://section/root">The guidebook</a> › '
            '<a href="guide://section/chapter">Chapter one</a></p>') in page
    assert "breadcrumb" not in render_page(record(), title_of, breadcrumb=crumbs[-1:])


def test_english_standing_in_for_a_translation_is_marked() -> None:
    page = render_page(record(lang="de", fallback=True), title_of, PageLabels.in_language("de"))
    assert '<p class="untranslated">Noch nicht übersetzt – der englische Text wird angezeigt.</p>' in page
    assert "untranslated" not in render_page(record(lang="de"), title_of)


def test_an_imported_page_says_it_is_unreviewed_and_which_report_it_is_from() -> None:
    rec = record(origin="import:abc", lang="de", document_title="Bericht 2026", publisher="Pro Asyl",
                 date="2026-03-01", file_name="bericht.pdf", as_of="2026-03-01")
    labels = PageLabels.in_language("en", edition="2026.11.2")
    page = render_page(rec, title_of, labels)
    text = text_of(page)
    assert "Imported report — not reviewed by the guidebook's editors." in text
    assert "From the imported report „Bericht 2026“ (Pro Asyl, 01.03.2026, file bericht.pdf)" in text
    assert "Guidebook edition" not in text  # the edition is the guidebook's, not the import's
    assert "Guidebook edition 2026.11.2" in text_of(render_page(record(), title_of, labels))
    russian = text_of(render_page(rec._replace(lang="ru"), title_of, PageLabels.in_language("ru")))
    assert "Из импортированного доклада «Bericht 2026» (Pro Asyl, 01.03.2026, файл bericht.pdf)" in russian


def law(**data: Any) -> Record:
    base = {"citation": "Regulation (EU) No 604/2013", "kind": "eu-regulation", "jurisdiction": "EU",
            "summary_html": "<p>Who decides.</p>", "relevance_html": "<p>Transfers.</p>"}
    return record("law", "dublin-iii", title="Dublin III Regulation", html="", data={**base, **data})


def test_a_law_page_shows_its_facts_with_the_kind_name_in_the_readers_language() -> None:
    rec = law(date="2013-06-26", valid_from="2014-01-01", cited_by=["dublin"])._replace(lang="de")
    text = text_of(render_page(rec, title_of, PageLabels.in_language("de")))
    assert "Bezeichnung | Regulation (EU) No 604/2013" in text
    assert "Art | EU-Verordnung" in text
    assert "Datum | 26.06.2013" in text
    assert "Geltung | in Kraft ab 01.01.2014" in text
    assert "Zusammenfassung\nWho decides." in text and "Warum das wichtig ist\nTransfers." in text
    assert "Behandelt in Abschnitt(en): Dublin transfers" in text
    english = text_of(render_page(rec, title_of))  # no labels: English
    assert "Kind | EU regulation" in english and "Validity | in force from 01.01.2014" in english
    # a kind the catalogue does not name reads as its id
    assert "Art | eu regulation" in text_of(render_page(rec, title_of, english_words(kind="Art", kind_names={})))


@pytest.mark.parametrize(("lang", "shown"),
                         [("ru", "Дата | 05.2022"), ("de", "Datum | 05.2022"), ("en", "Date | 2022-05")])
def test_a_month_without_a_day_is_written_as_the_other_dates_are(lang: str, shown: str) -> None:
    """The BMI's statement of May 2022 read «Дата 2022-05» among dotted dates (a counsellor's trial)."""
    rec = law(date="2022-05")._replace(lang=lang)
    assert shown in text_of(render_page(rec, title_of, PageLabels.in_language(lang)))


@pytest.mark.parametrize(("today", "flagged"), [("2026-06-30", False), ("2026-07-01", True), ("", False)])
def test_a_law_past_its_last_day_is_flagged_no_longer_in_force(today: str, flagged: bool) -> None:
    rec = law(valid_until="2026-06-30", superseded_by="amr")
    page = render_page(rec, title_of, PageLabels.in_language("en", today=today))
    assert is_superseded(rec, today) is flagged
    assert ('<p class="warning">⚠ No longer in force: </p>' in page) is flagged
    # the validity row says it either way, with the successor linked
    assert ('in force until 2026-06-30; replaced by '
            '<a href="guide://law/amr">Asylum and Migration Management Regulation</a>') in page


def test_a_validity_note_and_a_verify_note_are_shown() -> None:
    page = render_page(law(validity_note="Applies until the AMMR.", verify_note="Check the OJ."), title_of)
    assert '<p class="warning">⚠ Applies until the AMMR.</p>' in page
    assert '<p class="verify"><b>To verify:</b> Check the OJ.</p>' in page


def term(**data: Any) -> Record:
    return record("term", "deserter", title="deserter", html="<p>A soldier who leaves.</p>", **data)


def test_a_term_page_lists_equivalents_aliases_related_terms_and_where_it_is_discussed() -> None:
    rec = term(equivalents={"ru": "дезертир", "en": "deserter", "de": "Deserteur"},
               aliases={"en": ["AWOL"], "ru": ["самовольное оставление части"]},
               related=["draft-evader"], cited_by=["dublin", "mobilisation"], sections=["mobilisation"])
    text = text_of(render_page(rec, title_of))
    assert "A soldier who leaves." in text
    assert "In other languages\nEN | deserter\nDE | Deserteur\nRU | дезертир" in text  # always this order
    assert "Also searched as: AWOL, самовольное оставление части" in text
    assert "Related terms: draft evader" in text
    assert "Discussed in: Dublin transfers, Mobilisation" in text  # each section once


def test_a_term_naming_a_superseded_law_warns_with_its_successor() -> None:
    rec = term(valid_until="2026-06-30", superseded_by="amr")._replace(lang="ru")
    page = render_page(rec, title_of, PageLabels.in_language("en", today="2026-07-02"))
    assert ('<p class="warning">⚠ No longer in force (in force until 30.06.2026). Replaced by '
            '<a href="guide://law/amr">Asylum and Migration Management Regulation</a>.</p>') in page
    assert "warning" not in render_page(rec, title_of, PageLabels.in_language("en", today="2026-06-30"))


def test_a_bare_record_renders_without_optional_parts() -> None:
    page = render_page(record(html=""), title_of)
    assert page.startswith("<h1>Dublin transfers</h1>")
    assert text_of(page) == "Dublin transfers"


def test_words_are_shown_as_text_and_stored_html_is_kept() -> None:
    """Autoescape prints every word as text, once (no &amp;amp;); the HTML the store rendered
    from Markdown (raw HTML disabled) is kept as markup."""
    rec = law(summary_html="<p>Who <b>decides</b> &amp; how.</p>", relevance_html="<ul><li>Transfers</li></ul>",
              citation="Art. 3 <script>", verify_note="Q&A <script>x</script>", validity_note="Old & new",
              date="2013-06-26 <i>", cited_by=["dublin"])
    rec = rec._replace(title="<script>alert(1)</script> & co")
    page = render_page(rec, lambda kind, rid: "Dublin <b>& transfers</b>", english_words(summary="Summary & <more>"))
    assert "<script>" not in page and "<i>" not in page and "&amp;amp;" not in page
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h1>" in page
    assert "<h3>Summary &amp; &lt;more&gt;</h3><p>Who <b>decides</b> &amp; how.</p>" in page
    assert "<ul><li>Transfers</li></ul>" in page
    assert '<a href="guide://section/dublin">Dublin &lt;b&gt;&amp; transfers&lt;/b&gt;</a>' in page
    text = text_of(page)
    assert "Citation | Art. 3 <script>" in text and "Date | 2013-06-26 <i>" in text
    assert "⚠ Old & new" in text and "To verify: Q&A <script>x</script>" in text


def test_a_terms_words_and_an_imported_reports_facts_are_text() -> None:
    rec = term(equivalents={"ru": "<b>дезертир</b>"}, aliases={"en": ["A&B"]})._replace(
        html="<p>A <em>soldier</em>.</p>")
    page = render_page(rec, title_of)
    assert "<p>A <em>soldier</em>.</p>" in page
    assert "<td>RU</td><td>&lt;b&gt;дезертир&lt;/b&gt;</td>" in page and "A&amp;B" in page
    imported = record(origin="import:abc", html="<p>Kept &amp; shown.</p>", document_title="<script>R</script>",
                      file_name="a&b.pdf")
    page = render_page(imported, title_of)
    assert "<p>Kept &amp; shown.</p>" in page and "<script>" not in page
    assert "From the imported report “<script>R</script>” (file a&b.pdf)" in text_of(page)


def test_a_superseded_law_warns_and_links_the_law_that_replaced_it() -> None:
    rec = law(valid_from="2014-01-01", valid_until="2026-06-30", superseded_by="amr",
              validity_note="Applies until the AMMR.")._replace(lang="ru")
    page = render_page(rec, title_of, PageLabels.in_language("ru", today="2026-07-01"))
    text = text_of(page)
    assert text.index("⚠") < text.index("Реквизиты | Regulation (EU) No 604/2013")  # before the facts
    assert "⚠ Больше не действует: Applies until the AMMR." in text
    assert ('действует с 01.01.2014, последний день действия — 30.06.2026; заменяющий акт: <a href="guide://law/amr">'
            'Asylum and Migration Management Regulation</a></td>') in page
    # in force: the validity note alone, no "no longer in force", the successor still named
    current = render_page(rec, title_of, PageLabels.in_language("ru", today="2026-06-30"))
    assert "⚠ Applies until the AMMR." in text_of(current) and "Больше не действует" not in current
    assert '<a href="guide://law/amr">' in current


def test_a_superseded_term_without_a_successor_ends_its_warning_at_the_date() -> None:
    page = render_page(term(valid_until="2026-06-30"), title_of, PageLabels.in_language("en", today="2026-07-01"))
    assert '<p class="warning">⚠ No longer in force (in force until 2026-06-30).</p>' in page


def test_each_kind_of_page_keeps_its_parts_in_order() -> None:
    crumbs = [("root", "The guidebook"), ("dublin", "Dublin transfers")]
    section = record(source_section="3.2", as_of="2024-02-20", terms=["deserter"], laws=["dublin-iii"], fallback=True)
    assert text_of(render_page(section, title_of, english_words(edition="Edition 1"), crumbs)).split("\n") == [
        "The guidebook", "Dublin transfers", "Not yet translated — English text shown.", "Body text.",
        "Terms in this section: deserter", "Legal references in this section: Dublin III Regulation",
        "Source in the report: “3.2”", "As of 2024-02-20", "Edition 1"]
    rec = term(equivalents={"de": "Deserteur"}, aliases={"en": ["AWOL"]}, related=["draft-evader"],
               cited_by=["dublin"], valid_until="2026-06-30", superseded_by="amr")
    assert text_of(render_page(rec, title_of, PageLabels.in_language("en", today="2026-07-01"))).split("\n") == [
        "deserter", "⚠ No longer in force (in force until 2026-06-30). Replaced by "
        "Asylum and Migration Management Regulation.", "A soldier who leaves.", "In other languages", "DE | Deserteur",
        "Also searched as: AWOL", "Related terms: draft evader", "Discussed in: Dublin transfers"]
    rec = law(valid_until="2026-06-30", verify_note="Check.", cited_by=["dublin"])
    assert text_of(render_page(rec, title_of, PageLabels.in_language("en", today="2026-07-01"))).split("\n") == [
        "Dublin III Regulation", "⚠ No longer in force:",
        "Citation | Regulation (EU) No 604/2013", "Kind | EU regulation", "Jurisdiction | EU",
        "Validity | in force until 2026-06-30", "To verify: Check.", "Summary", "Who decides.",
        "Why it matters", "Transfers.", "Discussed in: Dublin transfers"]


def test_importing_the_page_renderer_does_not_load_jinja2() -> None:
    """The contents tree and the sheet import this module for `is_superseded` alone: Jinja2
    (and markupsafe) load when a page is first rendered."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys, app.render.pages\n"
            "print(sorted(m for m in sys.modules if m.startswith(('jinja2', 'markupsafe'))))")
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[3], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_start_page_is_read_back_only_while_nothing_it_is_made_from_has_changed() -> None:
    """The page the window opens on is kept in the cache folder (#19); a changed date (what is
    superseded), store, record or renderer must draw it afresh, never show the old copy."""
    from app.render.pages import render_start_page
    from app.userdata import cache

    rec = record(terms=["deserter"])
    labels = PageLabels.in_language("en", today="2026-06-30")
    first = render_start_page(rec, title_of, labels, None, dict, "v1|2026.1.0")
    assert first == render_page(rec, title_of, labels, None, {})
    saved = cache.file("start-page.json")
    saved.write_text(saved.read_text(encoding="utf-8").replace("Body text.", "Kept copy."), encoding="utf-8")
    asked: list[bool] = []
    # same inputs: the copy, without decoding the store's sources (~33 KB of JSON, #19)
    assert "Kept copy." in render_start_page(rec, title_of, labels, None, lambda: asked.append(True) or {},
                                             "v1|2026.1.0")
    assert not asked
    for changed in (dict(labels=PageLabels.in_language("en", today="2026-07-01")), dict(stamp="v2|2026.2.0"),
                    dict(rec=rec._replace(html="<p>Body text, revised.</p>")), dict(rec=rec._replace(title="Dublin")),
                    dict(crumbs=[("root", "The guidebook"), ("dublin", "Dublin transfers")])):
        page = render_start_page(changed.get("rec", rec), title_of, changed.get("labels", labels),
                                 changed.get("crumbs"), dict, changed.get("stamp", "v1|2026.1.0"))
        assert "Kept copy." not in page, changed
    saved.write_text("{not json", encoding="utf-8")  # a damaged copy: drawn afresh
    assert render_start_page(rec, title_of, labels, None, dict, "v1|2026.1.0") == first


def test_an_imported_start_page_is_never_kept_in_the_cache_folder() -> None:
    from app.render.pages import render_start_page
    from app.userdata import cache

    rec = record(rid="imported-report-1", origin="imported", document_title="A report")
    assert "A report" in render_start_page(rec, title_of, PageLabels.in_language("en"), None, dict, "v1")
    assert not (cache.file("start-page.json")).exists()


def test_two_copies_of_the_app_keep_their_own_start_page(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """An installed build and a portable copy used in turn must not replace each other's copy
    at every start (then neither would ever be read)."""
    from app import paths
    from app.userdata import cache

    first = cache.file("start-page.json")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "other-copy" / "resources")
    assert cache.file("start-page.json") != first and cache.file("start-page.json").parent == first.parent


def test_each_report_heading_is_quoted_alone_and_an_update_is_never_claimed_for_the_report() -> None:
    """Headings hold commas: one pair of quotation marks around all of them read as one heading;
    a section that is not in the report must not stand under "Source in the report" in quotes."""
    update = ["(not in the report — guidebook update)", "(нет в докладе — обновление справочника)"]
    rec = term(source_headings=[["Differences: desertion, draft evasion", "Различия: дезертирство, уклонение"],
                                update], lang="ru")
    text = text_of(render_page(rec, title_of, PageLabels.in_language("ru")))
    assert ("Раздел(ы) доклада: «Differences: desertion, draft evasion» («Различия: дезертирство, уклонение») "
            "(нет в докладе — обновление справочника)") in text
    only_update = term(source_headings=[[update[0], ""]], lang="en")
    line = next(ln for ln in text_of(render_page(only_update, title_of)).splitlines() if "not in the report" in ln)
    assert line == "(not in the report — guidebook update)"


def test_page_words_cannot_be_left_out() -> None:
    """A page's words are a tuple that must be given whole (PageLabels.in_language gives them):
    a page drawn with a heading nobody gave would show an empty heading."""
    with pytest.raises(TypeError):
        PageLabels()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        PageLabels(today="2026-07-01")  # type: ignore[call-arg]
