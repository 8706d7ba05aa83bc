"""The protocol's error conditions (OAI-PMH 2.0, section 3.6), raised anywhere and answered in one place."""

from __future__ import annotations


class OAIError(Exception):
    """An error the response reports as `<error code="…">message</error>`."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def bad_argument(message: str) -> OAIError:
    return OAIError("badArgument", message)


def bad_resumption_token(message: str = "The resumption token is invalid or has expired.") -> OAIError:
    return OAIError("badResumptionToken", message)


def no_records_match() -> OAIError:
    return OAIError("noRecordsMatch", "No records match the request.")
