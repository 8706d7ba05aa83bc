"""Assigning topics from the curated vocabulary in fixtures/topics.json, with the reason for each."""

from __future__ import annotations

from collections import Counter

from articles.ingest.records import ArticleRecord
from articles.records.catalog import TopicDefinition
from articles.search.analyzer import index_terms

# Where a match counts most: a topic named in the title or keywords says more than one in the body.
FIELD_WEIGHTS = {"title": 3, "abstract": 2, "body": 1}
MIN_SCORE = 3
RELATIVE_SCORE = 0.2  # of the best topic's score, so incidental mentions do not add topics
MAX_TOPICS = 4


class Terms:
    """A field's analyzed terms with where each term stands, so a phrase is looked for only where it can start."""

    def __init__(self, terms: list[str]) -> None:
        self.terms = terms
        self.positions: dict[str, list[int]] = {}
        for index, term in enumerate(terms):
            self.positions.setdefault(term, []).append(index)

    def count(self, needle: list[str]) -> int:
        """How many times the phrase occurs."""
        if not needle:
            return 0
        width = len(needle)
        starts = self.positions.get(needle[0], ())
        return sum(1 for i in starts if self.terms[i : i + width] == needle)


class TopicMatcher:
    def __init__(self, definitions: list[TopicDefinition]):
        self.definitions = definitions
        self.patterns = {
            d.slug: [(term, index_terms(term, language)) for language, terms in d.terms.items() for term in terms]
            for d in definitions
        }
        self.fallback = next((d.slug for d in definitions if d.fallback), None)

    def _fields(self, record: ArticleRecord) -> dict[str, Terms]:
        language = record.language
        title_text = " . ".join(list(record.titles.values()) + [k for ks in record.keywords.values() for k in ks])
        abstract_terms: list[str] = []
        for abstract_language, text in record.abstracts.items():
            abstract_terms += index_terms(text, abstract_language) + ["."]
        return {
            "title": Terms(index_terms(title_text, language)),
            "abstract": Terms(abstract_terms),
            "body": Terms(index_terms(record.body, language)),
        }

    def assign(self, record: ArticleRecord) -> list[tuple[str, str]]:
        """[(topic slug, why)] best first; the fallback topic when nothing specific matched."""
        fields = self._fields(record)
        scored: list[tuple[int, str, str]] = []
        for slug, patterns in self.patterns.items():
            score = 0
            evidence: Counter[str] = Counter()
            for term, needle in patterns:
                for field, haystack in fields.items():
                    hits = haystack.count(needle)
                    if hits:
                        score += hits * FIELD_WEIGHTS[field]
                        evidence[f"«{term}» in {field}"] += hits
            if score:
                why = "matched " + ", ".join(f"{what} ×{n}" for what, n in evidence.most_common(4))
                scored.append((score, slug, why))
        scored.sort(key=lambda item: (-item[0], item[1]))
        strong = [item for item in scored if item[0] >= MIN_SCORE]
        if strong:
            best = strong[0][0]
            return [(slug, why) for score, slug, why in strong if score >= RELATIVE_SCORE * best][:MAX_TOPICS]
        if scored:  # a short fragment: its one clear mention is still the best guide
            return [(scored[0][1], scored[0][2])]
        if self.fallback:
            return [(self.fallback, "no specific topic matched; filed under the general topic")]
        return []
