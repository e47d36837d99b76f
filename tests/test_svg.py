"""The SVG timeline: valid SVG 1.1, in one language, every window and meeting drawn.

Validity is checked against the W3C's SVG 1.1 (Second Edition) DTD, committed unmodified
under tests/svg11/ (see its README.md for where it comes from and its licence), with lxml.
"""

from __future__ import annotations

import datetime
import itertools
import re
from pathlib import Path

import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import maghreb_accord
import maghreb_accord.strategies as ms
from maghreb_accord import Agreement, LocaleError, ScheduleError, UnknownIdError, WindowStatus
from maghreb_accord._render.words import words
from maghreb_accord.cli import main
from maghreb_accord.export import to_html, to_svg
from maghreb_accord.export.svg import _CHARACTER_WIDTH, _WIDTH
from maghreb_accord.locales import LocaleLike, format_date
from tests.support import canonical_raw, load_raw

DTD_FILE = Path(__file__).resolve().parent / "svg11" / "svg11.dtd"
SVG = "{http://www.w3.org/2000/svg}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
AS_OF = datetime.date(2026, 1, 1)
BODIES = ("council-of-interior-ministers", "security-follow-up-committee")
LATIN = re.compile(r"[A-Za-zÀ-ÿŒœ]")
ARABIC = re.compile("[\u0600-\u06ff]")

# What a bold character is wide at most, as the drawing estimates it.
BOLD_WIDTH = 0.7

Element = etree._Element


@pytest.fixture(scope="module")
def dtd() -> etree.DTD:
    return etree.DTD(file=str(DTD_FILE))


def valid(text: str, dtd: etree.DTD) -> Element:
    """The parsed drawing, after checking it is well-formed and valid SVG 1.1."""
    root = etree.fromstring(text.encode("utf-8"))
    assert dtd.validate(root), dtd.error_log.filter_from_errors()
    return root


def embedded(page: str) -> list[str]:
    """The ``<svg>`` elements of an HTML page, as XML."""
    return re.findall(r"<svg .*?</svg>", page, flags=re.S)


def svg_of(accord: Agreement, locale: LocaleLike, dtd: etree.DTD) -> Element:
    return valid(to_svg(accord, locale, as_of=AS_OF), dtd)


def texts(root: Element) -> list[str]:
    """Every text a person reads or hears: drawn text, titles and the description."""
    return [
        "".join(node.itertext()) for node in root.iter(f"{SVG}text", f"{SVG}title", f"{SVG}desc")
    ]


def lanes(root: Element) -> list[Element]:
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == "lane"]


def marks(lane: Element, kind: str) -> list[Element]:
    return [e for e in lane if (e.get("class") or "").split()[:1] == [kind]]


def title(element: Element) -> str:
    found = element.find(f"{SVG}title")
    assert found is not None
    return found.text or ""


# --- validity ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "locale", ["fr", "ar", "ar_MA", "ar-DZ", "fr_MA", "en", Locale("ar", "TN")]
)
def test_every_locale_gives_valid_svg(
    accord: Agreement, locale: LocaleLike, dtd: etree.DTD
) -> None:
    root = svg_of(accord, locale, dtd)
    assert root.tag == f"{SVG}svg"
    assert root.get("version") == "1.1"


def test_the_default_day_gives_valid_svg_too(accord: Agreement, dtd: etree.DTD) -> None:
    valid(to_svg(accord), dtd)
    valid(to_svg(accord, "ar", bodies=["security-follow-up-committee"]), dtd)


@pytest.mark.parametrize("locale", ["both", "ar", "fr", "ar_MA"])
def test_the_timelines_in_the_html_export_are_valid_svg(
    accord: Agreement, locale: str, dtd: etree.DTD
) -> None:
    page = to_html(accord, locale, as_of=AS_OF)
    drawings = embedded(page)
    assert len(drawings) == (2 if locale == "both" else 1)
    for drawing in drawings:
        root = valid(drawing, dtd)
        assert root.get("width") is None  # it takes its container's width
    # Each language has its own pattern ids: two drawings in one page do not clash.
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_the_validator_rejects_what_is_not_svg_1_1(dtd: etree.DTD) -> None:
    bad = '<svg xmlns="http://www.w3.org/2000/svg"><rect role="img" x="0"/><foo/></svg>'
    root = etree.fromstring(bad.encode())
    assert not dtd.validate(root)
    messages = [error.message for error in dtd.error_log.filter_from_errors()]
    assert any("foo" in message for message in messages)
    assert any("role" in message for message in messages)


