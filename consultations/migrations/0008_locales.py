"""The languages content can be translated into, besides English (the source).

Polish and Panjabi are the languages most spoken at home after English in Peterborough;
Lithuanian, Romanian and Portuguese are among the Eastern European and other languages
spoken in Wisbech and Fenland. A page shows in one of them only once a translation is published.
"""

from django.db import migrations

LANGUAGES = ["pl", "pa", "lt", "ro", "pt"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0007_easy_read_pages"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
