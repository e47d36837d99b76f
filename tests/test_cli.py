"""python -m maghreb_accord prints the bilingual summary of the accord."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from maghreb_accord import Agreement
from maghreb_accord.cli import main


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "maghreb_accord", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_the_summary_covers_date_place_states_bodies_and_commitments() -> None:
    result = run()
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # Date and place, in both languages, months as Morocco names them.
    assert "الأحد، 21 أبريل 2013 — الرباط، المغرب" in out
    assert "dimanche 21 avril 2013 — Rabat, Maroc" in out
    # The five states and their ministers.
    for line in (
        "المغرب: امحند العنصر (المضيف)",
        "تونس: لطفي بن جدو",
        "Maroc : Mohand Laenser (hôte)",
        "Libye : Achour Chouaïl",
        "Mauritanie : Mohamed Ould Boilil",
    ):
        assert line in out
    # Bodies as a tree, with how often they meet; the held and the planned meeting.
    assert "\n      لجنة المتابعة الأمنية — مرة كل ثلاثة أشهر على الأقل، وكلما دعت الضرورة\n" in out
    assert (
        "\n      Commission de suivi sécuritaire — au moins une fois tous les trois mois, et chaque fois"
        " que nécessaire\n"
    ) in out
    assert "\n        Sous-groupes sécuritaires spécialisés\n" in out
    assert "des pays de l'Union du Maghreb arabe — une fois par an" in out
    assert (
        "Première réunion de la commission de suivi sécuritaire (tenue)\n    octobre 2013 — Rabat, Maroc"
        in out
    )
    assert "octobre 2013 — Rabat, Maroc" in out
    assert "أكتوبر 2013 — الرباط، المغرب" in out
    # Commitments by domain, then the numbered commitments.
    assert "extradition (1) : 17" in out
    assert "protection civile (3) : 4, 9, 10" in out
    assert "الحماية المدنية (3): 4، 9، 10" in out
    assert "17. [appel] Extrader les membres des groupes terroristes" in out
    assert out.index("التاريخ والمكان") < out.index("Date et lieu")


@pytest.mark.parametrize(("language", "absent"), [("ar", "Date et lieu"), ("fr", "التاريخ")])
def test_one_language_only(language: str, absent: str) -> None:
    result = run("--lang", language)
    assert result.returncode == 0
    assert absent not in result.stdout


def test_bad_usage_exits_2_with_a_message_and_no_traceback() -> None:
    result = run("--lang", "en")
    assert result.returncode == 2
    assert "'en' is not a language of the accord" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_describes_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    assert "interior ministers" in " ".join(capsys.readouterr().out.split())


def test_main_returns_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr"]) == 0
    assert capsys.readouterr().out.startswith("Accord des ministres de l'Intérieur")


def cli(*arguments: str) -> tuple[int, str, str]:
    """Run the command line in this process; return (status, stdout, stderr)."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(arguments))
        except SystemExit as exit:
            status = int(exit.code or 0)
    return status, out.getvalue(), err.getvalue()


def test_summary_is_the_default_command() -> None:
    assert cli() == cli("summary")
    assert cli("--lang", "fr")[1] == cli("summary", "--lang", "fr")[1]


def test_states_command() -> None:
    status, out, _ = cli("states", "--lang", "fr")
    assert status == 0
    assert "MA  wikidata:Q1028" in out
    assert "Maroc — Royaume du Maroc — Mohand Laenser" in out
    assert "المغرب" not in out
    assert "المملكة المغربية" in cli("states", "--lang", "ar")[1]


def test_ministers_command_lists_every_spelling() -> None:
    status, out, _ = cli("ministers")
    assert status == 0
    assert "lotfi-ben-jeddou  TN\n    لطفي بن جدو (تونس، مشارك)\n" in out
    assert "لطفي بن حدو" in out
    assert "Chwayel" in out


def test_bodies_command_shows_the_tree() -> None:
    out = cli("bodies", "--lang", "fr")[1]
    assert "\n  council-of-interior-ministers\n" in out
    assert "\n      specialised-security-sub-teams\n" in out
    assert (
        "Commission de suivi sécuritaire (commission) — au moins une fois tous les trois mois"
        in out
    )


@pytest.mark.parametrize(
    ("arguments", "ids"),
    [
        (["--domain", "extradition"], ["extradite-terrorists"]),
        (
            ["--kind", "condemnation"],
            [
                "condemn-terrorism",
                "denounce-support-and-financing-of-terrorism",
                "reject-kidnapping-and-intimidation",
                "reject-ransom-payments",
            ],
        ),
        (
            ["--body", "security-follow-up-committee"],
            ["entrust-follow-up-committee", "first-follow-up-meeting"],
        ),
        (
            ["--domain", "civil_protection", "--kind", "emphasis"],
            [
                "exchange-civil-protection-experience",
                "joint-civil-protection-exercises",
            ],
        ),
        (["--domain", "cybercrime", "--kind", "call"], []),
    ],
)
def test_commitments_command_filters(arguments: list[str], ids: list[str]) -> None:
    status, out, _ = cli("commitments", "--lang", "fr", *arguments)
    assert status == 0
    listed = [line.split()[0] for line in out.splitlines() if not line.startswith(" ")]
    assert listed == ids


@pytest.mark.parametrize("fmt", ["json", "schema", "popolo", "csv", "markdown", "html"])
def test_export_command_writes_each_format(fmt: str) -> None:
    from maghreb_accord import export, load

    status, out, _ = cli("export", "--format", fmt)
    assert status == 0
    expected = {
        "json": lambda: export.to_json(load()),
        "csv": lambda: export.to_csv(load()),
        "markdown": lambda: export.to_markdown(load()),
        "html": lambda: export.to_html(load()),
    }
    if fmt in expected:
        assert out == expected[fmt]()
    else:
        json.loads(out)


