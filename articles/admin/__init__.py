"""The archive's Django admin, where editors curate what the import could not know.

* ``site``: the archive's name on the admin, and page titles worded per model;
* ``article``: the article list, review queue and change form (inlines in ``inlines``, the curated-change
  history in ``history``);
* ``actions``: bulk publish, unpublish, add or remove a topic, mark reviewed;
* ``catalog``: authors, topics and sources; ``merge``: merging authors after a preview, and undoing it.

Only what editors work with is at the top level: an article's titles, abstracts, keywords, authorships,
references and topics are edited on its form.  The work itself lives in articles.curation; the admin
classes only collect what the editor asked for.
"""

from articles.admin import article, catalog, site  # noqa: F401  (importing registers the model admins)
