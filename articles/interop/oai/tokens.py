"""Resumption tokens: the list request, how far it got and when, signed so no harvester can forge one.

A token carries the verb's arguments, the offset of the next record (the `cursor` attribute) and the
(datestamp, id) of the last record sent: the next page starts after that record, so records changed
during a harvest move to its end instead of shifting the pages. `django.core.signing` adds the issue time;
a token older than LIFETIME, altered, or used with another verb is a badResumptionToken.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core import signing
from django.utils import timezone

from articles.interop.oai.errors import bad_resumption_token

SALT = "articles.oai.resumption-token"
LIFETIME = datetime.timedelta(hours=24)
LIST_ARGUMENTS = ("metadataPrefix", "set", "from", "until")


@dataclass(frozen=True)
class Position:
    """Where a list goes on: records after (stamp, id), the first of them at `offset` in the whole list."""

    offset: int
    stamp: datetime.datetime
    id: int


def issue(verb: str, arguments: dict[str, str], position: Position) -> str:
    payload = {
        "verb": verb,
        "args": {name: arguments[name] for name in LIST_ARGUMENTS if name in arguments},
        "offset": position.offset,
        "after": [position.stamp.isoformat(), position.id],
    }
    return signing.dumps(payload, salt=SALT, compress=True)


def expiration() -> datetime.datetime:
    return timezone.now() + LIFETIME


def read(verb: str, token: str) -> tuple[dict[str, str], Position]:
    """The arguments and position a token carries, or badResumptionToken."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=LIFETIME)
    except signing.SignatureExpired:
        raise bad_resumption_token("The resumption token has expired; start the list again.") from None
    except signing.BadSignature:
        raise bad_resumption_token("The resumption token was not issued by this repository.") from None
    try:
        if payload["verb"] != verb:
            raise bad_resumption_token(f"The resumption token belongs to {payload['verb']}, not {verb}.")
        arguments = {str(name): str(value) for name, value in payload["args"].items() if name in LIST_ARGUMENTS}
        stamp, record_id = payload["after"]
        position = Position(int(payload["offset"]), datetime.datetime.fromisoformat(stamp), int(record_id))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise bad_resumption_token("The resumption token is malformed.") from None
    return arguments, position
