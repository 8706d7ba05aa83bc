"""The "Editors" group: may add, change, delete and view the archive's content, not users or groups.

Permissions are normally created after all migrations (post_migrate); on a
new database they do not exist yet here, so this migration creates the
articles app's permissions first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
CONTENT_MODELS = (
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
)
ACTIONS = ("add", "change", "delete", "view")


def create_editors(apps, schema_editor):
    app_config = apps.get_app_config("articles")
    app_config.models_module = True  # create_permissions skips apps without models; historical ones look so
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    db = schema_editor.connection.alias
    group, _ = Group.objects.using(db).get_or_create(name=EDITORS)
    codenames = [f"{action}_{model}" for model in CONTENT_MODELS for action in ACTIONS]
    permissions = Permission.objects.using(db).filter(content_type__app_label="articles", codename__in=codenames)
    group.permissions.add(*permissions)


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.using(schema_editor.connection.alias).filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_curation_and_tombstones"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]