def test_export_ics_needs_a_body() -> None:
    for lang in ([], ["--lang", "ar"], ["--lang", "fr"]):
        status, out, err = cli("export", "--format", "ics", *lang)
        assert (status, out) == (2, "")
        # Said as every other export's usage error is: after the format it is about.
        assert err == (
            "maghreb-accord: error: export --format ics: needs --body ID: whose meetings to put"
            " in the calendar\n"
        )
    status, out, _ = cli(
        "export",
        "--format",
        "ics",
        "--body",
        "security-follow-up-committee",
        "--until",
        "2014-01-01",
    )
    assert status == 0
    # The windows that start by 1 January 2014: the last ends on 31 January.
    assert "RRULE:FREQ=MONTHLY;UNTIL=20140131;INTERVAL=3" in out


def test_schedule_and_due_commands() -> None:
    status, out, _ = cli(
        "schedule",
        "--body",
        "security-follow-up-committee",
        "--until",
        "2013-10-01",
        "--lang",
        "fr",
    )
    assert status == 0
    assert out.splitlines() == [
        "0  2013-04-21 .. 2013-06-30",
        "    entre le 21 avril 2013 et le 30 juin 2013 — aucune réunion enregistrée",
        "1  2013-07-01 .. 2013-09-30",
        "    entre le 1er juillet 2013 et le 30 septembre 2013 — aucune réunion enregistrée",
        "2  2013-10-01 .. 2013-10-31  security-follow-up-committee-1  security-follow-up-committee-2?",
        "    entre le 1er octobre 2013 et le 31 octobre 2013 — Première réunion de la commission"
        " de suivi sécuritaire",
        "? : réunion connue par ses seules bornes, peut-être tenue dans la fenêtre où elle figure",
    ]
    status, out, _ = cli("due", "--as-of", "2013-07-01", "--lang", "fr")
    assert status == 0
    assert "échéances passées : 2\n  2013-06-30  first-follow-up-meeting\n" in out


def test_record_command_gives_windows_lateness_and_attendance() -> None:
    status, out, err = cli(
        "record", "--body", "security-follow-up-committee", "--as-of", "2014-01-01", "--lang", "fr"
    )
    assert (status, err) == (0, "")
    assert out.splitlines()[:13] == [
        "au 1er janvier 2014",
        "",
        "security-follow-up-committee",
        "    Commission de suivi sécuritaire — au moins une fois tous les trois mois, et chaque"
        " fois que nécessaire",
        "    fenêtres attendues : 3 — réunion enregistrée : 1, aucune réunion enregistrée : 2,"
        " incertaine : 0, en cours : 1",
        "  0  2013-04-21 .. 2013-06-30",
        "      entre le 21 avril 2013 et le 30 juin 2013 — aucune réunion enregistrée",
        "  1  2013-07-01 .. 2013-09-30",
        "      entre le 1er juillet 2013 et le 30 septembre 2013 — aucune réunion enregistrée",
        "  2  2013-10-01 .. 2013-10-31  security-follow-up-committee-1"
        "  security-follow-up-committee-2?",
        "      entre le 1er octobre 2013 et le 31 octobre 2013 — réunion enregistrée",
        "        Première réunion de la commission de suivi sécuritaire (octobre 2013)"
        " — retard en jours : de 93 à 123 (échéance : 30 juin 2013)",
        "        peut-être : Deuxième réunion de la commission de suivi sécuritaire"
        " (entre le 1er octobre 2013 et le 25 avril 2016)",
    ]
    assert "manqu" not in out


def test_record_command_lists_who_represented_each_state() -> None:
    status, out, _ = cli(
        "record", "--body", "council-of-interior-ministers", "--as-of", "2016-12-31"
    )
    assert status == 0
    assert (
        "    LY  mustafa-omar-al-dabbashi\n"
        "        ليبيا: مصطفى عمر الدباشي، وكيل وزارة الداخلية والمكلف بتسيير أعمال الوزارة"
        " — المستوى: آخر (المصادر مختلفة: المستوى)\n"
        "        Libye : Moustafa Omar al-Dabbashi, sous-secrétaire au ministère de l'Intérieur,"
        " chargé de la gestion du ministère — rang : autre (sources en désaccord : rang)\n"
    ) in out
    assert (
        "    MR\n"
        "        موريتانيا: لم يذكر اسم الممثل، المنصب غير معروف — المستوى: وزير\n"
        "        Mauritanie : représentant non nommé, fonction inconnue — rang : ministre\n"
    ) in out


def test_record_command_without_a_body_covers_every_body_with_a_cadence_or_a_meeting(
    accord: Agreement,
) -> None:
    out = cli("record", "--as-of", "2017-01-01", "--lang", "fr")[1]
    named = [line for line in out.splitlines() if line and not line.startswith(" ")][1:]
    held = {meeting.body for meeting in accord.meetings}
    assert sorted(named) == sorted(b.id for b in accord.bodies if b.cadence or b.id in held)


def test_record_command_is_as_of_the_last_day_the_record_speaks_of_by_default() -> None:
    out = cli("record", "--body", "security-follow-up-committee", "--lang", "fr")[1]
    assert out.splitlines()[0] == "au 31 décembre 2016"
    dated = cli(
        "record", "--body", "security-follow-up-committee", "--lang", "fr", "--as-of", "2016-12-31"
    )
    assert out == dated[1]


def test_record_of_a_day_before_a_meeting_leaves_it_out() -> None:
    out = cli(
        "record", "--body", "council-of-interior-ministers", "--as-of", "2015-04-29", "--lang", "fr"
    )[1]
    assert "nouakchott-2015" not in out
    assert "réunions tenues : 1" in out


def test_record_counts_a_meeting_held_only_once_it_is_surely_over() -> None:
    # The committee's first meeting is known to the month (October 2013), its second only by
    # bounds (October 2013 to April 2016): on 15 October 2013 neither is surely over.
    args = ("record", "--body", "security-follow-up-committee", "--lang", "fr", "--as-of")
    out = cli(*args, "2013-10-15")[1]
    assert "réunions tenues : 0\n    réunions peut-être déjà tenues : 2\n" in out
    out = cli(*args, "2014-01-01")[1]
    assert "réunions tenues : 1\n" in out
    assert "réunions peut-être déjà tenues : 1\n  2013-10-01/2016-04-25  " in out
    out = cli(*args, "2016-12-31")[1]
    assert "réunions tenues : 2\n" in out
    assert "peut-être déjà tenues" not in out


