"""OAI-PMH harvested with Sickle: every verb, every record checked against the database, paging, sets, dates."""

from __future__ import annotations

import datetime

from django.test import override_settings
from sickle.iterator import OAIResponseIterator

from articles.models import Article, DeletedArticle, Topic

from . import archive_data
from .archive_data import FIRST_DAY, TOMBSTONE_TIME
from .harvesting import DC, OAI, XML_LANG, ClientSickle, HarvestingTestCase, tagged

UTC = datetime.UTC


def stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def oai_id(record_id: int) -> str:
    return f"oai:kz-ir-archive:{record_id}"


class HarvestTestCase(HarvestingTestCase):
    def every_item(self) -> dict[str, datetime.datetime]:
        """identifier -> datestamp of every item the repository must report, deleted ones included."""
        items = {oai_id(pk): updated for pk, updated in Article.objects.values_list("pk", "updated")}
        items.update({oai_id(t.article_id): t.deleted for t in DeletedArticle.objects.all()})
        return items

    def assert_record_matches(self, record, article: Article) -> None:
        """The record's header and oai_dc metadata say exactly what the database holds."""
        self.assertEqual(record.header.identifier, oai_id(article.pk))
        self.assertEqual(record.header.datestamp, stamp(article.updated))
        self.assertFalse(record.deleted)
        topics = list(article.topics.all())
        self.assertEqual(
            sorted(record.header.setSpecs), sorted([f"kind:{article.kind}"] + [f"topic:{t.slug}" for t in topics])
        )
        dc = record.xml.find(f".//{OAI}metadata").find("{http://www.openarchives.org/OAI/2.0/oai_dc/}dc")
        titles = {(t.language, t.title) for t in article.titles.all()}
        if article.title:
            titles.add((article.language, article.title))
        self.assertEqual(tagged(dc, "title"), titles)
        self.assertEqual(tagged(dc, "description"), {(a.language, a.text) for a in article.abstracts.all()})
        keywords = {(k.language, k.text) for k in article.keywords.all()}
        topic_names = {(code, getattr(t, f"name_{code}")) for t in topics for code in ("kk", "ru", "en")}
        self.assertEqual(tagged(dc, "subject"), keywords | topic_names)
        self.assertEqual(record.metadata.get("creator", []), [a.author.name for a in article.authorships.all()])
        self.assertEqual(record.metadata.get("date", []), [article.published.isoformat()] if article.published else [])
        self.assertEqual(record.metadata.get("language", []), [article.language] if article.language else [])
        # dc:source is the citation of where it appeared: the outlet or journal, the year, and its numbering.
        if article.source:
            year = [str(article.published.year)] if article.published else []
            self.assertEqual(record.metadata["source"], [", ".join([article.source.name, *year])])
        else:
            self.assertNotIn("source", record.metadata)
        self.assertEqual(record.metadata["identifier"], [archive_data.article_url(article)])
        self.assertIn("Text", record.metadata["type"])
        english_kind = {"research_article": "Research article", "news": "News", "interview": "Interview"}[article.kind]
        self.assertEqual(record.metadata["type"], ["Text", english_kind])


