"""The per-language and ordered parts of an article: titles, abstracts, keywords, authorships, references, topics."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from articles.models.article import Article
from articles.models.catalog import Author, Language, Topic, language_check


class ArticleTitle(models.Model):
    """A title of the article in another language than its own."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="titles")
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    title = models.TextField(_("title"))

    class Meta:
        ordering = ["article", "language"]
        verbose_name = _("translated title")
        verbose_name_plural = _("translated titles")
        constraints = [
            models.UniqueConstraint(fields=["article", "language"], name="unique_title_per_language"),
            language_check("title_language_valid"),
        ]

    def __str__(self) -> str:
        return f"[{self.language}] {self.title}"


class Abstract(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="abstracts")
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["article", "language"]
        verbose_name = _("abstract")
        verbose_name_plural = _("abstracts")
        constraints = [
            models.UniqueConstraint(fields=["article", "language"], name="unique_abstract_per_language"),
            language_check("abstract_language_valid"),
        ]
        indexes = [models.Index(fields=["language", "article"], name="abstract_language_idx")]

    def __str__(self) -> str:
        return f"[{self.language}] {self.text[:60]}"


class Keyword(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="keywords")
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    position = models.PositiveSmallIntegerField(_("position"))
    text = models.CharField(_("keyword"), max_length=300)

    class Meta:
        ordering = ["article", "language", "position"]
        verbose_name = _("keyword")
        verbose_name_plural = _("keywords")
        constraints = [
            models.UniqueConstraint(fields=["article", "language", "position"], name="unique_keyword_position"),
            language_check("keyword_language_valid"),
        ]

    def __str__(self) -> str:
        return self.text


class Authorship(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="authorships")
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="authorships")
    position = models.PositiveSmallIntegerField(_("position"))
    # Where the author worked when signing this article, as the text (or an editor) states it.
    affiliation = models.CharField(_("affiliation"), max_length=300, blank=True)

    class Meta:
        ordering = ["article", "position"]
        verbose_name = _("authorship")
        verbose_name_plural = _("authorships")
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="unique_authorship_position"),
            models.UniqueConstraint(fields=["article", "author"], name="unique_authorship_author"),
        ]

    def __str__(self) -> str:
        return f"{self.author} — {self.article}"


class Reference(models.Model):
    class Kind(models.TextChoices):
        NUMBERED = "numbered", _("Numbered entry")
        CITATION = "citation", _("In-text citation")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="references")
    position = models.PositiveSmallIntegerField(_("position"))
    number = models.PositiveIntegerField(_("number"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.NUMBERED)
    text = models.TextField(_("text"))
    urls = models.JSONField(_("URLs"), default=list, blank=True)

    class Meta:
        ordering = ["article", "position"]
        verbose_name = _("reference")
        verbose_name_plural = _("references")
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="unique_reference_position"),
        ]

    def __str__(self) -> str:
        return f"{self.number or '–'}. {self.text[:80]}"


class ArticleTopic(models.Model):
    """Why an article carries a topic: the matched terms, or an editor's choice."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="article_links")
    reason = models.CharField(_("reason"), max_length=500, blank=True)

    class Meta:
        ordering = ["article", "topic"]
        verbose_name = _("article topic")
        verbose_name_plural = _("article topics")
        constraints = [models.UniqueConstraint(fields=["article", "topic"], name="unique_article_topic")]

    def __str__(self) -> str:
        return f"{self.article} — {self.topic}"