def test_record_counts_add_up_to_the_windows_expected_and_say_the_most_that_could_be_met() -> None:
    out = cli("record", "--body", "security-follow-up-committee", "--lang", "fr")[1]
    # 1 + 4 + 10 = 15; the open window is apart. One meeting known only by bounds may fall
    # in any of the ten uncertain windows, but fills one at most.
    assert (
        "    fenêtres attendues : 15 — réunion enregistrée : 1, aucune réunion enregistrée : 4,"
        " incertaine : 10, en cours : 1\n"
        "    fenêtres avec une réunion, au plus : 2 (une réunion connue par ses seules bornes ne"
        " remplit qu'une des fenêtres incertaines)\n"
    ) in out
    # The council's open window already has its meeting (Tunis, 2016): counted as met.
    out = cli("record", "--body", "council-of-interior-ministers", "--lang", "fr")[1]
    assert (
        "fenêtres attendues : 5 — réunion enregistrée : 3, aucune réunion enregistrée : 2,"
        " incertaine : 0, en cours : 0\n  0  "
    ) in out


def test_due_command_lists_windows_closed_with_no_meeting_recorded() -> None:
    out = cli("due", "--as-of", "2014-01-01", "--lang", "fr")[1]
    assert out.endswith(
        "fenêtres closes sans réunion enregistrée : 2\n"
        "  2013-04-21 .. 2013-06-30  security-follow-up-committee\n"
        "      Commission de suivi sécuritaire — entre le 21 avril 2013 et le 30 juin 2013"
        " — aucune réunion enregistrée\n"
        "  2013-07-01 .. 2013-09-30  security-follow-up-committee\n"
        "      Commission de suivi sécuritaire — entre le 1er juillet 2013 et le 30 septembre 2013"
        " — aucune réunion enregistrée\n"
    )


def test_find_command() -> None:
    status, out, _ = cli("find", "Achour Chwayel", "--limit", "1", "--lang", "fr")
    assert (status, out) == (
        0,
        "1.00  achour-souleimane-chouail\n    ministre : Achour Chouaïl (Achour Chwayel)\n",
    )
    out = cli("find", "terrorisme", "--kind", "domain", "--kind", "body", "--lang", "fr")[1]
    kinds = {line.split()[0] for line in out.splitlines() if line.startswith("    ")}
    assert kinds == {"domaine", "organe"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["nonsense"], "invalid choice: 'nonsense'"),
        (["export"], "the following arguments are required: --format"),
        (["export", "--format", "pdf"], "invalid choice: 'pdf'"),
        (["schedule", "--body", "x", "--until", "soon"], "'soon' is not a date as YYYY-MM-DD"),
        (["due", "--as-of", "20160101"], "'20160101' is not a date as YYYY-MM-DD"),
        (["record", "--as-of", "2016-W01"], "'2016-W01' is not a date as YYYY-MM-DD"),
        (["due", "--as-of", "٢٠١٦-٠١-٠١"], "'٢٠١٦-٠١-٠١' is not a date as YYYY-MM-DD"),
        (["commitments", "--domain", "terorism"], "invalid choice: 'terorism'"),
        (["find"], "the following arguments are required: query"),
        (["record", "--as-of", "2014-13-01"], "'2014-13-01': there is no such day"),
        (["due", "--as-of", "2016-02-30"], "'2016-02-30': there is no such day"),
        (["--lang", "en"], "'en' is not a language of the accord: use ar, fr, both"),
        (["--lang", "ar.UTF-8"], "'ar.UTF-8' is not a language of the accord"),
        (["states", "--lang", "fr_LY"], "'fr_LY' is not a language of the accord"),
    ],
)
def test_bad_usage_exits_2_with_one_clear_line(arguments: list[str], message: str) -> None:
    status, out, err = cli(*arguments)
    assert status == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["commitments", "--body", "council"], "no body with id 'council'"),
        (["schedule", "--body", "arab-maghreb-union", "--until", "2014-01-01"], "has no cadence"),
        (["schedule", "--body", "nowhere", "--until", "2014-01-01"], "no body with id 'nowhere'"),
        (["export", "--format", "ics", "--body", "x"], "no body with id 'x'"),
        (
            ["record", "--body", "council", "--as-of", "2014-01-01"],
            "no body with id 'council'; did you mean 'council-of-interior-ministers'?",
        ),
    ],
)
def test_requests_the_data_cannot_answer_exit_2(arguments: list[str], message: str) -> None:
    status, out, err = cli(*arguments)
    assert status == 2
    assert out == ""
    assert err.startswith("maghreb-accord: error: ")
    assert message in err


def test_a_users_accord_file_is_read_with_file(tmp_path: Path) -> None:
    from tests.support import DATA

    article = "rabat-2013-almaghribia.ar.txt"
    (tmp_path / article).write_bytes((DATA / article).read_bytes())
    raw = json.loads((DATA / "rabat-2013.json").read_text("utf-8"))
    raw["title"]["fr"] = "Mon accord"
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    status, out, _ = cli("--file", str(path), "--lang", "fr")
    assert status == 0
    assert out.startswith("Mon accord\n")
    assert cli("summary", "--file", str(path), "--lang", "fr")[1] == out


def test_a_bad_accord_file_names_the_file_once_then_each_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": "Bad Id", "title": {"ar": "", "fr": "x"}}', "utf-8")
    status, out, err = cli("states", "--file", str(path))
    assert status == 2
    assert out == ""
    head, *problems = err.splitlines()
    assert head == f"maghreb-accord: error: {path}: 8 problems:"
    assert "  $.title.ar: must not be empty or blank" in problems
    assert len(problems) == 8
    assert all(line.startswith("  $.") for line in problems)
    assert err.count(str(path)) == 1


def test_a_missing_accord_file_is_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "none.json"
    status, out, err = cli("--file", str(path))
    assert (status, out) == (2, "")
    assert err == (
        f"maghreb-accord: error: {path}: cannot read the file: No such file or directory\n"
    )


def test_output_writes_utf8_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "accord.html"
    status, out, _ = cli("export", "--format", "html", "--output", str(target))
    assert (status, out) == (0, "")
    assert "لجنة المتابعة الأمنية" in target.read_text("utf-8")