class VerbTests(HarvestTestCase):
    def test_identify(self):
        identify = self.sickle.Identify()
        self.assertEqual(identify.repositoryName, "Kazakhstan International Relations Archive")
        self.assertEqual(identify.baseURL, "http://testserver/oai/")
        self.assertEqual(identify.protocolVersion, "2.0")
        self.assertEqual(identify.adminEmail, "archive@example.org")
        self.assertEqual(identify.earliestDatestamp, stamp(FIRST_DAY))
        self.assertEqual(identify.deletedRecord, "persistent")
        self.assertEqual(identify.granularity, "YYYY-MM-DDThh:mm:ssZ")

    def test_list_metadata_formats_for_the_repository_and_for_each_kind_of_item(self):
        for arguments in ({}, {"identifier": oai_id(self.ids["full"])}, {"identifier": oai_id(self.ids["deleted"])}):
            formats = list(self.sickle.ListMetadataFormats(**arguments))
            self.assertEqual([f.metadataPrefix for f in formats], ["oai_dc"], arguments)
            self.assertEqual(formats[0].schema, "http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
            self.assertEqual(formats[0].metadataNamespace, "http://www.openarchives.org/OAI/2.0/oai_dc/")

    def test_list_sets_names_kinds_and_topics_in_every_language(self):
        sets = {s.setSpec: s for s in self.sickle.ListSets()}
        topics = list(Topic.objects.all())
        self.assertEqual(
            set(sets),
            {"kind", "topic"} | {f"kind:{kind}" for kind in Article.Kind.values} | {f"topic:{t.slug}" for t in topics},
        )
        self.assertEqual(sets["kind:research_article"].setName, "Research article")
        for topic in topics:
            described = sets[f"topic:{topic.slug}"]
            self.assertEqual(described.setName, topic.name_en)
            self.assertEqual(
                tagged(described.xml, "title"), {(code, getattr(topic, f"name_{code}")) for code in ("kk", "ru", "en")}
            )
            self.assertIn(("ru", topic.description_ru), tagged(described.xml, "description"))

    @override_settings(ARCHIVE_OAI_PAGE_SIZE=3)
    def test_list_records_pages_through_every_record_and_each_matches_the_database(self):
        records = list(self.sickle.ListRecords(metadataPrefix="oai_dc"))
        expected = self.every_item()
        self.assertEqual([r.header.identifier for r in records], sorted(expected, key=lambda i: (expected[i], i)))
        self.assertEqual(len(records), len(expected))
        published = {a.pk: a for a in Article.objects.published().for_detail()}
        for record in records:
            record_id = int(record.header.identifier.rsplit(":", 1)[1])
            if record_id in published:
                self.assert_record_matches(record, published[record_id])
            else:
                self.assertTrue(record.deleted, record.header.identifier)
                self.assertIsNone(record.xml.find(f"{OAI}metadata"))
                self.assertEqual(record.header.datestamp, stamp(expected[record.header.identifier]))

    @override_settings(ARCHIVE_OAI_PAGE_SIZE=3)
    def test_resumption_tokens_count_the_list_and_the_last_one_is_empty(self):
        tokens = []
        for response in OAIResponseIterator(self.sickle, {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"}):
            element = response.xml.find(f".//{OAI}resumptionToken")
            if element is not None:
                tokens.append(
                    (
                        element.text,
                        element.get("cursor"),
                        element.get("completeListSize"),
                        element.get("expirationDate"),
                    )
                )
        total = len(self.every_item())
        pages = -(-total // 3)
        self.assertEqual(len(tokens), pages)
        self.assertEqual([cursor for _t, cursor, _s, _e in tokens], [str(3 * n) for n in range(pages)])
        self.assertEqual({size for _t, _c, size, _e in tokens}, {str(total)})
        self.assertTrue(all(text for text, *_ in tokens[:-1]))
        self.assertIsNone(tokens[-1][0], "the last page carries an empty token")
        self.assertRegex(tokens[0][3], r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")

    @override_settings(ARCHIVE_OAI_PAGE_SIZE=3)
    def test_list_identifiers_gives_the_headers_of_the_same_items(self):
        headers = list(self.sickle.ListIdentifiers(metadataPrefix="oai_dc"))
        expected = self.every_item()
        self.assertEqual({h.identifier: h.datestamp for h in headers}, {i: stamp(s) for i, s in expected.items()})
        deleted = {h.identifier for h in headers if h.deleted}
        self.assertEqual(deleted, {oai_id(self.ids["draft"]), oai_id(self.ids["deleted"])})
        live = [h.identifier for h in self.sickle.ListIdentifiers(metadataPrefix="oai_dc", ignore_deleted=True)]
        self.assertEqual(len(live), Article.objects.published().count())

    def test_get_record_of_every_published_article(self):
        for article in Article.objects.published().for_detail():
            record = self.sickle.GetRecord(identifier=oai_id(article.pk), metadataPrefix="oai_dc")
            self.assert_record_matches(record, article)

    def test_the_full_article_keeps_every_language_and_escapes_nothing_away(self):
        record = self.sickle.GetRecord(identifier=oai_id(self.ids["full"]), metadataPrefix="oai_dc")
        self.assertIn(("ru", archive_data.FULL_TITLE), tagged(record.xml, "title"))
        self.assertIn(("en", "Kazakhstan and the EAEU: the path of integration"), tagged(record.xml, "title"))
        self.assertIn(("kk", "Қазақстан және ЕАЭО: интеграция жолы"), tagged(record.xml, "title"))
        self.assertIn(("ru", "ЕАЭС"), tagged(record.xml, "subject"))
        self.assertEqual(record.metadata["creator"], [name for name, _latin in archive_data.FULL_AUTHORS])
        self.assertEqual(record.metadata["date"], ["2019-03-15"])

    def test_drafts_and_deleted_articles_are_deleted_records(self):
        for key in ("draft", "deleted"):
            record = self.sickle.GetRecord(identifier=oai_id(self.ids[key]), metadataPrefix="oai_dc")
            self.assertTrue(record.deleted, key)
            self.assertIsNone(record.xml.find(f"{OAI}metadata"))
            self.assertFalse(hasattr(record, "metadata"), "Sickle found no metadata to parse")
        draft = self.sickle.GetRecord(identifier=oai_id(self.ids["draft"]), metadataPrefix="oai_dc")
        self.assertEqual(draft.header.setSpecs, ["kind:research_article", "topic:central-asia"])
        gone = self.sickle.GetRecord(identifier=oai_id(self.ids["deleted"]), metadataPrefix="oai_dc")
        self.assertEqual(gone.header.datestamp, stamp(TOMBSTONE_TIME))

    def test_post_requests_are_answered_like_get(self):
        posting = ClientSickle(self.client, http_method="POST")
        self.assertEqual(
            [h.identifier for h in posting.ListIdentifiers(metadataPrefix="oai_dc")],
            [h.identifier for h in self.sickle.ListIdentifiers(metadataPrefix="oai_dc")],
        )
        self.assertEqual(posting.Identify().repositoryName, "Kazakhstan International Relations Archive")


class SelectiveHarvestChecks:
    def identifiers(self, **arguments) -> set[str]:
        return {h.identifier for h in self.sickle.ListIdentifiers(metadataPrefix="oai_dc", **arguments)}

    def test_kind_sets(self):
        # The deleted article (a research article) stays in its set as a deleted record.
        deleted = {oai_id(self.ids["deleted"])}
        for kind in Article.Kind.values:
            self.assertEqual(
                self.identifiers(set=f"kind:{kind}"),
                {oai_id(pk) for pk in Article.objects.filter(kind=kind).values_list("pk", flat=True)}
                | (deleted if kind == Article.Kind.RESEARCH_ARTICLE else set()),
            )
        self.assertEqual(
            self.identifiers(set="kind"), {oai_id(pk) for pk in Article.objects.values_list("pk", flat=True)} | deleted
        )

    def test_topic_sets(self):
        for topic in Topic.objects.filter(articles__isnull=False).distinct():
            self.assertEqual(
                self.identifiers(set=f"topic:{topic.slug}"),
                {oai_id(pk) for pk in topic.articles.values_list("pk", flat=True)},
            )
        with_topics = Article.objects.filter(topics__isnull=False).values_list("pk", flat=True).distinct()
        self.assertEqual(self.identifiers(set="topic"), {oai_id(pk) for pk in with_topics})

    def test_records_of_a_set_carry_its_spec(self):
        for record in self.sickle.ListRecords(metadataPrefix="oai_dc", set="topic:eurasian-economic-union"):
            self.assertIn("topic:eurasian-economic-union", record.header.setSpecs)

    def by_day(self, first: int, last: int | None = None) -> set[str]:
        """Items whose datestamp falls on days first..last after FIRST_DAY (last None: to the end)."""
        start = FIRST_DAY.date() + datetime.timedelta(days=first)
        end = FIRST_DAY.date() + datetime.timedelta(days=last) if last is not None else datetime.date.max
        return {i for i, moment in self.every_item().items() if start <= moment.astimezone(UTC).date() <= end}

    def test_from_and_until_at_day_granularity(self):
        self.assertEqual(self.identifiers(**{"from": "2024-03-03"}), self.by_day(2))
        self.assertEqual(self.identifiers(until="2024-03-02"), self.by_day(0, 1))
        self.assertEqual(self.identifiers(**{"from": "2024-03-02", "until": "2024-03-04"}), self.by_day(1, 3))
        self.assertEqual(
            self.identifiers(**{"from": "2024-04-01", "until": "2024-04-01"}), {oai_id(self.ids["deleted"])}
        )

    def test_from_and_until_at_second_granularity_take_in_the_whole_second(self):
        second_article = Article.objects.order_by("pk")[1]
        moment = stamp(second_article.updated)  # the stored time has a fraction of a second beyond this
        self.assertEqual(self.identifiers(**{"from": moment, "until": moment}), {oai_id(second_article.pk)})
        after = stamp(second_article.updated + datetime.timedelta(seconds=1))
        self.assertNotIn(oai_id(second_article.pk), self.identifiers(**{"from": after}))
        self.assertIn(oai_id(second_article.pk), self.identifiers(until=moment))

    def test_a_record_changed_during_a_harvest_is_not_skipped(self):
        with override_settings(ARCHIVE_OAI_PAGE_SIZE=3):
            headers = self.sickle.ListIdentifiers(metadataPrefix="oai_dc")
            first_page = [next(headers) for _ in range(3)]
            changed = Article.objects.get(pk=int(first_page[0].identifier.rsplit(":", 1)[1]))
            changed.save()  # now the most recently modified: it moves to the end of the list
            rest = list(headers)
        seen = [h.identifier for h in first_page + rest]
        self.assertEqual(set(seen), set(self.every_item()))
        self.assertEqual(seen[-1], first_page[0].identifier)

    def test_a_restored_article_outranks_its_tombstone(self):
        DeletedArticle.objects.create(article_id=self.ids["full"], slug="old", title="old")
        record = self.sickle.GetRecord(identifier=oai_id(self.ids["full"]), metadataPrefix="oai_dc")
        self.assertFalse(record.deleted)
        identifiers = [h.identifier for h in self.sickle.ListIdentifiers(metadataPrefix="oai_dc")]
        self.assertEqual(identifiers.count(oai_id(self.ids["full"])), 1)


class TombstoneChecks:
    def test_deleting_an_article_leaves_a_tombstone_harvesters_see(self):
        article = Article.objects.get(slug="almatyda-buu-nyn-onirlik-ortalygy-asylady")
        article_id, title = article.pk, article.title
        article.delete()
        tombstone = DeletedArticle.objects.get(article_id=article_id)
        self.assertEqual((tombstone.slug, tombstone.title), ("almatyda-buu-nyn-onirlik-ortalygy-asylady", title))
        record = self.sickle.GetRecord(identifier=oai_id(article_id), metadataPrefix="oai_dc")
        self.assertTrue(record.deleted)
        latest = list(self.sickle.ListIdentifiers(metadataPrefix="oai_dc"))[-1]
        self.assertEqual((latest.identifier, latest.deleted), (oai_id(article_id), True))

    def test_a_harvest_by_set_learns_of_a_deletion_in_that_set(self):
        article = Article.objects.get(slug="almatyda-buu-nyn-onirlik-ortalygy-asylady")
        article_id, topics = article.pk, list(article.topics.values_list("slug", flat=True))
        self.assertTrue(topics)
        article.delete()
        for spec in (f"topic:{topics[0]}", "topic", "kind:news"):
            with self.subTest(set=spec):
                headers = {h.identifier: h for h in self.sickle.ListIdentifiers(metadataPrefix="oai_dc", set=spec)}
                self.assertTrue(headers[oai_id(article_id)].deleted)
                self.assertIn(f"topic:{topics[0]}", headers[oai_id(article_id)].setSpecs)
        interviews = {h.identifier for h in self.sickle.ListIdentifiers(metadataPrefix="oai_dc", set="kind:interview")}
        self.assertNotIn(oai_id(article_id), interviews)

    def test_deleting_through_a_queryset_leaves_tombstones_too(self):
        fragments = list(Article.objects.filter(is_fragment=True).values_list("pk", flat=True))
        Article.objects.filter(pk__in=fragments).delete()
        self.assertEqual(
            set(DeletedArticle.objects.filter(article_id__in=fragments).values_list("article_id", flat=True)),
            set(fragments),
        )

    def test_unpublishing_turns_a_record_deleted(self):
        article = Article.objects.get(pk=self.ids["full"])
        article.status = Article.Status.DRAFT
        article.save()
        record = self.sickle.GetRecord(identifier=oai_id(article.pk), metadataPrefix="oai_dc")
        self.assertTrue(record.deleted)
        self.assertEqual(record.header.datestamp, stamp(Article.objects.get(pk=article.pk).updated))


class ResponseFormChecks:
    def test_content_type_and_envelope(self):
        response = self.client.get("/oai/", {"verb": "Identify"})
        self.assertEqual(response["Content-Type"], "text/xml; charset=utf-8")
        xml = self.sickle.harvest(verb="Identify").xml
        self.assertEqual(xml.tag, f"{OAI}OAI-PMH")
        self.assertRegex(xml.find(f"{OAI}responseDate").text, r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
        request = xml.find(f"{OAI}request")
        self.assertEqual((request.text, dict(request.attrib)), ("http://testserver/oai/", {"verb": "Identify"}))

    def test_text_that_is_not_xml_is_dropped_and_markup_is_escaped(self):
        Article.objects.filter(pk=self.ids["full"]).update(title="Заголовок\x0c с <b>разметкой</b> & \x01")
        record = self.sickle.GetRecord(identifier=oai_id(self.ids["full"]), metadataPrefix="oai_dc")
        self.assertIn(("ru", "Заголовок с <b>разметкой</b> & "), tagged(record.xml, "title"))
        self.assertIsNone(record.xml.find(f".//{DC}title/b"))
        self.assertTrue(all(node.get(XML_LANG) for node in record.xml.iter(f"{DC}title")))


class SelectiveHarvestTests(SelectiveHarvestChecks, TombstoneChecks, ResponseFormChecks, HarvestTestCase):
    """Sets, dates, tombstones and the response's form over one archive (built once)."""
