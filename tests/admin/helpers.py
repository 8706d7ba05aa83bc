"""Driving the admin over HTTP as a logged-in editor (a member of the Editors group, not a superuser)."""

from __future__ import annotations

import io

from django import forms
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from articles.models import Article
from tests import fixtures as seeds  # the eight seed articles, named once

ALL_SEEDS = {
    seeds.EU_FRAGMENT,
    seeds.DOLLIN,
    seeds.KHASENOVA,
    seeds.RU_FRAGMENT,
    seeds.BAIKUSHIKOVA,
    seeds.NEWS,
    seeds.BORDER,
    seeds.INTERVIEW,
}


def admin_url(name: str, *args) -> str:
    """An admin URL in English (the tests read Django's and the archive's English messages)."""
    with translation.override("en"):
        return reverse(f"admin:{name}", args=args)


def reimport() -> str:
    """Run import_texts over the seeds again; returns its report line."""
    out = io.StringIO()
    call_command("import_texts", stdout=out)
    return out.getvalue()


def _add_form(data: dict, form: forms.BaseForm) -> None:
    for name, field in form.fields.items():
        bound = form[name]
        value = bound.value()
        names = [bound.html_name] + ([bound.html_initial_name] if field.show_hidden_initial else [])
        for key in names:
            if isinstance(field.widget, forms.CheckboxInput):
                if value:
                    data[key] = "on"
            elif getattr(field.widget, "allow_multiple_selected", False):
                data[key] = [str(v) for v in value or []]
            elif value is None:
                data[key] = ""
            else:
                data[key] = str(value)


def change_form_data(response) -> dict:
    """What the browser would post back unchanged: the main form, every inline and its management form."""
    data: dict = {}
    _add_form(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        _add_form(data, inline.formset.management_form)
        for form in inline.formset.forms:
            _add_form(data, form)
    return data


def add_inline_row(data: dict, prefix: str, **fields) -> None:
    """Fill the next empty row of an inline, as "Add another" does."""
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    for name, value in fields.items():
        data[f"{prefix}-{index}-{name}"] = str(value)


def inline_rows(response, prefix: str) -> list:
    """The instances behind an inline's rows, in the order shown."""
    for inline in response.context["inline_admin_formsets"]:
        if inline.formset.prefix == prefix:
            return [form.instance for form in inline.formset.forms]
    raise AssertionError(f"no inline {prefix!r} on the form")


def form_errors(response) -> dict:
    errors = {"form": response.context["adminform"].form.errors}
    for inline in response.context["inline_admin_formsets"]:
        errors[inline.formset.prefix] = [inline.formset.non_form_errors(), *inline.formset.errors]
    return errors


class AdminTestCase(TestCase):
    """The seed archive, imported, and an editor logged in."""

    @classmethod
    def setUpTestData(cls):
        call_command("import_texts", verbosity=0)
        cls.editor = User.objects.create_user("editor", "editor@example.kz", "a long editor password", is_staff=True)
        cls.editor.groups.add(Group.objects.get(name="Editors"))

    def setUp(self):
        self.client.force_login(self.editor)

    @staticmethod
    def article(slug: str) -> Article:
        return Article.objects.get(slug=slug)

    def open_change_form(self, obj) -> tuple:
        """GET an object's change form; returns the response and the data to post it back."""
        response = self.client.get(admin_url(f"{obj._meta.app_label}_{obj._meta.model_name}_change", obj.pk))
        self.assertEqual(response.status_code, 200)
        return response, change_form_data(response)

    def save_change_form(self, obj, data: dict):
        """POST a change form (on-commit work such as indexing runs) and expect the redirect of a saved form."""
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(admin_url(f"{obj._meta.app_label}_{obj._meta.model_name}_change", obj.pk), data)
        if response.status_code != 302:
            self.fail(f"the form was not saved: {form_errors(response)}")
        return response

    def run_action(self, model, action: str, objects, **extra):
        """POST an action from the changelist for these objects, as the action menu does."""
        data = {"action": action, "_selected_action": [str(obj.pk) for obj in objects], **extra}
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(admin_url(f"articles_{model._meta.model_name}_changelist"), data)

    def changelist(self, model, **params) -> list:
        response = self.client.get(admin_url(f"articles_{model._meta.model_name}_changelist"), params)
        self.assertEqual(response.status_code, 200)
        return list(response.context["cl"].result_list)

    def changelist_slugs(self, **params) -> set[str]:
        return {article.slug for article in self.changelist(Article, **params)}
