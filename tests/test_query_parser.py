import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.search.analyzer import query_term_alternatives
from articles.search.query import (
    MAX_CLAUSES,
    MAX_QUERY_LENGTH,
    ParsedQuery,
    parse_query,
)

CLEAN_TERM = re.compile(r"[0-9a-z\u0400-\u04ff]+")


def _words(clause):
    return [t.word for t in clause.terms]


def test_words_are_anded_with_alternatives():
    query = parse_query("ынтымақтастық Tokayev")
    assert [_words(c) for c in query.positive] == [["ынтымақтастық"], ["tokayev"]]
    first = query.clauses[0].terms[0]
    assert first.alternatives == tuple(query_term_alternatives("ынтымақтастық"))
    assert not query.is_empty and not query.truncated


def test_quoted_phrase_and_exclusions():
    query = parse_query('"Еуропалық Одақ" -Ресей -"Орталық Азия"')
    phrase, word, excluded_phrase = query.clauses
    assert phrase.is_phrase and phrase.quoted and not phrase.negated
    assert _words(phrase) == ["еуропалық", "одақ"]
    assert word.negated and _words(word) == ["ресей"]
    assert excluded_phrase.negated and _words(excluded_phrase) == ["орталық", "азия"]
    assert [_words(c) for c in query.negative] == [["ресей"], ["орталық", "азия"]]
    assert query.highlight_words == ("еуропалық", "одақ")


def test_typographic_quotes_and_hyphenated_words():
    query = parse_query("«Жер мен су» ЕҚЫҰ-дағы")
    phrase, compound = query.clauses
    assert _words(phrase) == ["жер", "мен", "су"]  # stopwords stay in phrases
    assert _words(compound) == ["еқыұ", "дағы"] and compound.is_phrase


def test_prefix_terms_are_not_stemmed():
    query = parse_query("Қазақ* ынтымақтас* a*")
    assert len(query.clauses) == 2  # "a*" is too short
    term = query.clauses[0].terms[0]
    assert term.prefix and term.word == "қазақ"
    assert term.alternatives == ("казак", "kazak")
    assert parse_query("ынтымақтас*").clauses[0].terms[0].alternatives[0] == "ынтымактас"


def test_stopwords_are_dropped_unless_nothing_else_is_left():
    query = parse_query("және ынтымақтастық the cooperation и")
    assert [_words(c) for c in query.clauses] == [["ынтымақтастық"], ["cooperation"]]
    assert query.highlight_words == ("ынтымақтастық", "cooperation")
    only_stopwords = parse_query("the of")
    assert [_words(c) for c in only_stopwords.clauses] == [["the"], ["of"]]
    assert not only_stopwords.is_empty


def test_normalization_of_query_words():
    query = parse_query("Казакстан мемлекеттiк Ёлка")
    assert query.highlight_words == ("казакстан", "мемлекеттік", "елка")


@pytest.mark.parametrize(
    "text",
    ["", "   ", "-", "*", "-*", '"', '""', '-""', "&|!():*<>'\"\\", "🙂🙂", "\u202e\u202c", "a*", "-word"],
)
def test_empty_queries(text):
    query = parse_query(text)
    assert query.is_empty
    assert query.highlight_words == ()


def test_only_exclusions_is_empty_but_keeps_them():
    query = parse_query("-Ресей -Қытай")
    assert query.is_empty and len(query.negative) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"unbalanced phrase', [["unbalanced", "phrase"]]),
        ('one "two', [["one"], ["two"]]),
        ("'; DROP TABLE articles; --", [["drop"], ["table"], ["articles"]]),
        ("NEAR(x y) OR z:*", [["near", "x"], ["y"]]),
        ("title:Қазақстан", [["title", "қазақстан"]]),
        ("--double", []),
        ("дубль дубль", [["дубль"]]),
    ],
)
def test_hostile_and_odd_input(text, expected):
    query = parse_query(text)
    assert [_words(c) for c in query.clauses if not c.negated] == expected


def test_long_input_is_truncated():
    query = parse_query("слово " * 2000)
    assert query.truncated
    assert [_words(c) for c in query.clauses] == [["слово"]]
    assert not parse_query("слово " * 10).truncated
    text = "x" * (MAX_QUERY_LENGTH - 4) + " Қазақстан"
    assert parse_query(text).truncated
    assert parse_query("a" * MAX_QUERY_LENGTH).truncated is False


def test_many_words_are_capped():
    query = parse_query(" ".join(f"w{i}" for i in range(100)))
    assert len(query.clauses) == MAX_CLAUSES and query.truncated


def test_parsed_query_is_frozen():
    query = parse_query("Қазақстан")
    assert isinstance(query, ParsedQuery)
    with pytest.raises(AttributeError):
        query.truncated = True  # type: ignore[misc]


def _all_terms(query: ParsedQuery):
    for clause in query.clauses:
        for term in clause.terms:
            yield term.word
            yield from term.alternatives


HOSTILE = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list("&|!():*<>'\"\\-«»“” \t\n\u202e\u200b\u00adқәіIiХV")),
    ),
    max_size=700,
)


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_parse_query_never_raises_and_yields_clean_terms(text):
    query = parse_query(text)
    assert len(query.clauses) <= MAX_CLAUSES
    for term in _all_terms(query):
        assert CLEAN_TERM.fullmatch(term), term
    for word in query.highlight_words:
        assert CLEAN_TERM.fullmatch(word), word
    if query.is_empty:
        assert not query.positive