# --- language and direction --------------------------------------------------------------


@pytest.mark.parametrize("locale", ["ar", "ar_MA", "ar-DZ"])
def test_arabic_is_in_arabic_script_and_right_to_left(
    accord: Agreement, locale: str, dtd: etree.DTD
) -> None:
    root = svg_of(accord, locale, dtd)
    assert root.get("direction") == "rtl"
    assert root.get(XML_LANG) == locale.replace("_", "-")
    for text in texts(root):
        assert LATIN.findall(text) == [], text
    assert all(ARABIC.search(text) for text in texts(root) if not text.isdigit())


@pytest.mark.parametrize("locale", ["fr", "fr_MA", "en"])
def test_french_has_no_arabic_letter_and_runs_left_to_right(
    accord: Agreement, locale: str, dtd: etree.DTD
) -> None:
    root = svg_of(accord, locale, dtd)
    assert root.get("direction") == "ltr"
    for text in texts(root):
        assert ARABIC.findall(text) == [], text


def _years(root: Element) -> list[tuple[int, float]]:
    return [
        (int(node.text or ""), float(node.get("x") or ""))
        for node in root.iter(f"{SVG}text")
        if node.get("class") == "year"
    ]


def test_time_runs_the_way_the_language_reads(accord: Agreement, dtd: etree.DTD) -> None:
    french, arabic = _years(svg_of(accord, "fr", dtd)), _years(svg_of(accord, "ar", dtd))
    assert [year for year, _ in french] == list(range(2013, 2026))
    assert [year for year, _ in arabic] == list(range(2013, 2026))
    assert [x for _, x in french] == sorted(x for _, x in french)
    assert [x for _, x in arabic] == sorted((x for _, x in arabic), reverse=True)
    # The Arabic drawing is the French one mirrored.
    assert [round(_WIDTH - x, 2) for _, x in arabic] == [x for _, x in french]


def test_dates_are_written_as_the_locale_writes_them(accord: Agreement) -> None:
    # Algeria names April أفريل, Morocco أبريل.
    assert "أفريل" in to_svg(accord, "ar_DZ", as_of=AS_OF)
    assert "أفريل" not in to_svg(accord, "ar_MA", as_of=AS_OF)
    assert "في تاريخ 1 يناير 2026" in to_svg(accord, "ar_MA", as_of=AS_OF)
    assert "au 1er janvier 2026" in to_svg(accord, "fr", as_of=AS_OF)


def test_no_output_says_missed(accord: Agreement) -> None:
    for locale in ("fr", "ar"):
        text = " ".join(texts(etree.fromstring(to_svg(accord, locale, as_of=AS_OF).encode())))
        # Not "missed", nor "not held": the record only says that no meeting is recorded.
        assert not re.search(r"\bmissed\b|manqu|\bratée?s?\b|لم يعقد|لم ينعقد|فات", text)


# --- what it shows -----------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["fr", "ar"])
def test_every_window_and_every_meeting_has_its_mark(
    accord: Agreement, locale: str, dtd: etree.DTD
) -> None:
    root = svg_of(accord, locale, dtd)
    table = words(locale)
    assert len(lanes(root)) == len(BODIES)
    for lane, body in zip(lanes(root), BODIES, strict=True):
        report = accord.compliance(body, as_of=AS_OF)
        windows = marks(lane, "window")
        assert len(windows) == len(report.windows)
        for window, mark in zip(report.windows, windows, strict=True):
            hover = title(mark)
            assert hover.startswith(f"{table['window']} {window.index}{table['colon']}")
            assert format_date(window.earliest, locale) in hover
            assert format_date(window.latest, locale) in hover
            assert mark.get("class") == f"window {window.status.value}"
            for meeting_id in window.meetings:
                assert accord.meeting(meeting_id).name.in_locale(locale) in hover
        held = [m for m in accord.meetings_of(body) if m.status.value == "held"]
        drawn = marks(lane, "meeting")
        assert len(drawn) == len(held)
        for meeting in held:
            name = meeting.name.in_locale(locale)
            assert sum(1 for mark in drawn if title(mark).startswith(f"{name} — ")) == 1
        assert accord.body(body).name.in_locale(locale) in "".join(lane.itertext())


