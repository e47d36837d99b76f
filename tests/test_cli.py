"""python -m maghreb_accord prints the bilingual summary of the accord."""

from __future__ import annotations

import subprocess
import sys

import pytest

from maghreb_accord.__main__ import main


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
    assert "\n      لجنة المتابعة الأمنية — مرة كل ثلاثة أشهر\n" in out
    assert "\n      Comité de suivi sécuritaire — une fois tous les trois mois\n" in out
    assert "\n        Sous-groupes sécuritaires spécialisés\n" in out
    assert "des pays de l'Union du Maghreb arabe — une fois par an" in out
    assert "Première réunion du comité de suivi sécuritaire (prévue)" in out
    assert "au plus tard le 30 juin 2013 — Rabat, Maroc" in out
    assert "في موعد أقصاه 30 يونيو 2013 — الرباط، المغرب" in out
    # Commitments by domain, then the numbered commitments.
    assert "extradition (1) : 17" in out
    assert "protection civile (3) : 4, 9, 10" in out
    assert "الحماية المدنية (3): 4، 9، 10" in out
    assert "17. [appel] remettre les membres des groupes terroristes" in out
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
