import django.db.models.deletion
from django.db import migrations, models

from cms.search.configs import CONFIGS

POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    *(
        statement
        for name, (source, stem) in CONFIGS.items()
        for statement in (
            f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}",
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})",
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stem}",
        )
    ),
    "ALTER TABLE search_searchdocument ADD COLUMN vector tsvector",
    "CREATE INDEX search_document_vector ON search_searchdocument USING gin (vector)",
    "CREATE INDEX search_document_title_key ON search_searchdocument "
    "USING gin (title_key gin_trgm_ops)",
]
POSTGRESQL_REVERSE = [f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in CONFIGS]
SQLITE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5"
    "(title, summary, body, tokenize = 'unicode61 remove_diacritics 2')"
]
SQLITE_REVERSE = ["DROP TABLE IF EXISTS search_fts"]


def engine_index(apps, schema_editor) -> None:
    run(schema_editor, POSTGRESQL, SQLITE)


def drop_engine_index(apps, schema_editor) -> None:
    run(schema_editor, POSTGRESQL_REVERSE, SQLITE_REVERSE)


def run(schema_editor, postgresql: list[str], sqlite: list[str]) -> None:
    vendor = schema_editor.connection.vendor
    for statement in {"postgresql": postgresql, "sqlite": sqlite}.get(vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    initial = True

    dependencies = [("wagtailcore", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                ("locale_code", models.CharField(db_index=True, max_length=16)),
                ("title", models.TextField()),
                ("summary", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                (
                    "title_key",
                    models.TextField(
                        blank=True,
                        help_text="Normalised title and names, for typo-tolerant matching.",
                    ),
                ),
            ],
        ),
        migrations.RunPython(engine_index, drop_engine_index),
    ]
