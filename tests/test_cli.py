"""python -m maghreb_accord prints the bilingual summary of the accord."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
        "Libye : Achour Souleimane Chouaïl",
        "Mauritanie : Mohamed Ould Boilil",
    ):
        assert line in out
    # Bodies as a tree, with how often they meet; the held and the planned meeting.
    assert "\n      لجنة المتابعة الأمنية — مرة كل ثلاثة أشهر على الأقل، وكلما دعت الضرورة\n" in out
    assert (
        "\n      Comité de suivi sécuritaire — au moins une fois tous les trois mois, et chaque fois"
        " que nécessaire\n"
    ) in out
    assert "\n        Sous-groupes sécuritaires spécialisés\n" in out
    assert "des pays de l'Union du Maghreb arabe — une fois par an" in out
    assert "Première réunion du comité de suivi sécuritaire (prévue)" in out
    assert "au plus tard le 30 juin 2013 — Rabat, Maroc" in out
    assert "في موعد أقصاه 30 يونيو 2013 — الرباط، المغرب" in out
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
    assert "invalid choice: 'en'" in result.stderr
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
    assert "lotfi-ben-jeddou  (TN, participant)" in out
    assert "لطفي بن حدو" in out
    assert "Chwayel" in out


def test_bodies_command_shows_the_tree() -> None:
    out = cli("bodies", "--lang", "fr")[1]
    assert "\n  council-of-interior-ministers  (council)\n" in out
    assert "\n      specialised-security-sub-teams  (working_group)\n" in out
    assert "Comité de suivi sécuritaire — au moins une fois tous les trois mois" in out


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
    status, out, err = cli("export", "--format", "ics")
    assert status == 2
    assert out == ""
    assert (
        err
        == "maghreb-accord: error: --format ics needs --body ID: whose meetings to put in the calendar\n"
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
    assert "RRULE:FREQ=MONTHLY;UNTIL=20140101;INTERVAL=3" in out


def test_schedule_and_due_commands() -> None:
    status, out, _ = cli(
        "schedule",
        "--body",
        "security-follow-up-committee",
        "--until",
        "2013-09-30",
        "--lang",
        "fr",
    )
    assert status == 0
    assert out.splitlines() == [
        "0  2013-04-21 .. 2013-06-30  (security-follow-up-committee-1)",
        "    entre le 21 avril 2013 et le 30 juin 2013",
        "1  2013-07-21 .. 2013-09-30",
        "    entre le 21 juillet 2013 et le 30 septembre 2013",
    ]
    status, out, _ = cli("due", "--as-of", "2013-07-01")
    assert status == 0
    assert "passed: 2\n  2013-06-30  commitment  first-follow-up-meeting\n" in out


def test_find_command() -> None:
    status, out, _ = cli("find", "Achour Chwayel", "--limit", "1")
    assert (status, out) == (0, "1.00  minister    achour-souleimane-chouail  (Achour Chwayel)\n")
    out = cli("find", "terrorisme", "--kind", "domain", "--kind", "body")[1]
    assert {line.split()[1] for line in out.splitlines()} == {"domain"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["nonsense"], "invalid choice: 'nonsense'"),
        (["export"], "the following arguments are required: --format"),
        (["export", "--format", "pdf"], "invalid choice: 'pdf'"),
        (["schedule", "--body", "x", "--until", "soon"], "'soon' is not a date as YYYY-MM-DD"),
        (["commitments", "--domain", "terorism"], "invalid choice: 'terorism'"),
        (["find"], "the following arguments are required: query"),
        (["--lang", "en"], "invalid choice: 'en'"),
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


def test_a_bad_accord_file_lists_each_problem_on_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": "Bad Id", "title": {"ar": "", "fr": "x"}}', "utf-8")
    status, out, err = cli("states", "--file", str(path))
    assert status == 2
    assert out == ""
    lines = err.splitlines()
    assert f"maghreb-accord: error: {path}: $.id: 'Bad Id' is not an id" in lines[0] or any(
        "$.title.ar: must not be empty or blank" in line for line in lines
    )
    assert all(line.startswith(f"maghreb-accord: error: {path}: $") for line in lines)
    assert len(lines) >= 7


def test_a_missing_accord_file_is_one_clear_error(tmp_path: Path) -> None:
    status, _, err = cli("--file", str(tmp_path / "none.json"))
    assert status == 2
    assert "No such file or directory" in err


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
    assert "Documentation:" in help_text


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
        "- `TN` Tunisie (République tunisienne) : Lotfi Ben Jeddou, ministre de l'Intérieur\n"
        "  - tel qu'imprimé : \u2068لطفي بن حدو\u2069\n"
        "- `LY`"
    ) in markdown
    assert (
        "- `MR` Mauritanie (République islamique de Mauritanie) : aucun ministre indiqué\n"
        in markdown
    )
    html = cli("export", "--format", "html", "--file", str(path))[1]
    french = html[html.index('lang="fr"') :]
    assert "<li>Second Ministre, ministre de l&#x27;Intérieur</li>" in french
    assert "Mauritanie (République islamique de Mauritanie) : aucun ministre indiqué" in french