def test_output_to_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    status, _, err = cli("states", "--output", str(tmp_path / "no" / "such" / "file.txt"))
    assert status == 2
    assert "cannot write" in err


def test_the_console_script_and_help_point_to_the_docs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "maghreb_accord", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    help_text = " ".join(result.stdout.split())
    for name in (
        "summary",
        "states",
        "ministers",
        "bodies",
        "commitments",
        "export",
        "schedule",
        "due",
        "find",
    ):
        assert name in help_text
    assert "documentation:" in help_text


def test_help_points_to_what_an_installed_user_has() -> None:
    # A wheel has no docs/ folder: the help names the commands' --help and pydoc instead.
    status, out, _ = cli("--help")
    assert status == 0
    assert "docs/" not in out
    assert "sphinx" not in out
    assert "\n  maghreb-accord COMMAND --help " in out
    assert "\n  python -m pydoc maghreb_accord " in out
    assert "\nexit status:\n  0 on success, 1 when find matches nothing, 2 for bad" in out
    # What it points to answers.
    assert cli("export", "--help")[0] == 0
    for name in ("maghreb_accord", "maghreb_accord.Agreement", "maghreb_accord.export"):
        pydoc = subprocess.run(
            [sys.executable, "-m", "pydoc", name], capture_output=True, text=True, encoding="utf-8"
        )
        assert pydoc.returncode == 0, pydoc.stderr
        assert ">>> " in pydoc.stdout  # with examples
        assert "no Python documentation found" not in pydoc.stdout


def test_version_prints_the_installed_version() -> None:
    from importlib.metadata import version

    import maghreb_accord

    expected = f"maghreb-accord {version('maghreb-accord')}\n"
    assert maghreb_accord.__version__ == version("maghreb-accord")
    assert cli("--version") == (0, expected, "")
    assert cli("--lang", "ar", "--version") == (0, expected, "")
    result = run("--version")
    assert (result.returncode, result.stdout) == (0, expected)


