"""Settings for the archive, read from the environment (see README, "Configuration")."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from archive.env import env_bool, env_int, env_list, parse_cache_url, parse_database_url, replica_databases

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off. For local development set DJANGO_DEBUG=true."
        )
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_filters",
    "axes",
    "articles",
]
# The benchmark, corpus generator and load test (README, Performance): a development app, never served.
if env_bool("ARCHIVE_BENCHMARKS", default=DEBUG):
    INSTALLED_APPS.append("bench")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Which database a request reads: a replica for public reads, the primary otherwise (archive/replicas.py).
    "archive.replicas.ReplicaMiddleware",
    "archive.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers a locked-out login.
    "axes.middleware.AxesMiddleware",
]

# Password guessing on the admin login: after AXES_FAILURE_LIMIT failures for one user name or from one
# address, further attempts are refused for AXES_COOLOFF_TIME hours. Administrators see the attempts in
# the admin (Axes) and lift a lockout there or with `manage.py axes_reset`.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env_int("ARCHIVE_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # no banner in every command's output

ROOT_URLCONF = "archive.urls"

# Transport security (README, "Production"). Behind a proxy that terminates TLS, set
# DJANGO_SECURE_PROXY_SSL_HEADER=true so Django trusts its X-Forwarded-Proto header; only do
# that when the proxy strips the header from clients' requests.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# No inline script anywhere (scripts live in static/js); JSON-LD data blocks are not executed.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# A reading archive uses no device feature: none may be asked for by any page or frame.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), interest-cohort=()"
)

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "archive.wsgi.application"

DATABASES = {
    "default": parse_database_url(os.environ.get("DATABASE_URL", "sqlite:///db.sqlite3"), BASE_DIR),
    # DATABASE_REPLICA_URLS: streaming replicas of the primary, as replica_1, replica_2… (README, "Running on
    # several machines"). Public pages read from one of them; every write, the admin and commands use default.
    **replica_databases(env_list("DATABASE_REPLICA_URLS"), BASE_DIR),
}
DATABASE_ROUTERS = ["archive.replicas.ReplicaRouter"]
ARCHIVE_READ_REPLICAS = [alias for alias in DATABASES if alias != "default"]
# A replica further behind than this (seconds) is skipped until it catches up; its health is checked at most
# every ARCHIVE_REPLICA_CHECK_SECONDS per process. An editor reads the primary for the sum of the two after a
# write, so the page opened after a save shows it (read-your-writes).
ARCHIVE_REPLICA_MAX_LAG = env_int("DATABASE_REPLICA_MAX_LAG", 30)
ARCHIVE_REPLICA_CHECK_SECONDS = 5

# CACHE_URL=redis://…: one cache for every worker and application server (the facet counts, the suggestion
# vocabulary, the sitemaps; their keys carry the archive's change stamp, so a change anywhere is seen
# everywhere). Without it each process keeps its own, in local memory.
CACHES = {"default": parse_cache_url(os.environ.get("CACHE_URL", ""))}
# Sessions stay in the database (Django's default engine): every application server reads the same table,
# and the router writes them to the primary. Session data and the messages cookie are signed with
# DJANGO_SECRET_KEY, which every server must share; CSRF tokens live in a cookie, checked by any server.

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Kazakh first: the archive's home language, then Russian and English.
LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", _("Kazakh")),
    ("ru", _("Russian")),
    ("en", _("English")),
]
# locale/: our strings (makemessages); locale_overrides/: corrections to Django's own kk/ru catalogs (see its files).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": sys.stdout, "formatter": "plain"}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # django-axes logs every failed login at INFO; lockouts are logged at WARNING.
    "loggers": {"django.db.backends": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}

# The archive's own knobs.
ARCHIVE_SEED_DIR = BASE_DIR / "fixtures" / "seeds"
ARCHIVE_TOPICS_FILE = BASE_DIR / "fixtures" / "topics.json"
ARCHIVE_PAGE_SIZE = 20
# A search matching more articles than this has its facet counts estimated from a sample of about half
# as many matches (every n-th by id), and says so; below it the counts are exact (articles/facets.py).
ARCHIVE_FACET_EXACT_UP_TO = env_int("ARCHIVE_FACET_EXACT_UP_TO", 10_000)
# OAI-PMH (articles/oai): records per response, the repository's name and identifier (record identifiers are
# oai:<identifier>:<article number>) and the contact address Identify gives harvesters.
ARCHIVE_OAI_PAGE_SIZE = 100
ARCHIVE_OAI_REPOSITORY_NAME = "Kazakhstan International Relations Archive"
# The OAI identifier's namespace; a domain name of the archive (archive.example.kz) also describes the
# identifier scheme in Identify (guidelines-oai-identifier). Changing it changes every record's identifier.
ARCHIVE_OAI_REPOSITORY_IDENTIFIER = os.environ.get("ARCHIVE_OAI_REPOSITORY_IDENTIFIER", "kz-ir-archive")
ARCHIVE_OAI_ADMIN_EMAIL = os.environ.get("ARCHIVE_OAI_ADMIN_EMAIL", "archive@example.org")
# The most articles one citation download of a search result (citation.bib/.ris/.json) holds.
ARCHIVE_CITATION_EXPORT_LIMIT = 500
