"""Popolo JSON: the accord's people, organizations, memberships, posts and events.

`Popolo <https://www.popoloproject.com/>`_ is the data specification civic-data tools use for
people and organizations. The mapping:

* **persons** — the ministers, then the people who represented states at later meetings
  (``Agreement.people``); ``name`` is the standard Latin spelling, ``other_names`` carry
  the standard Arabic spelling and every attested spelling (with where it is printed); a
  person's note on the standard spellings (a transliteration of ours) follows the Arabic
  spelling's note;
* **organizations** — the five member states (``classification`` ``"state"``, identified by
  ISO 3166-1 code and Wikidata item) and the bodies (``classification`` their kind, with
  ``parent_id``);
* **posts** — each state's seat in the council of interior ministers, one for each office its
  ministers hold (``…/ma-minister``, then ``…/ma-minister-2`` for a second office, numbered
  in data order);
* **memberships** — each minister in the council, holding the post of their state and
  office, on behalf of their state; each state in the Union; and each row of a meeting's
  attendance (below);
* **events** — the meetings, held and planned, with dates as precise as the sources allow,
  and their ``attendees``. A meeting known only by bounds has them as ``start_date`` and
  ``end_date``; a meeting whose place no source gives has no ``location``. The
  ``description``, in French as the name is, is the accord's title for the meeting where it
  was reached, and for a meeting known only by bounds a sentence saying that they are
  bounds; then the meeting's note, what the data infers about it and what that rests on
  (such as a day inferred from a weekday). A meeting with none of these has no
  ``description``.

**Attendance.** Popolo's event has ``attendees`` (people) but nothing to say on whose behalf
or at what rank they came, and its membership, which says both, has no event. So each row
of a meeting's attendance is a *membership* of the meeting's body for the meeting's dates:
``id`` ``<meeting>/attendance/<state>`` (``…/<state>-2`` for a state's second row, in data
order), ``organization_id`` the body, ``on_behalf_of_id`` the state, ``role`` the
:class:`~maghreb_accord.Level` (``minister``, ``secretary_general``, …, ``not_known``),
``label`` the office in French where a source gives it, ``start_date`` and ``end_date`` the
meeting's, ``sources`` the row's. Its member is the delegate (``person_id``, a minister's or
a person's id) or, when no source names one, the state itself (``member``, an
Organization): the state was represented, by someone unnamed. The event lists the named
delegates in ``attendees``, each as ``id`` and ``name`` (the full person is in
``persons``). A row's note and disputes have no place in a Popolo membership, which has
no ``description`` (the schema gives notes only to links, each about a document, and to
names): they stay in the accord's own JSON and in the attendance CSV
(:func:`~maghreb_accord.export.to_csv_attendance`), rather than in a field Popolo tools
would not know.

Names are French with the Arabic in ``other_names``. Sources become Popolo links: an outside
source by its address (``https://`` added where the data records none), the bundled article
by a ``urn:maghreb-accord:source:`` URN, with the quote as the note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

    from maghreb_accord.agreement import Agreement
    from maghreb_accord.dates import When
    from maghreb_accord.label import Label
    from maghreb_accord.model import AttestedName, Meeting, SourceRef

__all__ = ["to_popolo"]


def _url(address: str) -> str:
    return address if "://" in address else f"https://{address}"


def _sources(agreement: Agreement, refs: Iterable[SourceRef]) -> list[dict[str, str]]:
    links = []
    for ref in refs:
        source = agreement.source(ref.source)
        if source.address is not None:
            link = {"url": _url(source.address), "note": source.description.fr}
        else:
            link = {"url": f"urn:maghreb-accord:source:{source.id}", "note": source.description.fr}
        if ref.quote is not None:
            link["note"] = f"{ref.quote} ({ref.start}-{ref.end})"
        if link not in links:  # two excerpts of one page are one Popolo link
            links.append(link)
    return links


def _names(label: Label, what: str) -> list[dict[str, str]]:
    return [
        {"name": label.ar, "note": f"ar: {what}"},
        {"name": label.fr, "note": f"fr: {what}"},
    ]


def _other_names(
    agreement: Agreement, name: Label, attested: Iterable[AttestedName], note: str | None = None
) -> list[dict[str, str]]:
    """The standard Arabic spelling and every printed one, each once, with where it stands."""
    standard = "ar: standard spelling" + (f" ({note})" if note else "")
    # One entry per name: where a spelling is both standard and printed, its notes join.
    notes: dict[str, list[str]] = {name.ar: [standard]}
    for spelling in attested:
        if spelling.name != name.fr:
            where = agreement.source(spelling.source.source).id
            said = f"{spelling.language}: as printed in {where}"
            if said not in notes.setdefault(spelling.name, []):
                notes[spelling.name].append(said)
    return [{"name": each, "note": "; ".join(said)} for each, said in notes.items()]


def _attendance(agreement: Agreement, meeting: Meeting) -> list[dict[str, Any]]:
    """A membership of the meeting's body for each row of its attendance; see above."""
    memberships = []
    rows_of: dict[str, int] = {}
    for row in meeting.attendance:
        rows_of[row.state] = rows_of.get(row.state, 0) + 1
        number = rows_of[row.state]
        membership: dict[str, Any] = {
            "id": f"{meeting.id}/attendance/{row.state}" + (f"-{number}" if number > 1 else "")
        }
        if row.office is not None:
            membership["label"] = row.office.fr
        membership["role"] = row.level.value
        if row.delegate is not None:
            membership["person_id"] = row.delegate
        else:
            membership["member"] = {"@type": "Organization", "id": row.state}
        membership |= {
            "organization_id": meeting.body,
            "on_behalf_of_id": row.state,
            **_dates(meeting.when),
            "sources": _sources(agreement, row.sources),
        }
        memberships.append(membership)
    return memberships


