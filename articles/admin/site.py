"""The admin site's name and look: the archive's own name in the header and title, the archive's stylesheet.

Set on Django's default site (``admin.site``) rather than a subclass, so the URLs and every
``admin:`` name stay as they are.  The navigation sidebar is off: at 1280 px the article list needs
the width, and the header's breadcrumbs already lead home.
"""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Kazakhstan International Relations Archive: editing")
admin.site.site_title = _("Archive editing")
admin.site.index_title = _("Editor’s workbench")
admin.site.enable_nav_sidebar = False


class LocalizedTitlesMixin:
    """Page titles and the "add" button worded per model, in the case each language needs.

    Django builds them as "Select %s to change" and "Add %s" around the model's verbose name, which reads
    wrongly in Russian and Kazakh ("Выберите статья", "Добавить статья"): each model admin names its own.
    """

    select_title = _("Select an object to change")
    add_title = _("Add an object")
    change_title = _("Change an object")
    view_title = _("View an object")

    def changelist_view(self, request, extra_context=None):
        titles = {"title": self.select_title, "add_label": self.add_title}
        return super().changelist_view(request, {**titles, **(extra_context or {})})

    def add_view(self, request, form_url="", extra_context=None):
        return super().add_view(request, form_url, {"title": self.add_title, **(extra_context or {})})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        title = self.change_title if self.has_change_permission(request) else self.view_title
        return super().change_view(request, object_id, form_url, {"title": title, **(extra_context or {})})