def test_a_meeting_known_only_by_bounds_is_a_span(accord: Agreement, dtd: etree.DTD) -> None:
    root = svg_of(accord, "fr", dtd)
    committee = lanes(root)[1]
    shapes = {title(mark).split(" — ")[0]: mark for mark in marks(committee, "meeting")}
    second = shapes[accord.meeting("security-follow-up-committee-2").name.fr]
    assert second.tag == f"{SVG}rect"
    assert second.get("class") == "meeting bounds"
    # From 1 October 2013 to 25 April 2016: two and a half years of the thirteen drawn.
    assert float(second.get("width") or "") > (_WIDTH - 48) * 2.5 / 13.1
    council = lanes(root)[0]
    assert {mark.tag for mark in marks(council, "meeting")} == {f"{SVG}polygon"}


@pytest.mark.parametrize("locale", ["fr", "ar"])
def test_window_colours_are_the_legend_s(accord: Agreement, locale: str, dtd: etree.DTD) -> None:
    root = svg_of(accord, locale, dtd)
    statuses = {status.value for status in WindowStatus}
    legend = {
        (e.get("class") or "").split()[1]: e
        for e in root.iter(f"{SVG}rect")
        if (e.get("class") or "").split()[:1] == ["legend"]
        and (e.get("class") or "").split()[1] in statuses
    }
    assert sorted(legend) == sorted(statuses)
    fills = {status: e.get("fill") for status, e in legend.items()}
    assert len(set(fills.values())) == len(fills)  # each status its own colour
    shown = set()
    for lane in lanes(root):
        for mark in marks(lane, "window"):
            status = (mark.get("class") or "").split()[1]
            shown.add(status)
            for attribute in ("fill", "stroke", "stroke-dasharray"):
                assert mark.get(attribute) == legend[status].get(attribute)
    assert shown == set(legend)
    # A window with no meeting recorded is hatched: its pattern is in the drawing.
    gap = fills["no_meeting_recorded"] or ""
    pattern_id = gap.removeprefix("url(#").removesuffix(")")
    assert [p.get("id") for p in root.iter(f"{SVG}pattern")] == [pattern_id]


def test_the_legend_and_the_description_use_the_words_of_the_locale(
    accord: Agreement, dtd: etree.DTD
) -> None:
    for locale in ("fr", "ar"):
        root = svg_of(accord, locale, dtd)
        table = words(locale)
        drawn = texts(root)
        for key in (
            "legend_met",
            "legend_no_meeting_recorded",
            "legend_uncertain",
            "legend_ongoing",
            "legend_meeting_day",
            "legend_meeting_bounds",
        ):
            assert table[key] in drawn
        assert root[0].tag == f"{SVG}title"
        assert root[0].text == table["timeline"]
        assert root[1].tag == f"{SVG}desc"
        description = root[1].text or ""
        assert table["timeline_about"] in description
        # Each body's count of windows by status, for those who do not see the colours.
        assert f"{table['no_meeting_recorded']}{table['colon']}40" in description


def test_the_drawing_is_the_same_every_time(accord: Agreement) -> None:
    assert to_svg(accord, "ar") == to_svg(accord, "ar")
    # By default, as of the last day the record speaks of: the civil-protection working
    # group's meeting of December 2016.
    assert to_svg(accord, "fr") == to_svg(accord, "fr", as_of=datetime.date(2016, 12, 31))
    assert to_html(accord) == to_html(accord, as_of=datetime.date(2016, 12, 31))


