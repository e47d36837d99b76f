"""The command line: ``maghreb-accord`` (or ``python -m maghreb_accord``).

Errors go to standard error, one line per problem, and exit with status 2 for bad usage or
bad data; nothing ends in a traceback. The language is chosen with ``--lang``, never taken
from the environment.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ._render.blocks import Document
    from .agreement import Agreement

__all__ = ["main"]

_FORMATS: Final = (
    "json",
    "schema",
    "popolo",
    "csv",
    "csv-references",
    "csv-attendance",
    "csv-windows",
    "markdown",
    "html",
    "ics",
    "svg",
)
# Formats with one language: a calendar, a drawing. Without --lang they are in French.
_ONE_LANGUAGE: Final = ("ics", "svg")
# Formats whose output is the same in every language: --lang ar or fr would change nothing.
_BILINGUAL: Final = ("json", "schema", "popolo", "csv-references")
# The formats each export option is for; its help and its usage error name them from here.
_CSV: Final = ("csv", "csv-references", "csv-attendance", "csv-windows")
_WITH_BODY: Final = (*_CSV, "ics", "svg")
_WITH_AS_OF: Final = ("html", "svg", "csv-windows")
_WITH_UNTIL: Final = ("ics",)
# The default of schedule --until and of every --as-of: the same output every day it is run.
_RECORD_END: Final = (
    "(default: the last day the record speaks of, so the output does not change from day to day)"
)
# What every installed user has (no docs/ folder comes with a wheel), one per line.
_DOCS: Final = (
    "  maghreb-accord COMMAND --help    each command's options",
    "  python -m pydoc maghreb_accord   the library's API, with examples; then",
    "                                   maghreb_accord.Agreement, maghreb_accord.export, ...",
)


class _Version(argparse.Action):
    """``--version``: print ``maghreb-accord`` and the installed version, then exit 0."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        # Read only when asked: the package's metadata costs an import every other run spares.
        from . import __version__

        sys.stdout.write(f"maghreb-accord {__version__}\n")
        parser.exit()


class _NoMatch(Exception):
    """A search that found nothing: said on standard error, with exit status 1."""


def _date(text: str) -> datetime.date:
    # Only the form the help gives: fromisoformat alone would also read 20160101 or 2016-W01.
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD")
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: there is no such day") from None


def _lang(text: str) -> str:
    """``both``, or a locale of Arabic or French that CLDR knows: ``ar``, ``ar_MA``, ``fr-DZ``."""
    from .errors import LocaleError
    from .locales import _babel_locale, parse_locale

    if text.lower() == "both":
        return "both"
    try:
        tag = parse_locale(text)
        if tag.language in ("ar", "fr"):
            _babel_locale(tag.babel_identifier())
            return tag.babel_identifier()
    except LocaleError:
        pass
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a language of the accord: use ar, fr, both, or a locale of either"
        " such as ar_MA, ar_DZ, ar_TN or fr_MA"
    )


def _locales(lang: str) -> tuple[str, ...]:
    return ("ar", "fr") if lang == "both" else (lang,)


def _text(document: Document, *, ends_empty: bool = False) -> str:
    """The listing as text; ``ends_empty``: an empty listing is an empty line, not nothing."""
    from ._render.text import render_text

    text = render_text(document)
    return text + "\n" if text or ends_empty else ""


def _summary(accord: Agreement, args: argparse.Namespace) -> str:
    from ._summary import summary

    return summary(accord, args.lang)


def _states(accord: Agreement, args: argparse.Namespace) -> str:
    from ._render.views import states_listing

    return _text(states_listing(accord, _locales(args.lang)), ends_empty=True)


def _ministers(accord: Agreement, args: argparse.Namespace) -> str:
    from ._render.views import ministers_listing

    return _text(ministers_listing(accord, _locales(args.lang)), ends_empty=True)


def _bodies(accord: Agreement, args: argparse.Namespace) -> str:
    from ._render.views import bodies_listing

    return _text(bodies_listing(accord, _locales(args.lang)), ends_empty=True)


