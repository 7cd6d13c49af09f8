from django.db import migrations, models

POSTGRESQL = [
    "CREATE INDEX search_word_trigram ON search_searchword USING gin (word gin_trgm_ops)",
]


def trigram_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRESQL:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    """The vocabulary of indexed words (filled on PostgreSQL by `rebuild_search` and then by
    every publish), with the trigram index its corrections are looked up by."""

    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("locale_code", models.CharField(max_length=16)),
                ("word", models.CharField(max_length=100)),
                (
                    "spelling",
                    models.CharField(
                        help_text="The word as last written, for a suggestion to show.",
                        max_length=100,
                    ),
                ),
                ("documents", models.IntegerField(default=0)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("locale_code", "word"), name="search_word_unique"
                    )
                ],
            },
        ),
        migrations.RunPython(trigram_index, migrations.RunPython.noop),
    ]