def test_bodies_chooses_the_lanes_and_their_order(accord: Agreement, dtd: etree.DTD) -> None:
    root = valid(to_svg(accord, "fr", as_of=AS_OF, bodies=list(reversed(BODIES))), dtd)
    names = ["".join(lane[1].itertext()) for lane in lanes(root)]
    assert names[0].startswith("Commission de suivi sécuritaire")
    assert names[1].startswith("Conseil des ministres")


def test_what_cannot_be_drawn_is_refused(accord: Agreement) -> None:
    with pytest.raises(LocaleError, match="one language"):
        to_svg(accord, "both")
    with pytest.raises(ScheduleError, match="no cadence"):
        to_svg(accord, bodies=["arab-maghreb-union"])
    with pytest.raises(UnknownIdError):
        to_svg(accord, bodies=["no-such-body"])


def test_an_accord_with_no_series_draws_an_empty_timeline(dtd: etree.DTD) -> None:
    raw = canonical_raw()
    for body in raw["bodies"]:
        body.pop("cadence", None)
    accord = load_raw(raw)
    root = valid(to_svg(accord, "fr"), dtd)
    assert lanes(root) == []
    assert words("fr")["timeline_empty"] in (root[1].text or "")
    assert "<svg" not in to_html(accord)


def test_markup_in_the_data_is_escaped(dtd: etree.DTD) -> None:
    raw = canonical_raw()
    body = next(b for b in raw["bodies"] if b["id"] == BODIES[0])
    body["name"]["fr"] = "Conseil <script>alert(\"x\")</script> & 'co' ]]>"
    accord = load_raw(raw)
    svg = to_svg(accord, "fr", as_of=AS_OF)
    assert "<script>" not in svg
    root = valid(svg, dtd)
    assert "".join(lanes(root)[0][1].itertext()).startswith(body["name"]["fr"])


# --- what the screenshots showed: labels inside the drawing, none over another -----------


def _box(node: Element, rtl: bool) -> tuple[float, float, float, float]:
    """A text's estimated box (left, top, right, bottom), as the drawing estimates widths."""
    x, y = float(node.get("x") or ""), float(node.get("y") or "")
    width, height = 0.0, 0.0
    parts = [node, *node] if len(node) else [node]
    for part in parts:
        words = part.text or ""
        size = float(part.get("font-size") or node.get("font-size") or "13")
        bold = (part.get("font-weight") or node.get("font-weight")) == "bold"
        width += len(words) * size * (BOLD_WIDTH if bold else _CHARACTER_WIDTH)
        height = max(height, size)
    left = x - (width / 2 if node.get("text-anchor") == "middle" else width if rtl else 0)
    return left, y - height * 0.8, left + width, y + height * 0.25


def check_layout(root: Element) -> None:
    rtl = root.get("direction") == "rtl"
    _, _, width, height = (float(v) for v in (root.get("viewBox") or "").split())
    boxes = [_box(node, rtl) for node in root.iter(f"{SVG}text")]
    for left, top, right, bottom in boxes:
        assert left >= 0
        assert right <= width
        assert top >= 0
        assert bottom <= height
    for a, b in itertools.combinations(boxes, 2):
        apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
        assert apart, (a, b)
    for lane in lanes(root):  # no meeting's mark covers another's
        spans = []
        for mark in marks(lane, "meeting"):
            if mark.tag == f"{SVG}rect":
                x, y = float(mark.get("x") or ""), float(mark.get("y") or "")
                spans.append((x, y, x + float(mark.get("width") or ""), y + 6))
            else:
                points = [
                    tuple(float(v) for v in p.split(","))
                    for p in (mark.get("points") or "").split()
                ]
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                spans.append((min(xs), min(ys), max(xs), max(ys)))
        for a, b in itertools.combinations(spans, 2):
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


@pytest.mark.parametrize("locale", ["fr", "ar"])
@pytest.mark.parametrize("as_of", [AS_OF, datetime.date(2016, 12, 31), datetime.date(2013, 5, 1)])
def test_labels_stay_inside_the_drawing_and_apart(
    accord: Agreement, locale: str, as_of: datetime.date
) -> None:
    check_layout(etree.fromstring(to_svg(accord, locale, as_of=as_of).encode()))


