"""Demo consultations built from the source documents: minor injury units, stroke rehabilitation
and orthopaedics. Questions come from what the documents say was at stake and from the
programme's evaluation criteria. Dates are set around today so the demo can be answered.
"""

import json
import uuid
from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from consultations.models import ConsultationIndexPage, ConsultationPage, ConsultationTopic
from home.demo import seed_content as seeds
from home.models import LibraryDocument

NAMESPACE = uuid.UUID("5f0c3d0e-1f1b-4d55-9a57-2a8c2f0f4e11")

# The four evaluation criteria (Appendix 4), in words residents use.
CRITERIA_OPTIONS = [
    "Quality of care: is it safe and good, and how far do people travel?",
    "Cost: can we afford it year after year?",
    "Staff: can we recruit and keep enough skilled staff?",
    "Making it happen: do people support it, and how quickly can it be done?",
]


def _id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def _question(slug: str, number: int, kind: str, text: str, **extra) -> dict:
    value = {"question": text, "hint": extra.pop("hint", ""), "required": extra.pop("required", False)}
    options = extra.pop("options", None)
    if options is not None:
        value["options"] = [{"type": "item", "value": label, "id": _id(slug, str(number), label)} for label in options]
    value.update(extra)
    return {"type": kind, "value": value, "id": _id(slug, str(number))}


def _page_break(slug: str, number: int, title: str) -> dict:
    return {"type": "page_break", "value": {"title": title}, "id": _id(slug, str(number))}


def miu_questions() -> list[dict]:
    slug = "minor-injury-units"
    return [
        _question(
            slug,
            1,
            "single_choice",
            "Which minor injury unit have you used in the last two years?",
            options=[
                "Doddington Hospital",
                "North Cambridgeshire Hospital, Wisbech",
                "Princess of Wales Hospital, Ely",
                "More than one of these",
                "None of these",
            ],
            required=True,
        ),
        _question(
            slug,
            2,
            "multiple_choice",
            "What matters most to you when you need care for a minor injury?",
            options=[
                "How far I have to travel",
                "Being seen quickly",
                "Being safe and getting good care",
                "Having tests, such as X-rays, in the same place",
                "The same good care for everyone, wherever they live",
            ],
        ),
        _question(
            slug,
            3,
            "likert",
            "We could bring GP services, minor injury care and community services together in three "
            "rural urgent care hubs. How much do you agree with this idea?",
            hint="A hub is one place where these services work together.",
            required=True,
        ),
        _question(
            slug,
            4,
            "ranking",
            "When we judge the options, what should count most?",
            options=CRITERIA_OPTIONS,
        ),
        _page_break(slug, 5, "Your comments"),
        _question(
            slug,
            6,
            "free_text",
            "Is there anything else you want to tell us about minor injury services in East Cambridgeshire "
            "and Fenland?",
            max_length=1500,
        ),
        _question(
            slug,
            7,
            "yes_no",
            "Did you go to one of the public meetings about minor injury services in August or September 2016?",
        ),
        _question(slug, 8, "postcode", "What is your postcode?"),
    ]


def stroke_questions() -> list[dict]:
    slug = "stroke-rehabilitation"
    return [
        _question(slug, 1, "yes_no", "Have you, or someone close to you, had a stroke?"),
        _question(
            slug,
            2,
            "likert",
            "All hospital-bed stroke and neurological rehabilitation could be on one site, with a team "
            "that supports people when they go home. How much do you agree with this idea?",
            required=True,
        ),
        _question(
            slug,
            3,
            "single_choice",
            "After a stroke, where would you prefer to have most of your rehabilitation?",
            options=[
                "In a hospital or rehabilitation unit",
                "At home, with support from a team",
                "A mix of both",
                "I do not know",
            ],
        ),
        _question(
            slug,
            4,
            "multiple_choice",
            "If rehabilitation beds were on one site, what would matter most to you?",
            options=[
                "Travel time for me and my family",
                "Safe, good quality care",
                "Enough specialist staff",
                "Support when I go home",
            ],
        ),
        _page_break(slug, 5, "Your comments"),
        _question(
            slug,
            6,
            "free_text",
            "Is there anything else you want to tell us about stroke rehabilitation?",
            max_length=1500,
        ),
        _question(slug, 7, "postcode", "What is your postcode?"),
    ]


