"""Settings for the test suite: production settings with a throwaway key and plain static storage."""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-suite-only-key-not-secret")

from archive.settings import *  # noqa: F403

# The suite tests the benchmark commands too.
if "bench" not in INSTALLED_APPS:  # noqa: F405
    INSTALLED_APPS.append("bench")  # noqa: F405

# Hashed static names need collectstatic first; the tests render templates without it.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The test client speaks plain HTTP; the production redirect to HTTPS is tested separately.
SECURE_SSL_REDIRECT = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Serve static files from the finders, as in development: the suite runs without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# A file, not SQLite's in-memory test database: the reliability tests start imports in
# subprocesses (and kill them), which must see the same database. One file per test run.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"archive-test-{os.getpid()}.sqlite3")
    }