def test_the_drawing_is_white_under_everything(accord: Agreement, dtd: etree.DTD) -> None:
    # Seen in the docs' dark theme: a transparent drawing showed dark text on a dark page.
    root = svg_of(accord, "fr", dtd)
    drawn = [e for e in root if e.tag not in (f"{SVG}title", f"{SVG}desc", f"{SVG}defs")]
    background = drawn[0]
    assert background.get("class") == "background"
    assert (background.get("width"), background.get("height")) == ("100%", "100%")
    assert background.get("fill") == "#FFFFFF"


def test_a_cadence_with_no_room_beside_the_name_goes_under_it(
    accord: Agreement, dtd: etree.DTD
) -> None:
    root = svg_of(accord, "fr", dtd)
    council = lanes(root)[0]
    cadence = [e for e in council if e.get("class") == "cadence"]
    assert [e.text for e in cadence] == ["une fois par an"]
    # In Arabic the name is short enough to have it beside.
    assert "مرة كل سنة" in "".join(lanes(svg_of(accord, "ar", dtd))[0][1].itertext())


def test_a_long_name_is_cut_and_whole_in_its_title(dtd: etree.DTD) -> None:
    raw = canonical_raw()
    body = next(b for b in raw["bodies"] if b["id"] == BODIES[1])
    body["name"]["fr"] = " ".join(["Commission"] * 40)
    root = valid(to_svg(load_raw(raw), "fr", as_of=AS_OF), dtd)
    check_layout(root)
    lane = lanes(root)[1]
    assert "".join(lane[1].itertext()).endswith("…")
    assert title(lane).startswith(body["name"]["fr"])


# --- any accord --------------------------------------------------------------------------


@settings(max_examples=50, deadline=None)
@given(ms.agreements(), st.sampled_from(["fr", "ar", "ar_MA"]), st.data())
def test_any_accord_draws_a_valid_timeline(
    accord: Agreement, locale: str, data: st.DataObject
) -> None:
    dtd = etree.DTD(file=str(DTD_FILE))
    as_of = data.draw(st.none() | st.dates(datetime.date(1950, 1, 1), datetime.date(2100, 12, 31)))
    root = valid(to_svg(accord, locale, as_of=as_of), dtd)
    check_layout(root)
    for drawing in embedded(to_html(accord, locale, as_of=as_of)):
        valid(drawing, dtd)


# --- the command line --------------------------------------------------------------------