def test_arabic_prints_under_an_ascii_locale() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "maghreb_accord", "states", "--lang", "ar"],
        capture_output=True,
        env={**os.environ, "LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0, result.stderr
    assert "المغرب".encode() in result.stdout


def test_every_command_in_the_command_line_guide_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re
    import shlex

    guide = (Path(__file__).resolve().parents[1] / "docs" / "howto" / "command-line.md").read_text(
        "utf-8"
    )
    (block,) = re.findall(r"```text\n(.*?)```", guide, re.S)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert len(commands) >= 8
    monkeypatch.chdir(tmp_path)  # --output files land here
    for command in commands:
        words = shlex.split(command)
        assert words[0] == "maghreb-accord"
        status, _, err = cli(*words[1:])
        assert (status, err) == (0, ""), command
    assert (tmp_path / "accord.html").read_text("utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("position", ["before", "after"])
def test_common_options_work_before_or_after_the_command(tmp_path: Path, position: str) -> None:
    target = tmp_path / "states.txt"
    options = ["--lang", "fr", "--output", str(target)]
    arguments = [*options, "states"] if position == "before" else ["states", *options]
    assert cli(*arguments)[0] == 0
    assert "Maroc — Royaume du Maroc" in target.read_text("utf-8")
    assert "المغرب" not in target.read_text("utf-8")
    missing = str(tmp_path / "none.json")
    arguments = (
        ["--file", missing, "states"] if position == "before" else ["states", "--file", missing]
    )
    status, _, err = cli(*arguments)
    assert status == 2
    assert "No such file or directory" in err


def test_domains_may_be_written_with_hyphens() -> None:
    assert (
        cli("commitments", "--domain", "illegal-migration")[1]
        == cli("commitments", "--domain", "illegal_migration")[1]
    )


def test_every_minister_of_a_state_is_shown(tmp_path: Path) -> None:
    from tests.support import DATA

    article = "rabat-2013-almaghribia.ar.txt"
    (tmp_path / article).write_bytes((DATA / article).read_bytes())
    raw = json.loads((DATA / "rabat-2013.json").read_text("utf-8"))
    second = dict(raw["ministers"][1], id="second-minister", attested_names=[])
    second["name"] = {"ar": "وزير ثان", "fr": "Second Ministre"}
    raw["ministers"].append(second)
    raw["ministers"] = [m for m in raw["ministers"] if m["state"] != "MR"]
    for meeting in raw["meetings"]:  # the Mauritanian delegate is then not named
        for row in meeting.get("attendance", []):
            if row["state"] == "MR":
                row.pop("minister", None)
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")

    states = cli("states", "--file", str(path))[1]
    assert (
        "DZ  wikidata:Q262\n"
        "    الجزائر — الجمهورية الجزائرية الديمقراطية الشعبية — دحو ولد قابلية، وزير ثان\n"
        "    Algérie — République algérienne démocratique et populaire —"
        " Dahou Ould Kablia, Second Ministre\n"
    ) in states
    assert (
        "MR  wikidata:Q1025\n"
        "    موريتانيا — الجمهورية الإسلامية الموريتانية — لم يذكر وزير\n"
        "    Mauritanie — République islamique de Mauritanie — aucun ministre indiqué\n"
    ) in states
    summary = cli("summary", "--file", str(path))[1]
    assert "  الجزائر: دحو ولد قابلية، وزير ثان\n" in summary
    assert "  Algérie : Dahou Ould Kablia, Second Ministre\n" in summary
    assert "  موريتانيا: لم يذكر وزير\n" in summary
    assert "  Mauritanie : aucun ministre indiqué\n" in summary
    markdown = cli("export", "--format", "markdown", "--file", str(path))[1]
    assert (
        "- `DZ` Algérie (République algérienne démocratique et populaire)\n"
        "  - Dahou Ould Kablia, ministre de l'Intérieur\n"
        "  - Second Ministre, ministre de l'Intérieur\n"
        "- `TN` Tunisie (République tunisienne)\u00a0: Lotfi Ben Jeddou, ministre de l'Intérieur\n"
        "- `LY`"
    ) in markdown
    assert (
        "- `MR` Mauritanie (République islamique de Mauritanie)\u00a0: aucun ministre indiqué\n"
        in markdown
    )
    html = cli("export", "--format", "html", "--file", str(path))[1]
    french = html[html.index('lang="fr"') :]
    assert "<li>Second Ministre, ministre de l&#x27;Intérieur</li>" in french
    assert "Mauritanie (République islamique de Mauritanie)\u00a0: aucun ministre indiqué" in french


# --- every option changes the output, or is refused -----------------------------------


def test_export_csv_with_a_body_keeps_its_commitments() -> None:
    body = "security-follow-up-committee"
    every = cli("export", "--format", "csv")[1].splitlines()
    status, out, _ = cli("export", "--format", "csv", "--body", body)
    assert status == 0
    assert 1 < len(out.splitlines()) < len(every)
    assert all(body in line for line in out.splitlines()[1:])


def test_export_csv_attendance_with_a_body_a_language_and_a_bom() -> None:
    from maghreb_accord import export, load

    body = "council-of-interior-ministers"
    status, out, _ = cli("export", "--format", "csv-attendance", "--body", body, "--lang", "fr")
    assert (status, out) == (0, export.to_csv_attendance(load(), "fr", body=body))
    assert out.startswith("Réunion,Organe,Date,")
    bom = cli("export", "--format", "csv-attendance", "--bom", "--no-formula-guard")[1]
    assert bom == "\ufeff" + export.to_csv_attendance(load(), formula_guard=False)


def test_export_csv_references_bom_and_formula_guard_options() -> None:
    from maghreb_accord import export, load

    status, out, _ = cli("export", "--format", "csv-references")
    assert (status, out) == (0, export.to_csv_references(load()))
    assert (
        cli("export", "--format", "csv", "--bom")[1]
        == "\ufeff" + cli("export", "--format", "csv")[1]
    )
    assert cli("export", "--format", "csv", "--no-formula-guard")[0] == 0


def test_the_formula_guard_option_changes_the_csv(tmp_path: Path) -> None:
    from tests.support import DATA

    article = "rabat-2013-almaghribia.ar.txt"
    (tmp_path / article).write_bytes((DATA / article).read_bytes())
    raw = json.loads((DATA / "rabat-2013.json").read_text("utf-8"))
    raw["commitments"][0]["text"]["fr"] = "=1+1"
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    guarded = cli("export", "--format", "csv", "--file", str(path))[1]
    raw_cells = cli("export", "--format", "csv", "--file", str(path), "--no-formula-guard")[1]
    assert ",'=1+1," in guarded
    assert ",=1+1," in raw_cells


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["export", "--format", "html", "--until", "2014-01-01"], "--until is only for ics"),
        (["export", "--format", "csv", "--until", "2014-01-01"], "--until is only for ics"),
        (["export", "--format", "html", "--body", "x"], "--body is only for csv"),
        (["export", "--format", "popolo", "--body", "x"], "--body is only for csv"),
        (["export", "--format", "json", "--lang", "ar"], "--lang changes nothing"),
        (["export", "--format", "popolo", "--lang", "fr"], "--lang changes nothing"),
        (["--lang", "fr", "export", "--format", "csv-references"], "--lang changes nothing"),
        (["export", "--format", "schema", "--file", "x.json"], "--file changes nothing"),
        (
            ["export", "--format", "json", "--bom"],
            "--bom and --no-formula-guard are only for csv, csv-references, csv-attendance and"
            " csv-windows\n",
        ),
        (
            ["export", "--format", "html", "--no-formula-guard"],
            "--bom and --no-formula-guard are only for csv, csv-references, csv-attendance and"
            " csv-windows\n",
        ),
        (
            ["export", "--format", "markdown", "--body", "x"],
            "--body is only for csv, csv-references, csv-attendance, csv-windows, ics and svg\n",
        ),
        (
            ["export", "--format", "csv", "--as-of", "2014-01-01"],
            "only for html, svg and csv-windows\n",
        ),
        (["--file", "b.json", "validate", "a.json"], "give the files to check as arguments"),
        (["--lang", "ar", "validate", "a.json"], "--lang changes nothing"),
        (["export", "--format", "ics", "--body", "x", "--lang", "both"], "has one language"),
        (["export", "--format", "ics"], "needs --body ID"),
    ],
)
def test_an_option_that_would_change_nothing_is_a_usage_error(
    arguments: list[str], message: str
) -> None:
    status, out, err = cli(*arguments)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    if "validate" in arguments:
        assert err.startswith("maghreb-accord: error: validate: ")
    else:  # every export's usage error names the format it is about
        fmt = arguments[arguments.index("--format") + 1]
        assert err.startswith(f"maghreb-accord: error: export --format {fmt}: ")
    assert message in err


@pytest.mark.parametrize(
    "arguments",
    [
        ["csv"],
        ["csv", "--lang", "ar"],
        ["csv", "--lang", "fr"],
        ["csv-references"],  # both languages always: --lang is refused
        ["csv-attendance"],
        ["csv-attendance", "--lang", "ar"],
        ["csv-attendance", "--lang", "fr"],
    ],
)
def test_every_format_the_csv_options_are_said_to_be_for_takes_them(
    arguments: list[str],
) -> None:
    status, out, err = cli("export", "--format", *arguments, "--bom", "--no-formula-guard")
    assert (status, err) == (0, "")
    assert out.startswith("\ufeff")


def test_export_help_says_what_a_csv_in_both_languages_is_and_it_is_so() -> None:
    help_text = " ".join(cli("export", "--help")[1].split())
    assert (
        "with --lang both (the default), csv, csv-attendance and csv-windows are machine-readable"
        in (help_text)
    )
    assert "one column per language (text_ar and text_fr, place_ar and place_fr" in help_text
    # What it says of each language holds.
    commitments = cli("export", "--format", "csv")[1].splitlines()
    attendance = cli("export", "--format", "csv-attendance")[1].splitlines()
    assert {"text_ar", "text_fr"} <= set(commitments[0].split(","))
    assert {"place_ar", "place_fr"} <= set(attendance[0].split(","))
    assert commitments[1].split(",")[1] == "announcement"
    assert ",held," in attendance[1]
    assert ",minister," in attendance[1]
    for lang, text, announcement in (("ar", "النص", "إعلان"), ("fr", "Texte", "annonce")):
        rows = cli("export", "--format", "csv", "--lang", lang)[1].splitlines()
        assert text in rows[0].split(",")
        assert "text_ar" not in rows[0]
        assert rows[1].split(",")[1] == announcement
    references = cli("export", "--format", "csv-references")[1].splitlines()
    assert "csv-references always has both languages and the same header" in help_text
    assert references[0] == "commitment,source,quote,start,end,excerpt"


