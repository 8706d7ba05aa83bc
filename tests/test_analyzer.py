import re
import threading

import pytest

from articles.search.analyzer import (
    STOPWORDS,
    STOPWORDS_BY_LANGUAGE,
    detect_word_language,
    fold_kazakh,
    index_terms,
    is_stopword,
    normalize,
    query_term_alternatives,
    shadow_terms,
    stem,
    words,
)

CLEAN_TERM = re.compile(r"[0-9a-z\u0400-\u04ff]+")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ҚАЗАҚСТАН", "қазақстан"),
        ("Ёлка", "елка"),
        ("тәуелсiздiк", "тәуелсіздік"),  # Latin i repaired before casefolding
        ("жаhандық", "жаһандық"),
        ("ынтымақ\u00adтастық", "ынтымақтастық"),  # soft hyphen
        ("сотру\u0301дничество", "сотрудничество"),  # stress mark
        ("a\u200bb", "ab"),  # zero-width space
        ("\u202eevil\u202c", "evil"),  # right-to-left override
        ("tab\there", "tab here"),
        ("Café Müller STRASSE straße", "cafe muller strasse strasse"),
        ("й", "й"),  # a Cyrillic letter is not decomposed
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


def test_words_split_on_anything_but_letters_and_digits():
    assert words("ЕҚЫҰ-дағы 2007-2013 жж. «Жер мен су»!") == [
        "еқыұ",
        "дағы",
        "2007",
        "2013",
        "жж",
        "жер",
        "мен",
        "су",
    ]
    assert words("152-cі ХV ғасыр") == ["152", "сі", "xv", "ғасыр"]
    assert words("<script>alert(1)</script> 'OR 1=1;--") == [
        "script",
        "alert",
        "1",
        "script",
        "or",
        "1",
        "1",
    ]
    assert words("北京 🙂 ½") == []  # other scripts and symbols separate words


@pytest.mark.parametrize(
    ("word", "default", "expected"),
    [
        ("cooperation", "kk", "en"),
        ("ынтымақтастық", "ru", "kk"),
        ("сотрудничество", "ru", "ru"),
        ("жер", "kk", "kk"),  # Kazakh word without Kazakh letters
        ("жер", "en", "ru"),
        ("жер", None, "ru"),
        ("2010", "kk", "kk"),
    ],
)
def test_detect_word_language(word, default, expected):
    assert detect_word_language(word, default) == expected


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("ынтымақтастығының", "kk", "ынтымақтастық"),
        ("сотрудничества", "ru", "сотрудничеств"),
        ("cooperation", "en", "cooper"),
        ("2010", "kk", "2010"),
        ("g20", "en", "g20"),
    ],
)
def test_stem(word, language, expected):
    assert stem(word, language) == expected


def test_stemmers_work_from_many_threads():
    results, errors = [], []

    def work():
        try:
            for _ in range(200):
                results.append((stem("сотрудничества", "ru"), stem("relations", "en")))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert set(results) == {("сотрудничеств", "relat")}


def test_fold_kazakh():
    assert fold_kazakh("қғңөұүәіһ") == "кгноууаих"
    assert fold_kazakh("казакстан") == "казакстан"


TEXT = "Қазақстан Республикасының ЕҚЫҰ-дағы төрағалығы, 2010 ж. Доллин"


def test_index_and_shadow_terms_are_aligned_with_words():
    n = len(words(TEXT))
    assert len(index_terms(TEXT, "kk")) == n
    assert len(shadow_terms(TEXT, "kk")) == n
    assert index_terms(TEXT, "kk")[:4] == ["казакстан", "республика", "екыу", "дак"]
    assert shadow_terms(TEXT, "kk")[:2] == ["kazakstan", "respublika"]
    assert index_terms(TEXT, "kk")[4:6] == ["торагалык", "2010"]


@pytest.mark.parametrize("language", ["kk", "ru", "en", None])
def test_terms_are_clean(language):
    text = "Ё-моё! ЪЬ ь Қасым-Жомарт “Tokayev” café ½ 2010ж. ⅩⅤ \u202e\u0000x"
    for term in index_terms(text, language) + shadow_terms(text, language):
        assert CLEAN_TERM.fullmatch(term), term