def _sentences(texts: Iterable[str]) -> str:
    """``texts`` as one paragraph: each ends with a full stop unless it has its own."""
    paragraph = ""
    for text in texts:
        if paragraph:
            paragraph += " " if paragraph.endswith((".", "!", "?", "…")) else ". "
        paragraph += text
    return paragraph


def _dates(when: When) -> dict[str, str]:
    """Popolo dates, as precise as ours: a day, month or year as such; bounds as bounds."""
    from maghreb_accord.dates import Between

    if not isinstance(when, Between):
        return {"start_date": when.edtf, "end_date": when.edtf}
    dates = {}
    if when.not_before is not None:
        dates["start_date"] = when.not_before.isoformat()
    if when.not_after is not None:
        dates["end_date"] = when.not_after.isoformat()
    return dates


def to_popolo(agreement: Agreement) -> dict[str, list[dict[str, Any]]]:
    """The accord as Popolo JSON, each object valid against the official Popolo schemas.

    The dict holds the lists ``persons``, ``organizations``, ``memberships``, ``posts`` and
    ``events``; see the module's documentation for the mapping. An event's ``description``
    carries its meeting's note, in French, after the sentence saying that its dates are only
    bounds where they are.

    >>> import maghreb_accord
    >>> from maghreb_accord.export import to_popolo
    >>> popolo = to_popolo(maghreb_accord.load())
    >>> sorted(popolo)
    ['events', 'memberships', 'organizations', 'persons', 'posts']
    >>> tunisia = next(p for p in popolo["persons"] if p["id"] == "lotfi-ben-jeddou")
    >>> tunisia["name"], [n["name"] for n in tunisia["other_names"]][:2]
    ('Lotfi Ben Jeddou', ['لطفي بن جدو', 'لطفي بن حدو'])
    >>> [e["id"] for e in popolo["events"]][:3], popolo["events"][1]["end_date"]
    (['rabat-2013', 'security-follow-up-committee-1', 'rabat-2013-experts'], '2013-10')
    >>> popolo["events"][2]["description"][:58]
    'Sa date est une déduction : les sources disent seulement «'

    .. versionadded:: 0.1.0
    """
    council = agreement.main_meeting.body
    persons = []
    memberships: list[dict[str, Any]] = []
    posts = []
    post_ids: dict[tuple[str, Label], str] = {}
    for minister in agreement.ministers:
        persons.append(
            {
                "id": minister.id,
                "name": minister.name.fr,
                "other_names": _other_names(agreement, minister.name, minister.attested_names),
                "sources": _sources(agreement, minister.sources),
            }
        )
        state = agreement.state(minister.state)
        # One post for each office of each state: ministers who share one share its post.
        post_id = post_ids.get((state.code, minister.office))
        if post_id is None:
            offices = sum(code == state.code for code, _ in post_ids) + 1
            post_id = f"{council}/{state.code.lower()}-minister"
            post_id += f"-{offices}" if offices > 1 else ""
            post_ids[state.code, minister.office] = post_id
            posts.append(
                {
                    "id": post_id,
                    "label": f"{minister.office.fr} ({state.name.fr})",
                    "other_label": [f"{minister.office.ar} ({state.name.ar})"],
                    "role": minister.office.fr,
                    "organization_id": council,
                }
            )
        memberships.append(
            {
                "id": f"{council}/{minister.id}",
                "label": minister.office.fr,
                "role": minister.role.value,
                "person_id": minister.id,
                "organization_id": council,
                "post_id": post_id,
                "on_behalf_of_id": state.code,
                "sources": _sources(agreement, minister.sources),
            }
        )
    for person in agreement.people:
        note = None if person.note is None else person.note.fr
        persons.append(
            {
                "id": person.id,
                "name": person.name.fr,
                "other_names": _other_names(agreement, person.name, person.attested_names, note),
                "sources": _sources(agreement, person.sources),
            }
        )
    organizations = []
    union = next((body.id for body in agreement.bodies if body.parent is None), None)
    for state in agreement.states:
        identifiers = [{"scheme": "iso3166-1", "identifier": state.code}]
        if state.wikidata:
            identifiers.append({"scheme": "wikidata", "identifier": state.wikidata})
        organizations.append(
            {
                "id": state.code,
                "name": state.name.fr,
                "other_names": _names(state.name, "name")
                + _names(state.official_name, "official name"),
                "identifiers": identifiers,
                "classification": "state",
                "sources": _sources(agreement, state.sources),
            }
        )
        if union is not None:
            memberships.append(
                {
                    "id": f"{union}/{state.code}",
                    "member": {"@type": "Organization", "id": state.code},
                    "organization_id": union,
                }
            )
    for body in agreement.bodies:
        organization: dict[str, Any] = {
            "id": body.id,
            "name": body.name.fr,
            "other_names": _names(body.name, "name"),
            "classification": body.kind.value,
            "sources": _sources(agreement, body.sources),
        }
        if body.parent is not None:
            organization["parent_id"] = body.parent
        if body.mandate is not None:
            organization["description"] = body.mandate.fr
        organizations.append(organization)
    from maghreb_accord._render.views import delegate_name, place_words
    from maghreb_accord._render.words import capitalized, words
    from maghreb_accord.dates import Between

    events = []
    for meeting in agreement.meetings:
        place = place_words(agreement, meeting, "fr")
        event: dict[str, Any] = {
            "id": meeting.id,
            "name": meeting.name.fr,
            "classification": "meeting",
            "status": meeting.status.value,
            "organization_id": meeting.body,
            **_dates(meeting.when),
        }
        if place:  # where no source gives the place, none is written
            event["location"] = place
        said = []
        if meeting.id == agreement.meeting_id:
            said.append(agreement.title.fr)
        elif isinstance(meeting.when, Between):
            # start_date and end_date are then bounds, not the meeting's length: say so.
            bounds = capitalized(words("fr")["dated_by_bounds"])
            said.append(f"{bounds} : {meeting.when.in_locale('fr')}")
        if meeting.note is not None:  # what the data infers about it, as every output says
            said.append(capitalized(meeting.note.fr))
        if said:
            event["description"] = _sentences(said)
        named = {
            row.delegate: delegate_name(agreement, row, "fr")
            for row in meeting.attendance
            if row.delegate
        }
        if named:
            event["attendees"] = [{"id": id, "name": name} for id, name in named.items()]
        events.append(event)
        memberships += _attendance(agreement, meeting)
    return {
        "persons": persons,
        "organizations": organizations,
        "memberships": memberships,
        "posts": posts,
        "events": events,
    }
