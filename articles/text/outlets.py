"""Outlets texts name (a dateline's agency, a page's domain), with what the archive records about them.

Plain data, no database: the parser reads it to name a text's source, the catalog writer to create it.
"""

from __future__ import annotations

# name as a text gives it, lower-cased -> (display name, Source.Kind value, address)
OUTLETS = {
    "kazinform": ("Kazinform", "news_agency", "https://www.inform.kz"),
    "gov.kz": ("gov.kz", "government", "https://www.gov.kz"),
    "akorda.kz": ("akorda.kz", "government", "https://www.akorda.kz"),
}


def outlet_for(name: str) -> tuple[str, str, str]:
    """How the archive records an outlet named in a text: (display name, Source.Kind value, address)."""
    return OUTLETS.get(name.lower(), (name, "other", ""))