def _matches(query_word: str, text: str, language: str | None) -> bool:
    """True if a query word finds the text, as the database will decide."""
    indexed = set(index_terms(text, language)) | set(shadow_terms(text, language))
    return bool(set(query_term_alternatives(query_word)) & indexed)


@pytest.mark.parametrize(
    ("query", "text", "language"),
    [
        ("ынтымақтастық", "ынтымақтастығының", "kk"),
        ("ынтымақтастық", "ынтымақтастықты", "kk"),
        ("ынтымақтастық", "ынтымақтастыққа", "kk"),
        ("ынтымақтастығы", "ынтымақтастық", "kk"),
        ("сотрудничество", "сотрудничества", "ru"),
        ("сотрудничества", "сотрудничество", "ru"),
        ("cooperation", "cooperative", "en"),
        ("cooperative", "cooperation", "en"),
        ("Казакстан", "Қазақстан", "kk"),
        ("Казакстанның", "Қазақстанның", "kk"),
        ("Қазақстан", "Казахстан", "ru"),
        ("Kazakhstan", "Қазақстанның", "kk"),
        ("Kazakhstan", "Казахстана", "ru"),
        ("Qazaqstannyñ", "Қазақстан", "kk"),
        ("Dollin", "Д. Доллин", "ru"),
        ("Доллин", "D. Dollin", "en"),
        ("Khasenova", "А. К. Хасенова", "ru"),
        ("Хасенова", "A. K. Khasenova", "en"),
        ("Baikushikova", "Г. Байкушикова", "ru"),
        ("Байкушикова", "G. Baikushikova", "en"),
        ("Tokayev", "Тоқаев", "kk"),
        ("Toqaev", "Тоқаевтың", "kk"),
        ("Tokayev", "Токаев", "ru"),
        ("Тоқаев", "Tokayev", "en"),
        ("yntymaqtastyq", "ынтымақтастық", "kk"),
        ("ынтымақтастық", "yntymaqtastyq", "en"),
        ("мемлекеттiк", "мемлекеттік", "kk"),  # Latin i in the query
        ("мемлекеттік", "мемлекеттiк", "kk"),  # Latin i in the text
        ("ёлка", "елка", "ru"),
        ("елка", "Ёлка", "ru"),
        ("жаһандық", "жаhандық", "kk"),
        ("жұмысы", "жұмыс", "kk"),
        ("Жер", "Жер мен су", "ru"),  # a Kazakh title stored as Russian
        ("2010", "2010 ж.", "kk"),
    ],
)
def test_query_word_finds_text(query, text, language):
    assert _matches(query, text, language)


@pytest.mark.parametrize(
    ("query", "text", "language"),
    [
        ("ел", "елші", "kk"),
        ("аймақ", "айма", "kk"),
        ("сауда", "сайлау", "kk"),
        ("Dollin", "Долгов", "ru"),
        ("Хасенова", "Хасанова", "ru"),
        ("Тоқаев", "Токарев", "ru"),
        ("cooperation", "corporation", "en"),
    ],
)
def test_query_word_does_not_find_other_words(query, text, language):
    assert not _matches(query, text, language)


def test_query_term_alternatives_are_deterministic_and_unique():
    for word in ["Қазақстанның", "Tokayev", "сотрудничества", "2010", "ЕҚЫҰ"]:
        alternatives = query_term_alternatives(word)
        assert alternatives == query_term_alternatives(word)
        assert len(alternatives) == len(set(alternatives))
        assert all(CLEAN_TERM.fullmatch(a) for a in alternatives)
    assert query_term_alternatives("?!") == []


def test_stopwords_are_folded_and_recognized():
    assert set(STOPWORDS_BY_LANGUAGE) == {"kk", "ru", "en"}
    assert all(term == fold_kazakh(term) for term in STOPWORDS)
    for word in ["және", "мен", "үшін", "бойынша", "и", "в", "для", "the", "of", "дағы"]:
        assert is_stopword(normalize(word)), word
    for word in ["ынтымақтастық", "сотрудничество", "cooperation"]:
        assert not is_stopword(word)
