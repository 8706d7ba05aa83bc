"""Settings for the test suite: production settings with a throwaway key and plain static storage."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-suite-only-key-not-secret")

from archive.settings import *  # noqa: E402,F403

# Hashed static names need collectstatic first; the tests render templates without it.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Serve static files from the finders, as in development: the suite runs without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
