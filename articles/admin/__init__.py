"""The archive's Django admin, where editors curate what the import could not know.

* ``article``: the article list, review queue and change form (inlines in ``inlines``);
* ``actions``: bulk publish, unpublish, add or remove a topic, mark reviewed;
* ``catalog``: authors (with merging), topics and sources;
* ``parts``: titles, abstracts, keywords, authorships, references and topic links on their own pages.

The work itself lives in articles.curation.services and articles.curation.merging; the admin
classes only collect what the editor asked for.
"""

from articles.admin import article, catalog, parts  # noqa: F401  (importing registers the model admins)
