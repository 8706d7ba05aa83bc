"""The small text functions behind the import, on their own."""

import pytest

from articles.ingest.casing import truecase_title
from articles.ingest.language import detect_language, missing_language
from articles.ingest.reading import UnreadableFile, decode_text
from articles.ingest.references import extract_urls


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Жер мен су", "kk"),  # Kazakh without any of the Kazakh letters
        ("Бас редактор", "kk"),
        ("Экологиялық қауіпсіздік", "kk"),
        ("Приграничное сотрудничество и торговля", "ru"),
        ("Border regions of Kazakhstan", "en"),
        ("12345", None),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_missing_language_of_a_fragment():
    assert missing_language({"kk", "en"}) == "ru"
    assert missing_language({"en"}) is None


def test_truecase_uses_the_text_spellings():
    body = "Қазақстан Республикасы ЕҚЫҰ-ға төрағалық етті. Бұл іс-шаралар адами өлшем бойынша өтті."
    assert truecase_title("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЕҚЫҰ-ДАҒЫ ІС-ШАРАЛАРЫ", body) == (
        "Қазақстан Республикасының ЕҚЫҰ-дағы іс-шаралары"
    )
    assert truecase_title("Already Mixed Case", body) == "Already Mixed Case"


def test_urls_lose_their_wrappers_and_trailing_punctuation():
    assert extract_urls("Online: < http://a.kz/x.html> (27.06.2007).") == ["http://a.kz/x.html"]
    assert extract_urls("<http://b.kz/y.pdf>(accessed 30 March)") == ["http://b.kz/y.pdf"]
    assert extract_urls("see www.osce.org/odihr/40544.") == ["www.osce.org/odihr/40544"]
    assert extract_urls("(Сыртқы істер министрлігі, https://www.mfa.kz/)") == ["https://www.mfa.kz/"]


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "the file is empty"),
        (b"   \n\n", "the file is empty"),
        (b"abc\x00def", "NUL bytes"),
        (bytes(range(256)) * 8, "not"),
    ],
)
def test_unreadable_bytes_are_refused(data, message):
    with pytest.raises(UnreadableFile, match=message):
        decode_text(data, "x.txt")


def test_cp1251_is_decoded_and_utf8_bom_dropped():
    assert decode_text("Внешняя политика Казахстана".encode("cp1251"), "x.txt") == "Внешняя политика Казахстана"
    assert decode_text("\ufeffҚазақстан".encode("utf-8"), "x.txt") == "Қазақстан"