def _commitments(accord: Agreement, args: argparse.Namespace) -> str:
    from ._render.views import commitments_listing

    chosen = list(accord.commitments)
    if args.domain:
        about = set(accord.commitments_about(args.domain))
        chosen = [c for c in chosen if c in about]
    if args.body:
        charged = set(accord.commitments_of(args.body))
        chosen = [c for c in chosen if c in charged]
    if args.kind:
        chosen = [c for c in chosen if c.kind == args.kind]
    return _text(commitments_listing(chosen, _locales(args.lang)))


def _export(accord: Agreement, args: argparse.Namespace) -> str:
    import json

    from . import export

    fmt = args.format
    if fmt == "json":
        return export.to_json(accord)
    if fmt == "schema":
        return json.dumps(export.json_schema(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "popolo":
        return json.dumps(export.to_popolo(accord), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return export.to_csv(
            accord, args.lang, body=args.body, formula_guard=args.formula_guard, bom=args.bom
        )
    if fmt == "csv-references":
        return export.to_csv_references(
            accord, body=args.body, formula_guard=args.formula_guard, bom=args.bom
        )
    if fmt == "csv-attendance":
        return export.to_csv_attendance(
            accord, args.lang, body=args.body, formula_guard=args.formula_guard, bom=args.bom
        )
    if fmt == "csv-windows":
        return export.to_csv_windows(
            accord,
            args.lang,
            as_of=args.as_of,
            body=args.body,
            formula_guard=args.formula_guard,
            bom=args.bom,
        )
    if fmt == "markdown":
        return export.to_markdown(accord, args.lang)
    if fmt == "html":
        return export.to_html(accord, args.lang, as_of=args.as_of)
    if fmt == "svg":
        bodies = None if args.body is None else [args.body]
        return export.to_svg(accord, args.lang, as_of=args.as_of, bodies=bodies)
    assert args.body, "_export_problem asks for --body"
    return export.to_ical(accord, args.body, args.lang, until=args.until)


def _schedule(accord: Agreement, args: argparse.Namespace) -> str:
    from ._summary import schedule_text
    from .agreement import _on_day

    until = _on_day(accord, args.until, "until")
    return schedule_text(accord, args.body, args.lang, until=until)


def _due(accord: Agreement, args: argparse.Namespace) -> str:
    from ._summary import due_text
    from .agreement import _on_day

    as_of = _on_day(accord, args.as_of, "as_of")
    return due_text(accord, as_of, args.lang)


def _record(accord: Agreement, args: argparse.Namespace) -> str:
    from ._summary import record_text
    from .agreement import _on_day

    as_of = _on_day(accord, args.as_of, "as_of")
    return record_text(accord, as_of, args.lang, body=args.body)


def _find(accord: Agreement, args: argparse.Namespace) -> str:
    from ._render.views import find_listing

    matches = accord.find(
        args.query, kinds=args.kind or None, limit=args.limit, min_score=args.min_score
    )
    if not matches:
        raise _NoMatch(f"no match for {args.query!r}")
    return _text(find_listing(matches, _locales(args.lang)))


def _misused_option(args: argparse.Namespace) -> str | None:
    """Why the options given do not fit the command, or None if they do.

    An option that would change nothing, or one the command needs that is missing: said
    before any data is read, each export's problem after ``export --format FORMAT:``.
    """
    command = args.command
    if command == "validate":
        if args.file is not None:
            return "validate: give the files to check as arguments, not with --file"
        if args.lang_given:
            return "validate: --lang changes nothing: problems are reported in English"
        return None
    if command != "export":
        return None
    problem = _export_problem(args)
    return None if problem is None else f"export --format {args.format}: {problem}"


def _export_problem(args: argparse.Namespace) -> str | None:
    """Why the options given do not fit ``export --format``, or None if they do."""
    fmt = args.format
    if fmt == "ics" and args.lang == "both":
        return "a calendar has one language: --lang ar or fr (default fr)"
    if fmt == "svg" and args.lang == "both":
        return "a drawing has one language: --lang ar or fr (default fr); draw one of each for both"
    if fmt == "ics" and not args.body:
        return "needs --body ID: whose meetings to put in the calendar"
    if args.lang_given and args.lang != "both" and fmt in _BILINGUAL:
        return "--lang changes nothing: the output has both languages"
    if args.file is not None and fmt == "schema":
        return "--file changes nothing: the schema is the same for all"
    if args.body is not None and fmt not in _WITH_BODY:
        return f"--body is only for {_formats(_WITH_BODY)}"
    if args.as_of is not None and fmt not in _WITH_AS_OF:
        return f"--as-of is only for {_formats(_WITH_AS_OF)}"
    if args.until is not None and fmt not in _WITH_UNTIL:
        return f"--until is only for {_formats(_WITH_UNTIL)}"
    if (args.bom or not args.formula_guard) and fmt not in _CSV:
        return f"--bom and --no-formula-guard are only for {_formats(_CSV)}"
    return None


def _formats(formats: Sequence[str]) -> str:
    """``formats`` as a list in words: ``csv, csv-references and csv-attendance``."""
    *most, last = formats
    return f"{', '.join(most)} and {last}" if most else last


def _validate(args: argparse.Namespace) -> tuple[str, bool]:
    """The report on every file of ``args.files``, and whether they are all valid."""
    from . import AccordDataError, load_file

    lines: list[str] = []
    valid = True
    for path in args.files:
        try:
            load_file(path)
        except AccordDataError as error:
            valid = False
            lines += _data_problems(error)
        else:
            lines.append(f"{path}: valid")
    return "".join(line + "\n" for line in lines), valid


def _data_problems(error: Exception) -> list[str]:
    """The lines of an accord file's problems: the file named once, then every problem."""
    from . import AccordDataError
    from .errors import _unreadable_file

    assert isinstance(error, AccordDataError)
    problems = error.problems
    if _unreadable_file(error):
        return [str(error)]  # cannot be read at all: one line
    count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
    head = f"{count}:" if error.file is None else f"{error.file}: {count}:"
    return [head, *(f"  {problem}" for problem in problems)]


def _query(text: str) -> str:
    """A query with something to search for: ``Agreement.find`` matches nothing for a blank one."""
    if not text.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is empty or blank: give a name to search for")
    return text


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a score from 0 to 1")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _parser() -> argparse.ArgumentParser:
    from .search import _KINDS
    from .vocabulary import CommitmentKind, Domain

    def options(*, defaults: bool) -> argparse.ArgumentParser:
        """The options every command takes, before or after the command's name.

        The main parser gives them defaults; each command's parser must not, or its
        defaults would overwrite what was given before the command's name. Each gets its own
        option objects: shared ones would share their defaults too.
        """
        common = argparse.ArgumentParser(add_help=False)
        unset = {} if defaults else {"default": argparse.SUPPRESS}
        common.add_argument(
            "--lang",
            type=_lang,
            metavar="LANG",
            help=(
                "language of the output: ar, fr, both (default: both, Arabic first), or a"
                " locale such as ar_MA, ar_DZ, ar_TN or fr_MA, whose dates it follows"
            ),
            **unset,  # type: ignore[arg-type]
        )
        common.add_argument(
            "--file",
            type=Path,
            metavar="PATH",
            help="read this accord file instead of the bundled canonical accord",
            **unset,  # type: ignore[arg-type]
        )
        common.add_argument(
            "--output",
            type=Path,
            metavar="PATH",
            help="write to this file (UTF-8) instead of standard output",
            **unset,  # type: ignore[arg-type]
        )
        return common

    common = options(defaults=False)
    parser = argparse.ArgumentParser(
        prog="maghreb-accord",
        parents=[options(defaults=True)],
        # The epilog's lines are kept as written: a command is not cut in two.
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "The security accord of the Arab Maghreb Union's interior ministers (Rabat,\n"
            "21 April 2013), in Arabic and French. Without a command, prints a summary."
        ),
        epilog="\n".join(
            (
                "documentation:",
                *_DOCS,
                "",
                "exit status:",
                "  0 on success, 1 when find matches nothing, 2 for bad usage or bad data",
            )
        ),
    )
    parser.add_argument("--version", action=_Version, help="print the version and exit")
    # lang stays None until main() knows the command: a calendar's default is French.
    parser.set_defaults(lang=None, file=None, output=None, run=_summary, command="summary")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(
        name: str,
        run: Callable[..., str],
        help: str,
        *,
        shared: bool = True,
        epilog: str | None = None,
    ) -> argparse.ArgumentParser:
        parents = [common] if shared else []
        sub = commands.add_parser(name, parents=parents, help=help, description=help, epilog=epilog)
        sub.set_defaults(run=run, command=name)
        return sub

    command("summary", _summary, "date and place, states and ministers, bodies, commitments")
    command("states", _states, "the member states, their official names and ministers")
    command("ministers", _ministers, "the ministers and every spelling of their names")
    command("bodies", _bodies, "the bodies as a tree, with how often they meet")
    listing = command("commitments", _commitments, "the commitments, optionally filtered")
    listing.add_argument(
        "--domain",
        # illegal-migration and ILLEGAL_MIGRATION read as illegal_migration.
        type=lambda text: text.replace("-", "_").lower(),
        choices=[d.value for d in Domain],
        help="about this domain",
    )
    listing.add_argument("--body", metavar="ID", help="that this body is charged with")
    listing.add_argument(
        "--kind", type=str.lower, choices=[k.value for k in CommitmentKind], help="of this kind"
    )
    exporting = command(
        "export",
        _export,
        "the accord in another format",
        epilog=(
            "CSV and languages: with --lang both (the default), csv, csv-attendance and"
            " csv-windows are"
            " machine-readable: the header is of stable column names, kinds, domains,"
            " statuses and levels are their stable values (announcement, held, minister),"
            " and each text has one column per language (text_ar and text_fr, place_ar and"
            " place_fr, ...). With --lang ar or fr (or a locale) they are for people reading"
            " that language: the header and the values in its words, one column per text."
            " csv-references always has both languages and the same header."
        ),
    )
    exporting.add_argument("--format", choices=_FORMATS, required=True, help="the format")
    exporting.add_argument(
        "--body",
        metavar="ID",
        help=(
            "with ics: the body to schedule; with csv and csv-references: only the"
            " commitments it is charged with; with csv-attendance: only its meetings;"
            " with csv-windows: only its windows; with svg: only this body's lane"
        ),
    )
    exporting.add_argument(
        "--until",
        type=_date,
        metavar="YYYY-MM-DD",
        help="with ics: the windows that start by this day, as in schedule",
    )
    exporting.add_argument(
        "--as-of",
        type=_date,
        metavar="YYYY-MM-DD",
        help=(
            "with svg, html and csv-windows: the day each body's windows are judged on"
            f" {_RECORD_END}"
        ),
    )
    exporting.add_argument(
        "--bom",
        action="store_true",
        help=f"with {_formats(_CSV)}: start with a byte order mark, for Excel",
    )
    exporting.add_argument(
        "--no-formula-guard",
        dest="formula_guard",
        action="store_false",
        help=(
            f"with {_formats(_CSV)}: write cells starting with = + - @, a tab or a carriage"
            " return as they are, not quoted as text"
        ),
    )
    scheduling = command("schedule", _schedule, "the meetings a body is expected to hold")
    scheduling.add_argument("--body", metavar="ID", required=True, help="the body, by id")
    scheduling.add_argument(
        "--until", type=_date, metavar="YYYY-MM-DD", help=f"up to this day {_RECORD_END}"
    )
    due = command(
        "due",
        _due,
        "the deadlines passed and still open as of a day, and the windows closed with no"
        " meeting recorded",
    )
    due.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help=f"the day {_RECORD_END}")
    recording = command(
        "record",
        _record,
        "each body's meetings since the accord: windows of its cadence, lateness, attendance",
    )
    recording.add_argument(
        "--body",
        metavar="ID",
        help="only this body, by id (default: every body with a cadence or a recorded meeting)",
    )
    recording.add_argument(
        "--as-of",
        type=_date,
        metavar="YYYY-MM-DD",
        help=f"the record as it stood on this day {_RECORD_END}",
    )
    finding = command("find", _find, "anything, by any spelling, in Arabic or Latin script")
    finding.add_argument("query", type=_query, help="a name, in any spelling (not blank)")
    finding.add_argument(
        "--kind", action="append", type=str.lower, choices=_KINDS, help="only this kind (repeat)"
    )
    finding.add_argument(
        "--limit", type=_positive, default=10, help="at most this many (default 10)"
    )
    finding.add_argument(
        "--min-score",
        type=_score,
        default=0.0,
        metavar="SCORE",
        help="only matches scoring at least this, from 0 to 1 (default 0)",
    )
    checking = command(
        "validate", _summary, "check accord files and print every problem of each", shared=False
    )
    checking.add_argument("files", nargs="+", type=Path, metavar="FILE", help="an accord file")
    checking.add_argument(
        "--output",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="write the report to this file (UTF-8) instead of standard output",
    )
    return parser


def _fail(lines: Sequence[str]) -> int:
    for line in lines:
        sys.stderr.write(f"maghreb-accord: error: {line}\n")
    return 2


def _fail_then(head: str, lines: Sequence[str]) -> int:
    """One error line, then ``lines`` as they are (the problems under it)."""
    sys.stderr.write(f"maghreb-accord: error: {head}\n")
    sys.stderr.write("".join(line + "\n" for line in lines))
    return 2


def _given_twice(argv: Sequence[str], command: str) -> str | None:
    """The first option ``argv`` gives twice (``find --kind`` may repeat), or None.

    argparse keeps the last value: an option given twice would have one value ignored.
    """
    repeatable = {"--kind"} if command == "find" else set()
    seen: set[str] = set()
    for token in argv:
        if token == "--":  # what follows is positional
            break
        name = token.split("=", 1)[0]
        if not name.startswith("--") or name in repeatable:
            continue
        if name in seen:
            return name
        seen.add(name)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process's); return the exit status.

    >>> from maghreb_accord.cli import main
    >>> main(["find", "Achour Chwayel", "--limit", "1", "--lang", "fr"])
    1.00  achour-souleimane-chouail
        ministre : Achour Chouaïl (Achour Chwayel)
    0

    .. versionadded:: 0.1.0
    """
    from . import AccordDataError, UnknownIdError, load, load_file
    from .errors import ScheduleError

    parser = _parser()
    args = parser.parse_args(argv)
    twice = _given_twice(sys.argv[1:] if argv is None else argv, args.command)
    if twice is not None:
        return _fail([f"{twice} given twice: give it once"])
    args.lang_given = args.lang is not None
    if args.lang is None:
        one = args.command == "export" and args.format in _ONE_LANGUAGE
        args.lang = "fr" if one else "both"
    misused = _misused_option(args)
    if misused is not None:
        return _fail([misused])
    if args.command == "validate":
        report, valid = _validate(args)
        status = _write(report, args.output)
        return status if status or valid else 2
    try:
        accord = load() if args.file is None else load_file(args.file)
    except AccordDataError as error:
        head, *problems = _data_problems(error)
        return _fail_then(head, problems)
    try:
        text = args.run(accord, args)
    except (UnknownIdError, ScheduleError) as error:
        return _fail([str(error)])
    except ImportError as error:
        return _fail([str(error)])
    except _NoMatch as error:
        sys.stderr.write(f"maghreb-accord: {error}\n")
        return 1
    return _write(text, args.output)


def _write(text: str, output: Path | None) -> int:
    """Write ``text`` to ``output``, or standard output; the exit status."""
    data = text.encode("utf-8")
    if output is None:
        # Bytes, not text: Arabic prints whatever encoding the terminal's locale names.
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(text)
        else:
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
        return 0
    try:
        output.write_bytes(data)
    except OSError as error:
        return _fail([f"cannot write {str(output)!r}: {error.strerror or error}"])
    return 0