def test_the_command_line_draws_the_timeline(tmp_path: Path, dtd: etree.DTD) -> None:
    out = tmp_path / "timeline.svg"
    arguments = ["export", "--format", "svg", "--as-of", "2026-01-01", "--output", str(out)]
    assert main([*arguments, "--lang", "ar_MA"]) == 0
    assert out.read_text("utf-8") == to_svg(maghreb_accord.load(), "ar_MA", as_of=AS_OF)
    assert main(arguments) == 0  # French by default, as a calendar
    assert out.read_text("utf-8") == to_svg(maghreb_accord.load(), "fr", as_of=AS_OF)
    assert main([*arguments, "--body", "security-follow-up-committee"]) == 0
    assert len(lanes(valid(out.read_text("utf-8"), dtd))) == 1


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "svg", "--lang", "both"], "a drawing has one language"),
        (
            ["--format", "json", "--as-of", "2020-01-01"],
            "--as-of is only for html, svg and csv-windows",
        ),
        (
            ["--format", "markdown", "--as-of", "2020-01-01"],
            "--as-of is only for html, svg and csv-windows",
        ),
        (["--format", "svg", "--until", "2020-01-01"], "--until is only for ics"),
        (["--format", "svg", "--bom"], "only for csv"),
        (["--format", "svg", "--body", "arab-maghreb-union"], "has no cadence"),
        (["--format", "svg", "--as-of", "2020-13-01"], "there is no such day"),
        (["--format", "svg", "--as-of", "soon"], "is not a date"),
    ],
)
def test_the_command_line_refuses_what_changes_nothing(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        status = main(["export", *arguments])
    except SystemExit as exit:  # argparse's own refusals
        status = int(exit.code or 0)
    assert status == 2
    assert message in capsys.readouterr().err


def test_the_html_export_takes_as_of_on_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "accord.html"
    assert main(["export", "--format", "html", "--as-of", "2026-01-01", "--output", str(out)]) == 0
    assert out.read_text("utf-8") == to_html(maghreb_accord.load(), as_of=AS_OF)


def test_windows_are_numbered_as_everywhere_else(accord: Agreement) -> None:
    # The listings and the API count windows from 0; the drawing does too.
    report = accord.compliance("council-of-interior-ministers", as_of=datetime.date(2017, 1, 1))
    svg = to_svg(accord, "fr", as_of=datetime.date(2017, 1, 1))
    window = report.windows[3]
    assert window.meetings == ("nouakchott-2015",)
    assert (
        "<title>Fenêtre 3 : entre le 22 avril 2015 et le 21 avril 2016 — réunion enregistrée" in svg
    )


@pytest.mark.parametrize(("locale", "lang"), [("en", "fr"), ("de_DE", "fr"), ("fr_MA", "fr-MA")])
def test_the_language_tag_is_that_of_the_text(accord: Agreement, locale: str, lang: str) -> None:
    assert f'xml:lang="{lang}"' in to_svg(accord, locale)


def test_bodies_must_be_a_collection_of_ids(accord: Agreement) -> None:
    with pytest.raises(TypeError, match="collection of body ids"):
        to_svg(accord, "fr", bodies="council-of-interior-ministers")


def test_a_drawing_after_the_record_says_where_the_record_stops(accord: Agreement) -> None:
    later = to_svg(accord, "fr", as_of=datetime.date(2026, 1, 1))
    assert "dernier jour dont parle le registre : 31 décembre 2016" in later
    assert "آخر يوم يذكره السجل: 31 ديسمبر 2016" in to_svg(
        accord, "ar", as_of=datetime.date(2026, 1, 1)
    )
    assert "dernier jour dont parle le registre" not in to_svg(accord, "fr")


@pytest.mark.parametrize("locale", ["fr", "ar"])
def test_no_gridline_runs_through_a_lane_name(accord: Agreement, locale: str) -> None:
    svg = to_svg(accord, locale, as_of=datetime.date(2026, 1, 1))
    names = [
        float(y)
        for y in re.findall(r'<text x="[\d.]+" y="([\d.]+)" class="(?:body|cadence)"', svg)
        + re.findall(r'<text x="[\d.]+" y="([\d.]+)"[^>]*class="cadence"', svg)
    ]
    assert names
    lines = re.findall(
        r'<line x1="[\d.]+" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)" stroke="#D0D0D0"', svg
    )
    assert lines
    for y1, y2 in lines:
        # A name's glyphs stand from about 12 units above its baseline to 3 below.
        assert not any(float(y1) < y + 3 and y - 12 < float(y2) for y in names)


def test_the_default_day_is_the_accord_s_record_end(accord: Agreement) -> None:
    assert accord.record_end == datetime.date(2016, 12, 31)
    assert to_svg(accord, "fr") == to_svg(accord, "fr", as_of=accord.record_end)


def test_bad_arguments_are_clear_errors(accord: Agreement) -> None:
    with pytest.raises(TypeError, match="as_of"):
        to_svg(accord, "fr", as_of="2016-01-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="as_of"):
        to_html(accord, "fr", as_of=datetime.datetime(2016, 1, 1))
    with pytest.raises(ValueError, match="bodies is empty"):
        to_svg(accord, "fr", bodies=[])


def test_a_day_before_any_window_says_when_the_first_starts(
    accord: Agreement, dtd: etree.DTD
) -> None:
    svg = to_svg(accord, "fr", as_of=datetime.date(2012, 1, 1))
    valid(svg, dtd)
    summary = (
        "aucune fenêtre ne commence au plus tard le 1er janvier 2012 :"
        " la première fenêtre commence le 21 avril 2013</title>"
    )
    assert svg.count(summary) == 2  # each lane's hover text
    assert svg.count('font-size="13">La première fenêtre commence le 21 avril 2013</text>') == 2