def test_the_help_of_the_csv_options_names_every_csv_format() -> None:
    status, out, _ = cli("export", "--help")
    assert status == 0
    help_text = " ".join(out.split()).replace("csv- ", "csv-")  # argparse wraps at a hyphen
    every = "csv, csv-references, csv-attendance and csv-windows"
    assert f"--bom with {every}: start with" in help_text
    assert f"--no-formula-guard with {every}: write" in help_text


def test_find_with_no_match_says_so_and_exits_1() -> None:
    status, out, err = cli("find", "xyzzy")
    assert (status, out, err) == (1, "", "maghreb-accord: no match for 'xyzzy'\n")


def test_find_min_score_filters() -> None:
    every = cli("find", "terrorisme")[1].splitlines()
    status, out, _ = cli("find", "terrorisme", "--min-score", "0.85")
    assert status == 0
    # Each match's first line starts with its score; the lines below it are indented.
    scores = [float(line.split()[0]) for line in out.splitlines() if not line.startswith(" ")]
    every_scores = [line for line in every if not line.startswith(" ")]
    assert 0 < len(scores) < len(every_scores)
    assert all(score >= 0.85 for score in scores)
    assert cli("find", "Chouail", "--min-score", "0.99")[0] == 1


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["find", "x", "--min-score", "2"], "is not a score from 0 to 1"),
        (["find", "x", "--min-score", "high"], "is not a score from 0 to 1"),
        (["find", "x", "--limit", "0"], "is not a whole number of at least 1"),
        (["find", ""], "argument query: '' is empty or blank: give a name to search for"),
        (["find", " \t", "--lang", "fr"], "argument query: ' \\t' is empty or blank"),
    ],
)
def test_find_refuses_scores_and_limits_that_mean_nothing(
    arguments: list[str], message: str
) -> None:
    status, out, err = cli(*arguments)
    assert (status, out) == (2, "")
    assert message in err


@pytest.mark.parametrize("query", ["", "   ", "\t\n"])
def test_a_blank_query_is_a_usage_error_as_the_api_finds_nothing_for_it(
    accord: Agreement, query: str
) -> None:
    # Agreement.find documents that a blank query matches nothing: asking is a mistake.
    assert accord.find(query) == ()
    for lang in ("ar", "fr", "both"):
        status, out, err = cli("find", query, "--lang", lang)
        assert (status, out) == (2, "")
        assert "is empty or blank" in err
        assert "no match" not in err


# --- validate ------------------------------------------------------------------------


