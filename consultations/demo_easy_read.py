"""Demo Easy Read summary of the minor injury units consultation, built only from the source
documents' facts about it (seeds.MIU), one idea per row. The rows have no pictures: editors add
their own, with alt text, from the image library."""

import json
import uuid

from django.db import transaction

from wagtail.models import Locale

from consultations.models import ConsultationPage, EasyReadPage

NAMESPACE = uuid.UUID("0b7f4d52-6c2e-4f4e-9a7e-5d1f3c2a8b90")

# (heading, [rows]) - short sentences, each one fact from the plan's section on minor injury units.
MIU_EASY_READ = [
    (
        "What is this about?",
        [
            "There are 3 minor injury units in East Cambridgeshire and Fenland.",
            "One is at Doddington Hospital.",
            "One is at North Cambridgeshire Hospital in Wisbech.",
            "One is at Princess of Wales Hospital in Ely.",
            "We are thinking about what these units should be like in the future.",
        ],
    ),
    (
        "What people told us",
        [
            "In August and September 2016 we held public meetings.",
            "About 650 people came to the meetings.",
            "Some rooms were too small, so we held more meetings in bigger rooms.",
            "We also met local councillors and members of parliament.",
        ],
    ),
    (
        "Our idea",
        [
            "Nothing has been decided yet.",
            "One idea is to have 3 urgent care hubs in the countryside.",
            "A hub is one place where GP, minor injury and community services work together.",
            "Later, hubs could do some tests on the spot.",
            "Later, you could also get advice from a specialist doctor by video link.",
            "The hospitals in Ely and Wisbech could be good places for new local hubs.",
        ],
    ),
    (
        "What happens next",
        [
            "We want to try the first part of the new services for 12 months.",
            "Then we will talk with people again.",
            "Tell us what you think by answering the questions.",
        ],
    ),
]


def _block_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def miu_easy_read_body() -> str:
    raw = []
    for heading, rows in MIU_EASY_READ:
        raw.append({"type": "heading", "value": {"text": heading, "level": "2"}, "id": _block_id(heading)})
        for text in rows:
            raw.append(
                {
                    "type": "row",
                    "value": {"image": None, "alt_text": "", "text": text},
                    "id": _block_id(heading, text),
                }
            )
    return json.dumps(raw)


@transaction.atomic
def build_demo_easy_read(report) -> None:
    """An Easy Read page under the minor injury units consultation, unless there is one."""
    consultation = ConsultationPage.objects.filter(slug="minor-injury-units", locale=Locale.get_default()).first()
    if consultation is None or EasyReadPage.objects.child_of(consultation).exists():
        return
    page = EasyReadPage(
        title="Minor injury units: Easy Read",
        slug="easy-read",
        intro="This is an easy way to read about the minor injury units in East Cambridgeshire and Fenland.",
        body=miu_easy_read_body(),
    )
    consultation.add_child(instance=page)
    page.save_revision().publish()
    report.add("Easy Read page for consultation minor-injury-units")
