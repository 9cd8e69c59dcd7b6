"""Free-text fingerprints are made per consultation, so a consultation's repeated texts are
found by the fingerprint index alone. Recomputes the fingerprints already stored."""

import hashlib
import re

from django.db import migrations

CAMPAIGN_MIN_LENGTH = 30  # as consultations.services.text_fingerprint, when this was written


def fingerprint(text: str, consultation_id: int) -> str:
    folded = re.sub(r"[\W_]+", " ", text.casefold()).strip()
    if len(folded) < CAMPAIGN_MIN_LENGTH:
        return ""
    return hashlib.sha256(f"{consultation_id}:{folded}".encode()).hexdigest()


def refingerprint(apps, schema_editor):
    Answer = apps.get_model("consultations", "Answer")
    changed = []
    stored = Answer.objects.exclude(text_fingerprint="").values_list("pk", "text", "response__consultation_id")
    for pk, text, consultation_id in list(stored):  # read first: SQLite cannot write while reading
        changed.append(Answer(pk=pk, text_fingerprint=fingerprint(text, consultation_id)))
        if len(changed) == 2000:
            Answer.objects.bulk_update(changed, ["text_fingerprint"])
            changed = []
    Answer.objects.bulk_update(changed, ["text_fingerprint"])


class Migration(migrations.Migration):
    dependencies = [("consultations", "0008_locales")]

    operations = [migrations.RunPython(refingerprint, migrations.RunPython.noop, elidable=True)]
