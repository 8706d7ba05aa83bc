"""Who may use the admin: anonymous visitors are sent to log in; editors curate content, not accounts."""

import io

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import TestCase

from articles.models import Article
from tests.admin.helpers import AdminTestCase, admin_url
from tests.fixtures import NEWS

CONTENT_MODELS = [
    "article",
    "author",
    "topic",
    "source",
    "reference",
    "abstract",
    "keyword",
    "articletitle",
    "authorship",
    "articletopic",
]


class AnonymousVisitorTests(AdminTestCase):
    def setUp(self):
        pass  # nobody logged in

    def assert_sent_to_login(self, url: str, language: str = "en") -> None:
        response = self.client.get(url)
        self.assertRedirects(response, f"/{language}/admin/login/?next={url}", fetch_redirect_response=False)

    def test_index_changelist_and_change_form_send_to_the_login_page(self):
        article = self.article(NEWS)
        for url in [
            admin_url("index"),
            admin_url("articles_article_changelist"),
            admin_url("articles_article_change", article.pk),
            admin_url("articles_article_changelist") + "?needs_review=yes",
            admin_url("articles_author_changelist"),
            admin_url("articles_topic_changelist"),
            admin_url("auth_user_changelist"),
        ]:
            with self.subTest(url=url):
                self.assert_sent_to_login(url)

    def test_every_interface_language_sends_to_its_login_page(self):
        for language in ["kk", "ru", "en"]:
            with self.subTest(language=language):
                self.assert_sent_to_login(f"/{language}/admin/articles/article/", language)

    def test_an_anonymous_action_changes_nothing(self):
        article = self.article(NEWS)
        response = self.run_action(Article, "unpublish", [article])
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/login/", response["Location"])
        article.refresh_from_db()
        self.assertEqual(article.status, Article.Status.PUBLISHED)
        self.assertEqual(article.curated_fields, [])

    def test_the_login_page_is_served(self):
        response = self.client.get(admin_url("login"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'name="password"')


class EditorRoleTests(AdminTestCase):
    def test_the_editors_group_may_change_content_but_not_users_or_groups(self):
        codenames = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
        expected = {f"{action}_{model}" for model in CONTENT_MODELS for action in ("add", "change", "delete", "view")}
        self.assertEqual(codenames, expected)
        self.assertFalse(self.editor.is_superuser)
        self.assertFalse(self.editor.has_perm("auth.change_user"))

    def test_an_editor_sees_content_and_is_refused_users_and_groups(self):
        for name in [
            "index",
            "articles_article_changelist",
            "articles_author_changelist",
            "articles_topic_changelist",
            "articles_source_changelist",
        ]:
            with self.subTest(page=name):
                self.assertEqual(self.client.get(admin_url(name)).status_code, 200)
        for name in ["auth_user_changelist", "auth_group_changelist", "auth_user_add"]:
            with self.subTest(page=name):
                self.assertEqual(self.client.get(admin_url(name)).status_code, 403)

    def test_the_admin_index_links_to_the_review_queue(self):
        response = self.client.get(admin_url("index"))
        self.assertContains(response, f'href="{admin_url("articles_article_changelist")}?needs_review=yes"')
        self.assertNotContains(response, admin_url("auth_user_changelist"))

    def test_the_admin_works_in_kazakh_russian_and_english(self):
        expected = {
            "kk": ("Редактордың жұмыс үстелі", "Тексеру кезегі"),
            "ru": ("Рабочий стол редактора", "Очередь проверки"),
            "en": ("Editor’s workbench", "Review queue"),
        }
        for language, (heading, queue) in expected.items():
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/admin/")
                self.assertContains(response, f'<html lang="{language}"')
                self.assertContains(response, heading)  # Django's own strings
                self.assertContains(response, queue)  # the archive's
                self.assertContains(response, f'href="/{language}/admin/articles/article/?needs_review=yes"')
                changelist = self.client.get(f"/{language}/admin/articles/article/")
                self.assertEqual(changelist.status_code, 200)


class SuperuserTests(TestCase):
    """The first administrator (createsuperuser) sees everything, accounts included."""

    def test_a_superuser_manages_accounts_and_content(self):
        admin = User.objects.create_superuser("admin", "admin@example.kz", "a long admin password")
        self.client.force_login(admin)
        for name in ["auth_user_changelist", "auth_group_changelist", "articles_article_changelist"]:
            with self.subTest(page=name):
                self.assertEqual(self.client.get(admin_url(name)).status_code, 200)


class LoginThrottlingTests(TestCase):
    """Password guessing is cut off: after five failures the right password is refused too, until reset."""

    def setUp(self):
        self.admin = User.objects.create_superuser("root", "root@example.kz", "the right long password")

    def log_in(self, password: str, address: str = "203.0.113.7"):
        return self.client.post(
            "/en/admin/login/?next=/en/admin/",
            {"username": "root", "password": password},
            REMOTE_ADDR=address,
        )

    def test_five_wrong_passwords_lock_the_account_out_then_a_reset_lets_it_in(self):
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            self.assertEqual(self.log_in("guess").status_code, 200)  # the form again, with its error
        self.assertEqual(self.log_in("guess").status_code, 429)  # the fifth failure locks out
        locked = self.log_in("the right long password")
        self.assertEqual(locked.status_code, 429)
        self.assertNotIn("_auth_user_id", self.client.session)
        # Another address is locked out too: the lockout is per user name as well as per address.
        self.assertEqual(self.log_in("the right long password", address="198.51.100.9").status_code, 429)
        # Administrators see the attempts, and lift the lockout.
        self.assertEqual(AccessAttempt.objects.filter(username="root").count(), 2)  # one per address
        call_command("axes_reset_username", "root", stdout=io.StringIO())
        call_command("axes_reset_ip", "203.0.113.7", stdout=io.StringIO())
        welcome = self.log_in("the right long password")
        self.assertEqual(welcome.status_code, 302)
        self.assertEqual(self.client.session["_auth_user_id"], str(self.admin.pk))

    def test_a_success_before_the_limit_clears_the_failures(self):
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            self.log_in("guess")
        self.assertEqual(self.log_in("the right long password").status_code, 302)
        self.client.logout()
        self.assertEqual(self.log_in("guess").status_code, 200)
        self.assertEqual(self.log_in("the right long password").status_code, 302)
