"""Assigning topics from the curated vocabulary in fixtures/topics.json, with the reason for each."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import chain, compress

from articles.ingest.records import ArticleRecord
from articles.records.catalog import TopicDefinition
from articles.search.analyzer import index_term_slices, index_terms

# Where a match counts most: a topic named in the title or keywords says more than one in the body.
FIELD_WEIGHTS = {"title": 3, "abstract": 2, "body": 1}
MIN_SCORE = 3
RELATIVE_SCORE = 0.2  # of the best topic's score, so incidental mentions do not add topics
MAX_TOPICS = 4


class Terms:
    """How often each phrase of the topic patterns occurs in a field's analyzed terms.

    The terms come in batches (slices of the text) and are read once; a phrase is compared only where a term
    starts one, so a long body is neither kept as a list of terms nor rescanned per phrase.
    """

    def __init__(self, batches: Iterable[list[str]], phrases: dict[str, list[tuple[str, ...]]], longest: int) -> None:
        self.counts: Counter[tuple[str, ...]] = Counter()
        carried: list[str] = []  # the last starts of a batch, which need the next batch's terms
        for batch in batches:
            terms = carried + batch
            stop = max(0, len(terms) - longest + 1)  # the starts with the longest phrase's width of terms after
            self._count(terms, stop, phrases)
            carried = terms[stop:]
        self._count(carried, len(carried), phrases)

    def _count(self, terms: list[str], stop: int, phrases: dict[str, list[tuple[str, ...]]]) -> None:
        # Where a phrase may start, found by a C-level pass (most terms start none).
        for index in compress(range(stop), map(phrases.__contains__, terms)):
            for phrase in phrases[terms[index]]:
                if len(phrase) == 1 or tuple(terms[index : index + len(phrase)]) == phrase:
                    self.counts[phrase] += 1

    def count(self, needle: tuple[str, ...]) -> int:
        """How many times the phrase occurs."""
        return self.counts[needle] if needle else 0


class TopicMatcher:
    def __init__(self, definitions: list[TopicDefinition]):
        self.definitions = definitions
        self.patterns = {
            d.slug: [
                (term, tuple(index_terms(term, language))) for language, terms in d.terms.items() for term in terms
            ]
            for d in definitions
        }
        # Each phrase of the patterns, found by its first term.
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        for patterns in self.patterns.values():
            for _, needle in patterns:
                if needle and needle not in self.phrases.setdefault(needle[0], []):
                    self.phrases[needle[0]].append(needle)
        self.longest = max([1] + [len(needle) for patterns in self.patterns.values() for _, needle in patterns])
        # Each topic's phrases as a set: a topic none of whose phrases a record holds is skipped at once.
        self.needles = {slug: {needle for _, needle in patterns} for slug, patterns in self.patterns.items()}
        self.fallback = next((d.slug for d in definitions if d.fallback), None)

    def _terms(self, batches: Iterable[list[str]]) -> Terms:
        return Terms(batches, self.phrases, self.longest)

    def _fields(self, record: ArticleRecord) -> dict[str, Terms]:
        language = record.language
        title_text = " . ".join(list(record.titles.values()) + [k for ks in record.keywords.values() for k in ks])
        # A "." between abstracts (never an analyzed term) keeps a phrase from running from one into the next.
        abstract_terms = chain.from_iterable(
            chain(index_term_slices(text, abstract_language), [["."]])
            for abstract_language, text in record.abstracts.items()
        )
        return {
            "title": self._terms(index_term_slices(title_text, language)),
            "abstract": self._terms(abstract_terms),
            "body": self._terms(index_term_slices(record.body, language)),
        }

    def assign(self, record: ArticleRecord) -> list[tuple[str, str]]:
        """[(topic slug, why)] best first; the fallback topic when nothing specific matched."""
        fields = self._fields(record)
        found = {needle for haystack in fields.values() for needle in haystack.counts}
        scored: list[tuple[int, str, str]] = []
        for slug, patterns in self.patterns.items():
            if self.needles[slug].isdisjoint(found):
                continue  # no phrase of the topic in any field: no score
            score = 0
            evidence: Counter[str] = Counter()
            for term, needle in patterns:
                if needle not in found:
                    continue  # in no field
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
