"""An article's curated changes on its form: who changed what and when, from the admin's own log (LogEntry)."""

from __future__ import annotations

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from articles.models import Article

MAX_ENTRIES_SHOWN = 20


def article_log(article: Article) -> list[LogEntry]:
    """The latest history entries of an article, newest first."""
    entries = LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Article), object_id=str(article.pk)
    ).select_related("user")
    return list(entries.order_by("-action_time")[:MAX_ENTRIES_SHOWN])


def curated_history_html(article: Article) -> str:
    """A list of (time, editor, what changed), newest first; the whole history is one link away."""
    entries = article_log(article) if article.pk else []
    if not entries:
        return _("No editor has changed this article yet.")
    rows = (
        (
            date_format(timezone.localtime(entry.action_time), "DATETIME_FORMAT"),
            entry.user.get_username() if entry.user else "—",
            entry.get_change_message() or entry.get_action_flag_display(),
        )
        for entry in entries
    )
    items = format_html_join("", "<li><time>{}</time> <strong>{}</strong>: {}</li>", rows)
    return format_html('<ol class="curated-history">{}</ol>', items)
