"""Round 12 rules: an essay told from news by its register when it carries no scholar's apparatus and no stamp of a
news day: no verb of reporting, and the author's own "we" or history told by centuries.

Lines are those of development-set texts (said where), cut short; the rest is written around them.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.kind_analysis import essay_voice
from articles.ingest.kind_interview import lead_over_turns
from tests.ingest.rule_samples import one

# kk-journal-20's head and opening paragraphs.
KAZAKH_ESSAY = (
    "ҚАЗАҚСТАНДАҒЫ СЫРТҚЫ САЯСАТ СТРАТЕГИЯСЫНЫҢ ҚАЛЫПТАСУЫ\n\n"
    "Жас мемлекет үшін тырнақалды сыртқы саяси қадамдар ауырға соғады. Қазақстанға өзінің сыртқы саясатын тыңнан "
    "бастауға тура келді.\n\n"
    "Тәуелсіздіктің алғашқы жылдарында еуразиялық кеңістіктің болашағы әзірге беймәлім болды, біз шетелдік "
    "үлгілерді көрсоқырлықпен қайталамай, керісінше, тек өзіміздің ұлттық мүдделерімізді басшылыққа ала отырып, "
    "Қазақстан Республикасының сыртқы саяси бағытын қалыптастырдық.\n\n"
    "1991 жылдың өзінде біз Қазақстанды жігерлі түрде әлемге таныта бастадық.\n"
)


class EssayVoiceTests(SimpleTestCase):
    def test_the_author_s_own_voice_or_centuries(self):
        for text in (
            # en-journal-40's opening.
            "We dont choose the times we live in. The only choice we have is how we respond.",
            # kk-journal-20.
            "Тәуелсіздіктің алғашқы жылдарында … біз шетелдік үлгілерді көрсоқырлықпен қайталамай, … "
            "1991 жылдың өзінде біз Қазақстанды жігерлі түрде әлемге таныта бастадық.",
            # ru-journal-56, the numeral typed with a Cyrillic "Х".
            "Установление регулярных торговых и дипломатических связей между Россией и Казахстаном относится к ХVI в.",
            # kk-journal-36.
            "… қазақпен тебісумен бірнеше ғасырды жолға салғаннан кейін шүршіттермен де қырқысып, …",
        ):
            self.assertTrue(essay_voice(text), text)

    def test_a_news_item_s_lines_are_not(self):
        for text in (
            "The US and Kazakhstan signed a memorandum on critical minerals in Washington.",  # "US" is not "us"
            "Мы готовы к сотрудничеству.",  # one "we" is a figure of speech
            "Человек и общество: министр встретился с молодёжью в Астане.",  # "век" inside a word
        ):
            self.assertFalse(essay_voice(text), text)


class LeadOverTurnsTests(SimpleTestCase):
    # ru-interview-41's lead (read as an unlabelled abstract) and first turn.
    LEAD = (
        "Война России с Украиной длится 2,5 года. Редакция Paryz.kz побеседовала с экспертом по Центральной Азии "
        "Аркадием Дубновым о том, как за время конфликта изменилась внешняя политика Казахстана."
    )
    TURN = "- Вы как-то рассказали, что Касым-Жомарт Токаев в 2009 году подарил вам книгу."

    def test_a_lead_announcing_the_conversation_over_its_turns(self):
        self.assertTrue(lead_over_turns([self.LEAD], [self.TURN, "- Да, это было в Москве."]))

    def test_a_paper_naming_interviews_goes_on_in_prose(self):
        self.assertFalse(lead_over_turns([self.LEAD], ["Внешняя политика Казахстана после 2022 года изменилась."]))
        self.assertFalse(lead_over_turns(["В статье рассматривается внешняя политика Казахстана."], [self.TURN]))


class EssayKindTests(SimpleTestCase):
    def test_an_essay_in_the_author_s_voice_is_an_article(self):
        self.assertEqual(one(KAZAKH_ESSAY).kind, "research_article")

    def test_a_speaker_s_we_reported_in_news_is_news(self):
        record = one(
            "Kazakhstan and Uzbekistan agree on water deliveries\n\n"
            "The two ministers met in Tashkent to agree on the deliveries of water through the Dostyk canal in the "
            "irrigation season, and on the joint repair of the canals on the border.\n\n"
            '"We will keep our promises to the farmers, and we will share the water fairly," the minister said.\n'
        )
        self.assertEqual(record.kind, "news")
