"""A request's arguments checked against its verb (OAI-PMH 2.0, sections 3.1.1 and 4)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.http import QueryDict

from articles.interop.oai.errors import OAIError, bad_argument

# verb -> (required arguments, optional arguments, exclusive argument)
VERBS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str | None]] = {
    "Identify": ((), (), None),
    "ListMetadataFormats": ((), ("identifier",), None),
    "ListSets": ((), (), "resumptionToken"),
    "ListIdentifiers": (("metadataPrefix",), ("from", "until", "set"), "resumptionToken"),
    "ListRecords": (("metadataPrefix",), ("from", "until", "set"), "resumptionToken"),
    "GetRecord": (("identifier", "metadataPrefix"), (), None),
}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SECONDS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def parse_verb(params: QueryDict) -> str:
    verbs = params.getlist("verb")
    if len(verbs) != 1:
        raise OAIError("badVerb", "The verb argument is missing or repeated.")
    if verbs[0] not in VERBS:
        raise OAIError("badVerb", "The value of the verb argument is not a legal OAI-PMH verb.")
    return verbs[0]


def parse_arguments(verb: str, params: QueryDict) -> dict[str, str]:
    """The verb's arguments, each given once and not empty; anything else is badArgument."""
    required, optional, exclusive = VERBS[verb]
    arguments: dict[str, str] = {}
    for name, values in params.lists():
        if name == "verb":
            continue
        if name not in required + optional + ((exclusive,) if exclusive else ()):
            raise bad_argument(f"{verb} does not take the argument {name!r}.")
        if len(values) != 1:
            raise bad_argument(f"The argument {name!r} is repeated.")
        if not values[0]:
            raise bad_argument(f"The argument {name!r} is empty.")
        arguments[name] = values[0]
    if exclusive and exclusive in arguments:
        if len(arguments) > 1:
            raise bad_argument(f"{exclusive} is an exclusive argument: it must be the only one besides the verb.")
        return arguments
    missing = [name for name in required if name not in arguments]
    if missing:
        raise bad_argument(f"{verb} requires the argument {missing[0]!r}.")
    return arguments


@dataclass(frozen=True)
class Interval:
    """The modification times a list request selects: start inclusive, end exclusive."""

    start: datetime.datetime | None = None
    end: datetime.datetime | None = None


def _parse_stamp(name: str, value: str) -> tuple[datetime.datetime, datetime.timedelta]:
    """A UTC datestamp at day or second granularity, and the length of that granule."""
    try:
        if _DAY.match(value):
            day = datetime.date.fromisoformat(value)
            return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC), datetime.timedelta(days=1)
        if _SECONDS.match(value):
            moment = datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC)
            return moment, datetime.timedelta(seconds=1)
    except ValueError:
        pass
    raise bad_argument(f"The {name!r} argument is not a valid datestamp (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).")


def parse_interval(from_value: str | None, until_value: str | None) -> Interval:
    start = end = None
    if from_value:
        start, from_granule = _parse_stamp("from", from_value)
    if until_value:
        until_start, until_granule = _parse_stamp("until", until_value)
        try:
            end = until_start + until_granule  # `until` takes in the whole day or second it names
        except OverflowError:
            raise bad_argument("The 'until' argument is out of range.") from None
    if from_value and until_value:
        if from_granule != until_granule:
            raise bad_argument("The 'from' and 'until' arguments have different granularities.")
        assert start is not None  # set above: from_value is given
        if start > until_start:
            raise bad_argument("The 'from' argument is later than the 'until' argument.")
    return Interval(start, end)