def test_validate_reports_every_file_and_every_problem(tmp_path: Path) -> None:
    from tests.support import DATA

    good = str(DATA / "rabat-2013.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "x", "title": {"ar": "", "fr": "x"}}', "utf-8")
    missing = tmp_path / "none.json"
    status, out, err = cli("validate", good, str(bad), str(missing))
    assert (status, err) == (2, "")
    assert out.splitlines() == [
        f"{good}: valid",
        f"{bad}: 8 problems:",
        "  $.bodies: required key missing",
        "  $.commitments: required key missing",
        "  $.meeting: required key missing",
        "  $.meetings: required key missing",
        "  $.ministers: required key missing",
        "  $.sources: required key missing",
        "  $.states: required key missing",
        "  $.title.ar: must not be empty or blank",
        f"{missing}: cannot read the file: No such file or directory",
    ]


def _without_its_text_file(folder: Path) -> Path:
    """An accord file whose article's ``text_file`` is not beside it."""
    from tests.support import canonical_raw

    raw = canonical_raw()
    raw["sources"][0]["text_file"] = "x.txt"
    path = folder / "mine.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    return path


def test_validate_reports_a_missing_text_file_at_its_path_as_any_problem(tmp_path: Path) -> None:
    # The file named is readable: what is missing is a file it names, a problem at its path.
    path = _without_its_text_file(tmp_path)
    status, out, err = cli("validate", str(path))
    assert (status, err) == (2, "")
    assert out.splitlines() == [
        f"{path}: 1 problem:",
        "  $.sources[0].text_file: cannot read 'x.txt': No such file or directory",
    ]
    for lang in ([], ["--lang", "ar"], ["--lang", "fr"]):
        status, out, err = cli("states", "--file", str(path), *lang)
        assert (status, out) == (2, "")
        assert err.splitlines() == [
            f"maghreb-accord: error: {path}: 1 problem:",
            "  $.sources[0].text_file: cannot read 'x.txt': No such file or directory",
        ]


def test_validate_exits_0_when_every_file_is_valid(tmp_path: Path) -> None:
    from tests.support import DATA

    good = str(DATA / "rabat-2013.json")
    assert cli("validate", good, good) == (0, f"{good}: valid\n{good}: valid\n", "")
    report = tmp_path / "report.txt"
    assert cli("validate", good, "--output", str(report)) == (0, "", "")
    assert report.read_text("utf-8") == f"{good}: valid\n"


def test_validate_needs_a_file() -> None:
    status, _, err = cli("validate")
    assert status == 2
    assert "the following arguments are required: FILE" in err


def test_validate_offers_only_what_it_takes() -> None:
    status, out, _ = cli("validate", "--help")
    assert status == 0
    assert "--output" in out
    assert "--lang" not in out
    assert "--file" not in out


def test_a_calendar_is_french_unless_asked_for_arabic() -> None:
    body = ["export", "--format", "ics", "--body", "security-follow-up-committee"]
    assert "SUMMARY:Commission de suivi sécuritaire" in cli(*body)[1]
    assert "SUMMARY:لجنة المتابعة الأمنية" in cli(*body, "--lang", "ar")[1]


def test_find_takes_min_score_and_refuses_a_negative_limit(accord: Agreement) -> None:
    assert [m.id for m in accord.find("Libye", min_score=0.9)] == ["LY"]
    assert all(m.score >= 0.5 for m in accord.find("terrorisme", min_score=0.5, limit=100))
    with pytest.raises(ValueError, match="limit"):
        accord.find("x", limit=-1)
    with pytest.raises(ValueError, match="min_score"):
        accord.find("x", min_score=2)


SCHEDULE_TO_2016 = ("schedule", "--body", "security-follow-up-committee", "--until", "2016-12-31")
MAYBE_AR = "?: اجتماع معروف بحدوده فقط، ربما انعقد في الفترة التي يرد فيها"
MAYBE_FR = (
    "? : réunion connue par ses seules bornes, peut-être tenue dans la fenêtre où elle figure"
)


@pytest.mark.parametrize(
    ("lang", "explained"),
    [("ar", [MAYBE_AR]), ("fr", [MAYBE_FR]), ("both", [MAYBE_AR, MAYBE_FR])],
)
def test_a_schedule_explains_its_question_marks_once_under_the_listing(
    lang: str, explained: list[str]
) -> None:
    status, out, err = cli(*SCHEDULE_TO_2016, "--lang", lang)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    marked = [line for line in lines if "security-follow-up-committee-2?" in line]
    assert len(marked) == 11  # the second meeting, known only by bounds, in 11 windows
    # Explained once in each language, after the last window.
    assert lines[-len(explained) :] == explained
    assert sum(line.startswith("?") for line in lines) == len(explained)


def test_a_schedule_with_no_question_mark_does_not_explain_one() -> None:
    for lang in ("ar", "fr", "both"):
        status, out, _ = cli(*SCHEDULE_TO_2016[:-1], "2013-09-30", "--lang", lang)
        assert status == 0
        assert "?" not in out
        assert MAYBE_AR not in out
        assert MAYBE_FR not in out


def test_a_schedule_until_before_the_first_window_says_when_it_starts() -> None:
    arguments = ("schedule", "--body", "security-follow-up-committee", "--until", "2013-01-01")
    status, out, _ = cli(*arguments, "--lang", "fr")
    assert (status, out) == (
        0,
        "aucune fenêtre ne commence au plus tard le 1er janvier 2013 :"
        " la première fenêtre commence le 21 avril 2013\n",
    )
    status, out, _ = cli(*arguments, "--lang", "ar")
    assert (status, out) == (
        0,
        "لا تبدأ أي فترة في موعد أقصاه 1 يناير 2013: تبدأ الفترة الأولى في 21 أبريل 2013\n",
    )


@pytest.mark.parametrize(
    ("arguments", "name"),
    [
        (["--lang", "ar", "record", "--lang", "fr"], "--lang"),
        (["export", "--format", "svg", "--body", "a", "--body", "b"], "--body"),
        (["due", "--as-of", "2014-01-01", "--as-of=2015-01-01"], "--as-of"),
        (["commitments", "--kind", "call", "--kind", "decision"], "--kind"),
        (["export", "--format", "json", "--output", "a.json", "--output", "b.json"], "--output"),
    ],
)
def test_an_option_given_twice_is_refused(arguments: list[str], name: str) -> None:
    assert cli(*arguments) == (2, "", f"maghreb-accord: error: {name} given twice: give it once\n")


def test_find_takes_kind_more_than_once() -> None:
    status, out, _ = cli("find", "terrorisme", "--kind", "domain", "--kind", "body", "--lang", "fr")
    assert status == 0
    assert out


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (("due",), "--as-of"),
        (("schedule", "--body", "security-follow-up-committee"), "--until"),
        (("record",), "--as-of"),
    ],
)
def test_every_day_option_defaults_to_the_last_day_the_record_speaks_of(
    command: tuple[str, ...], option: str
) -> None:
    for lang in ("ar", "fr", "both"):
        default = cli(*command, "--lang", lang)
        assert default[0] == 0
        assert default == cli(*command, "--lang", lang, option, "2016-12-31")
        assert default != cli(*command, "--lang", lang, option, "2014-12-31")


def test_the_default_day_is_the_last_day_the_users_own_record_speaks_of(tmp_path: Path) -> None:
    from tests.support import DATA

    article = "rabat-2013-almaghribia.ar.txt"
    (tmp_path / article).write_bytes((DATA / article).read_bytes())
    raw = json.loads((DATA / "rabat-2013.json").read_text("utf-8"))
    # A record that stops with the committee's first meeting (October 2013).
    kept = {"rabat-2013", "rabat-2013-experts", "security-follow-up-committee-1"}
    raw["meetings"] = [m for m in raw["meetings"] if m["id"] in kept]
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    mine = ("--file", str(path), "--lang", "fr")
    for command, option in (("due", "--as-of"), ("record", "--as-of")):
        out = cli(command, *mine)[1]
        assert out.splitlines()[0] == "au 31 octobre 2013"
        assert out == cli(command, *mine, option, "2013-10-31")[1]
    schedule = ("schedule", "--body", "security-follow-up-committee", *mine)
    assert cli(*schedule)[1] == cli(*schedule, "--until", "2013-10-31")[1]
    assert cli(*schedule)[1] != cli(*schedule, "--until", "2016-12-31")[1]


@pytest.mark.parametrize("command", ["due", "record"])
def test_a_day_past_the_record_says_where_the_record_stops(command: str) -> None:
    out = cli(command, "--as-of", "2026-11-29", "--lang", "both")[1]
    assert out.splitlines()[:2] == [
        "في تاريخ 29 نوفمبر 2026 — آخر يوم يذكره السجل: 31 ديسمبر 2016",
        "au 29 novembre 2026 — dernier jour dont parle le registre : 31 décembre 2016",
    ]
    within = cli(command, "--as-of", "2016-12-31", "--lang", "fr")[1]
    assert within.splitlines()[0] == "au 31 décembre 2016"


