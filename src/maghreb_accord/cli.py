"""The command line: ``maghreb-accord`` (or ``python -m maghreb_accord``).

Errors go to standard error, one line per problem, and exit with status 2 for bad usage or
bad data; nothing ends in a traceback. The language is chosen with ``--lang``, never taken
from the environment.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    from ._render.blocks import Document
    from .agreement import Agreement

__all__ = ["main"]

Language = Literal["ar", "fr", "both"]
FORMATS: Final = ("json", "schema", "popolo", "csv", "markdown", "html", "ics")
DOCS: Final = (
    "the tutorial, how-to guides and API reference in docs/ (build them with "
    "sphinx-build docs docs/_build/html), or pydoc maghreb_accord"
)


class UsageError(Exception):
    """A request the data cannot answer, such as an ics export without a body."""


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD") from None


def _languages(lang: Language) -> tuple[Literal["ar", "fr"], ...]:
    return ("ar", "fr") if lang == "both" else (lang,)


def _text(document: Document, *, ends_empty: bool = False) -> str:
    """The listing as text; ``ends_empty``: an empty listing is an empty line, not nothing."""
    from ._render.text import render_text

    text = render_text(document)
    return text + "\n" if text or ends_empty else ""


def _summary(accord: Agreement, args: argparse.Namespace) -> str:
    from ._summary import summary

    return summary(accord, language=args.lang)


def _states(accord: Agreement, args: argparse.Namespace) -> str:
    from ._render.views import states_listing

    return _text(states_listing(accord, _languages(args.lang)), ends_empty=True)


def _ministers(accord: Agreement, args: argparse.Namespace) -> str:
    from ._render.views import ministers_listing

    return _text(ministers_listing(accord, _languages(args.lang)), ends_empty=True)


def _bodies(accord: Agreement, args: argparse.Namespace) -> str:
    from ._render.views import bodies_listing

    return _text(bodies_listing(accord, _languages(args.lang)), ends_empty=True)


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
    return _text(commitments_listing(chosen, _languages(args.lang)))


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
        return export.to_csv(accord)
    if fmt == "markdown":
        return export.to_markdown(accord)
    if fmt == "html":
        return export.to_html(accord)
    if not args.body:
        raise UsageError("--format ics needs --body ID: whose meetings to put in the calendar")
    locale = "ar" if args.lang == "ar" else "fr"
    return export.to_ical(accord, args.body, until=args.until, locale=locale)


def _schedule(accord: Agreement, args: argparse.Namespace) -> str:
    from ._render.views import schedule_listing

    expected = accord.schedule(args.body, until=args.until)
    return _text(schedule_listing(expected, _languages(args.lang)))


def _due(accord: Agreement, args: argparse.Namespace) -> str:
    from ._render.views import due_listing

    return _text(due_listing(accord.due(args.as_of), _languages(args.lang)), ends_empty=True)


def _find(accord: Agreement, args: argparse.Namespace) -> str:
    from ._render.views import find_listing

    return _text(find_listing(accord.find(args.query, kinds=args.kind or None, limit=args.limit)))


def _parser() -> argparse.ArgumentParser:
    from .search import KINDS
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
            choices=("ar", "fr", "both"),
            help="language of the output: ar, fr or both (default: both, Arabic first)",
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
        description=(
            "The security accord of the Arab Maghreb Union's interior ministers (Rabat, "
            "21 April 2013), in Arabic and French. Without a command, prints a summary."
        ),
        epilog=f"Documentation: {DOCS}. Exit status: 0 on success, 2 for bad usage or bad data.",
    )
    parser.set_defaults(lang="both", file=None, output=None, run=_summary)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run: Callable[..., str], help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help, description=help)
        sub.set_defaults(run=run)
        return sub

    command("summary", _summary, "date and place, states and ministers, bodies, commitments")
    command("states", _states, "the member states, their official names and ministers")
    command("ministers", _ministers, "the ministers and every spelling of their names")
    command("bodies", _bodies, "the bodies as a tree, with how often they meet")
    listing = command("commitments", _commitments, "the commitments, optionally filtered")
    listing.add_argument(
        "--domain",
        type=lambda text: text.replace("-", "_"),  # illegal-migration reads as illegal_migration
        choices=[d.value for d in Domain],
        help="about this domain",
    )
    listing.add_argument("--body", metavar="ID", help="that this body is charged with")
    listing.add_argument("--kind", choices=[k.value for k in CommitmentKind], help="of this kind")
    exporting = command("export", _export, "the accord in another format")
    exporting.add_argument("--format", choices=FORMATS, required=True, help="the format")
    exporting.add_argument("--body", metavar="ID", help="with --format ics: the body to schedule")
    exporting.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="with ics: last day")
    scheduling = command("schedule", _schedule, "the meetings a body is expected to hold")
    scheduling.add_argument("--body", metavar="ID", required=True, help="the body, by id")
    scheduling.add_argument(
        "--until", type=_date, required=True, metavar="YYYY-MM-DD", help="up to this day"
    )
    due = command("due", _due, "the deadlines passed and still open as of a day")
    due.add_argument("--as-of", type=_date, required=True, metavar="YYYY-MM-DD", help="the day")
    finding = command("find", _find, "anything, by any spelling, in Arabic or Latin script")
    finding.add_argument("query", help="a name, in any spelling")
    finding.add_argument("--kind", action="append", choices=KINDS, help="only this kind (repeat)")
    finding.add_argument("--limit", type=int, default=10, help="at most this many (default 10)")
    return parser


def _fail(lines: Sequence[str]) -> int:
    for line in lines:
        sys.stderr.write(f"maghreb-accord: error: {line}\n")
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process's); return the exit status.

    >>> main(["find", "Achour Chwayel", "--limit", "1"])
    1.00  minister    achour-souleimane-chouail  (Achour Chwayel)
    0

    .. versionadded:: 0.1.0
    """
    from . import AccordDataError, UnknownIdError, load, load_file
    from .errors import ScheduleError

    parser = _parser()
    args = parser.parse_args(argv)
    try:
        accord = load() if args.file is None else load_file(args.file)
    except AccordDataError as error:
        return _fail([f"{args.file}: {problem}" for problem in error.problems])
    try:
        text = args.run(accord, args)
    except (UnknownIdError, ScheduleError, UsageError) as error:
        return _fail([str(error)])
    except ImportError as error:
        return _fail([str(error)])
    data = text.encode("utf-8")
    if args.output is None:
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
        args.output.write_bytes(data)
    except OSError as error:
        return _fail([f"cannot write {str(args.output)!r}: {error.strerror or error}"])
    return 0
