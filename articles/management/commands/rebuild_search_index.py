"""python manage.py rebuild_search_index — analyze every published article again and rewrite the index."""

from typing import Any

from django.core.cache import cache
from django.core.management.base import BaseCommand

from articles.search.index import rebuild_index


class Command(BaseCommand):
    help = (
        "Rebuild the search index of the whole archive in one transaction (searches see the old index "
        "until the new one is complete). Needed after a change to the analyzer."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        verbosity = options["verbosity"]

        def progress(done: int, total: int) -> None:
            if verbosity >= 2 or (verbosity >= 1 and (done == total or done % 1000 == 0)):
                self.stdout.write(f"{done:,} / {total:,} articles analyzed")

        written = rebuild_index(progress=progress)
        # Search figures and counts are cached under the archive's version, which a rebuild does not move (no
        # article changed); the cache holds only what can be computed again, so it is emptied.
        cache.clear()
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {written:,} published articles indexed."))