@pytest.mark.parametrize("command", ["due", "record"])
def test_a_day_before_the_accord_says_when_it_was_reached(command: str) -> None:
    out = cli(command, "--as-of", "2013-01-01", "--lang", "both")[1]
    assert out.splitlines()[:2] == [
        "في تاريخ 1 يناير 2013 — قبل الاتفاق (21 أبريل 2013)",
        "au 1er janvier 2013 — avant l'accord (21 avril 2013)",
    ]
    on_the_day = cli(command, "--as-of", "2013-04-21", "--lang", "fr")[1]
    assert on_the_day.splitlines()[0] == "au 21 avril 2013"


def test_an_accord_dated_to_the_month_is_not_given_a_day(tmp_path: Path) -> None:
    from tests.support import DATA

    article = "rabat-2013-almaghribia.ar.txt"
    (tmp_path / article).write_bytes((DATA / article).read_bytes())
    raw = json.loads((DATA / "rabat-2013.json").read_text("utf-8"))
    rabat = next(m for m in raw["meetings"] if m["id"] == raw["meeting"])
    rabat["when"] = "2013-04"
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    out = cli("due", "--file", str(path), "--as-of", "2013-03-01", "--lang", "fr")[1]
    assert out.splitlines()[0] == "au 1er mars 2013 — avant l'accord (avril 2013)"


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_schedule_and_record_say_the_same_of_every_window(lang: str) -> None:
    body = ("--body", "security-follow-up-committee", "--lang", lang)
    schedule = cli("schedule", *body)[1].splitlines()
    record = cli("record", *body)[1].splitlines()
    # Each window's line in words: the record's, once its meetings are named, is the same.
    said = [line.strip() for line in schedule if line.startswith("    ")]
    for line in said:
        window = line.split(" — ")[0]
        assert any(other.strip().startswith(window) for other in record), line
    last_schedule = said[-1].split(" — ", 1)[1]
    last_record = [r for r in record if r.strip().startswith(said[-1].split(" — ")[0])]
    assert last_record[0].strip().split(" — ", 1)[1] == last_schedule


def test_schedule_and_record_agree_on_a_window_on_its_last_day() -> None:
    # 30 September 2013 is window 1's last day: still open on it, for both.
    body = ("--body", "security-follow-up-committee", "--lang", "fr")
    schedule = cli("schedule", *body, "--until", "2013-09-30")[1]
    record = cli("record", *body, "--as-of", "2013-09-30")[1]
    line = (
        "entre le 1er juillet 2013 et le 30 septembre 2013 — en cours, aucune réunion"
        " enregistrée pour l'instant"
    )
    assert line in schedule
    assert line in record


def test_record_before_the_series_says_when_its_first_window_starts() -> None:
    out = cli("record", "--body", "council-of-interior-ministers", "--as-of", "2013-01-01")[1]
    assert out.splitlines()[5:9] == [
        "    لا تبدأ أي فترة في موعد أقصاه 1 يناير 2013: تبدأ الفترة الأولى في 21 أبريل 2013",
        "    Conseil des ministres de l'Intérieur des pays de l'Union du Maghreb arabe — une fois"
        " par an",
        "    aucune fenêtre ne commence au plus tard le 1er janvier 2013 : la première fenêtre"
        " commence le 21 avril 2013",
        "    الاجتماعات المنعقدة: 0",
    ]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_bodies_say_what_their_sources_disagree_on(lang: str) -> None:
    from maghreb_accord import load
    from maghreb_accord._render.views import disagreement

    accord = load()
    listing = cli("bodies", "--lang", lang)[1].splitlines()
    markdown = cli("export", "--format", "markdown", "--lang", lang)[1]
    disputed = [body for body in accord.bodies if body.disputes]
    assert {body.id for body in disputed} >= {"security-follow-up-committee"}
    for body in accord.bodies:
        name = body.name.in_locale(lang)
        line = next(line for line in listing if line.strip().startswith(name))
        if body.disputes:
            assert line.endswith(f"({disagreement(body.disputes, lang)})")
        else:
            assert disagreement((), lang).split()[0] not in line
    french = "sources en désaccord : rattachement" if lang == "fr" else "المصادر مختلفة: التبعية"
    assert french in cli("bodies", "--lang", lang)[1]
    assert markdown.count("(sources en désaccord\u00a0: rattachement)") == (
        4 if lang == "fr" else 0
    )


@pytest.mark.parametrize("day", ["2013-08-01", "2014-06-15", "2015-01-31", "2016-12-31"])
def test_schedule_and_compliance_give_each_window_one_status_on_a_day(day: str) -> None:
    import datetime

    from maghreb_accord import load
    from maghreb_accord._render.views import window_status

    accord = load()
    body = "security-follow-up-committee"
    out = cli("schedule", "--body", body, "--until", day, "--lang", "fr")[1].splitlines()
    said = [line.strip().split(" — ", 1)[1] for line in out if line.startswith("    ")]
    report = accord.compliance(body, as_of=datetime.date.fromisoformat(day))
    # A window with a meeting is left out: the schedule reads the whole record, so a meeting
    # held after the day already fills its window there (committee-1 in October 2013),
    # where compliance on that day calls the window open.
    for window, line in zip(report.windows, said, strict=True):
        if not window.meetings:
            assert line == window_status(window.status, "fr"), (window.index, line)


def test_a_schedule_past_the_record_says_where_the_record_stops() -> None:
    body = ("schedule", "--body", "security-follow-up-committee", "--lang", "fr")
    past = cli(*body, "--until", "2020-06-01")[1].splitlines()
    assert past[0] == "au 1er juin 2020 — dernier jour dont parle le registre : 31 décembre 2016"
    assert past[1].startswith("0  2013-04-21")
    within = cli(*body, "--until", "2016-12-31")[1].splitlines()
    assert within[0].startswith("0  2013-04-21")


@pytest.mark.parametrize("fmt", ["json", "schema", "popolo", "csv-references"])
def test_lang_both_is_what_a_bilingual_export_is_and_is_taken(fmt: str) -> None:
    # A script looping over ar, fr and both need not leave these formats out for both.
    assert cli("export", "--format", fmt, "--lang", "both") == cli("export", "--format", fmt)
