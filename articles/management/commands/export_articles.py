"""python manage.py export_articles — the whole archive as JSON Lines on stdout, sorted by slug."""

import json

from django.core.management.base import BaseCommand

from articles.backup.export import export_articles


class Command(BaseCommand):
    help = "Write every article as one JSON object per line (the archive's portable backup format)."

    def handle(self, *args, **options):
        for item in export_articles():
            self.stdout.write(json.dumps(item, ensure_ascii=False, sort_keys=False))