def orthopaedics_questions() -> list[dict]:
    slug = "orthopaedics"
    return [
        _question(
            slug,
            1,
            "single_choice",
            "Have you had treatment for bones or joints at one of these hospital trusts in the last three years?",
            options=[
                "Hinchingbrooke Health Care NHS Trust",
                "Peterborough and Stamford Hospitals NHS Foundation Trust",
                "Cambridge University Hospitals NHS Foundation Trust",
                "None of these",
            ],
        ),
        _question(
            slug,
            2,
            "likert",
            "Routine knee and hip replacements for people with few other health problems could be done "
            "at Hinchingbrooke, with complex operations in Peterborough and Cambridge. How much do you agree?",
            required=True,
        ),
        _question(
            slug,
            3,
            "likert",
            "Specialist care for serious bone injuries, such as fragile bones that break, could be in "
            "Peterborough and Cambridge. How much do you agree?",
        ),
        _question(slug, 4, "ranking", "When we judge the options, what should count most?", options=CRITERIA_OPTIONS),
        _page_break(slug, 5, "Your comments"),
        _question(
            slug,
            6,
            "free_text",
            "Is there anything else you want to tell us about bone and joint care?",
            max_length=1500,
        ),
        _question(slug, 7, "postcode", "What is your postcode?"),
    ]


def _documents_stream() -> str:
    plan = (
        LibraryDocument.objects.filter(title__icontains="Sustainability and Transformation Plan").order_by("pk").first()
    )
    if plan is None:
        return "[]"
    return json.dumps([{"type": "document", "value": {"document": plan.pk, "title": ""}}])


def build_demo_consultations(index: ConsultationIndexPage, report, stream) -> None:
    """Create the three demo consultations under the index page if they are missing."""
    for name in seeds.CONSULTATION_TOPICS:
        ConsultationTopic.objects.get_or_create(slug=slugify(name), defaults={"title": name})
    today = timezone.now().replace(hour=9, minute=0, second=0, microsecond=0)
    specs = [
        {
            "slug": "minor-injury-units",
            "seed": seeds.MIU,
            "questions": miu_questions(),
            "opens": today - timedelta(days=14),
            "closes": today + timedelta(days=42, hours=8),
            "topics": ["minor-injury-units", "urgent-and-emergency-care"],
        },
        {
            "slug": "stroke-rehabilitation",
            "seed": seeds.STROKE,
            "questions": stroke_questions(),
            "opens": today - timedelta(days=7),
            "closes": today + timedelta(days=56, hours=8),
            "topics": ["stroke", "community-rehabilitation-and-community-beds"],
        },
        {
            "slug": "orthopaedics",
            "seed": seeds.ORTHOPAEDICS,
            "questions": orthopaedics_questions(),
            "opens": today + timedelta(days=14),
            "closes": today + timedelta(days=84, hours=8),
            "topics": ["orthopaedics"],
        },
    ]
    for spec in specs:
        if index.get_children().filter(slug=spec["slug"]).exists():
            continue
        page = ConsultationPage(
            title=spec["seed"]["title"],
            slug=spec["slug"],
            intro=spec["seed"]["summary"],
            opens_at=spec["opens"],
            closes_at=spec["closes"],
            response_published_on=(spec["closes"] + timedelta(days=90)).date(),
            body=stream(spec["seed"]["background"]),
            documents=_documents_stream(),
            questions=json.dumps(spec["questions"]),
        )
        index.add_child(instance=page)
        page.topics.set(ConsultationTopic.objects.filter(slug__in=spec["topics"]))
        page.save_revision().publish()
        report.add(f"consultation {page.slug}")
