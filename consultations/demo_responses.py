"""Demo responses, codebooks, codings and 'we did' actions, so reports have something to show.

Everything factual comes from the source documents: the towns and hospitals, the groups that
take comments forward (the clinical working groups, delivery groups and strategy groups of
the plan), the 90 or so people at the March 2016 assemblies whose comments were "collated
into clinical themes" and "shared with each clinical working group", and what the plan says
was done or is being considered. The residents' comments themselves are examples written
for the demo, in the words people used about those facts. Random choices use a fixed seed,
so the demo is the same every time.
"""

import datetime
import json
import random
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from consultations.demo import CRITERIA_OPTIONS, _question
from consultations.forms import AGE_BANDS, ETHNICITY, SEX, YES_NO_PREFER
from consultations.models import (
    Action,
    ActionStatus,
    Answer,
    Channel,
    Coding,
    ConsultationIndexPage,
    ConsultationPage,
    Quote,
    Response,
    Theme,
    WorkingGroup,
)
from consultations.services import answer_rows

# Groups named in the plan (section 9.5 and Appendix 3).
WORKING_GROUPS = {
    "Urgent and Emergency Care Clinical Working Group": "Looks at A&E, minor injury units and urgent care.",
    "Elective care delivery group": "Planned care, such as knee and hip operations.",
    "Primary care and integrated neighbourhoods delivery group": "GP services and care close to home.",
    "Workforce and organisational development delivery group": "Recruiting, training and keeping staff.",
    "Ageing Well strategy group": "Independence and wellbeing in older age.",
    "Mental Health strategy group": "Mental health services across the system.",
    "Digital delivery group": "Technology, such as telemedicine links between sites.",
}

# Postcode districts of the five assembly towns and the three minor injury unit sites.
TOWN_DISTRICTS = {
    "cambridge": ["CB1", "CB2", "CB3", "CB4", "CB5"],
    "ely": ["CB6", "CB7"],
    "huntingdon": ["PE28", "PE29"],
    "peterborough": ["PE1", "PE2", "PE3", "PE4"],
    "wisbech": ["PE13", "PE14"],
    "doddington": ["PE15"],
}


@dataclass
class ThemeSpec:
    name: str
    group: str
    you_said: str
    keywords: tuple[str, ...]
    actions: list[dict] = field(default_factory=list)


MIU_THEMES = [
    ThemeSpec(
        "Travel and distance",
        "Urgent and Emergency Care Clinical Working Group",
        "Many of you live a long way from a hospital and worry about travel, buses and parking.",
        ("travel", "bus", "drive", "miles", "far", "parking"),
        [
            {
                "we_did": "Travel time is part of how we judge every option, under 'quality of care' in our "
                "evaluation criteria.",
                "status": ActionStatus.DONE,
            }
        ],
    ),
    ThemeSpec(
        "Keeping local services",
        "Urgent and Emergency Care Clinical Working Group",
        "You want care for minor injuries to stay close to home in Doddington, Wisbech and Ely.",
        ("doddington", "wisbech", "ely", "local", "close", "keep"),
        [
            {
                "we_did": "We are working with local people on three rural urgent care hubs that bring GP, "
                "minor injury and community services together.",
                "status": ActionStatus.IN_PROGRESS,
            }
        ],
    ),
    ThemeSpec(
        "Waiting and opening hours",
        "Primary care and integrated neighbourhoods delivery group",
        "You told us about waits, and about units being shut when you need them.",
        ("wait", "hours", "open", "evening", "weekend", "closed"),
    ),
    ThemeSpec(
        "Tests and X-rays",
        "Digital delivery group",
        "You want X-rays and tests in the same place, so you are not sent elsewhere.",
        ("x-ray", "xray", "tests", "scan"),
        [
            {
                "we_did": "The hubs will add tests on the spot and links to hospital consultants by video "
                "(telemedicine).",
                "status": ActionStatus.PLANNED,
            }
        ],
    ),
    ThemeSpec(
        "Having your say",
        "Urgent and Emergency Care Clinical Working Group",
        "You asked us to run more public meetings, in rooms big enough for everyone.",
        ("meeting", "meetings", "listen", "say", "venue"),
        [
            {
                "we_did": "We arranged extra public meetings in much larger venues. About 650 people came to "
                "the meetings in August and September 2016.",
                "status": ActionStatus.DONE,
                "due_on": datetime.date(2016, 9, 30),
            }
        ],
    ),
]

STROKE_THEMES = [
    ThemeSpec(
        "Travel for families",
        "Ageing Well strategy group",
        "You worry that families will have to travel far to visit if beds are on one site.",
        ("travel", "visit", "family", "families", "far", "drive"),
    ),
    ThemeSpec(
        "Support at home",
        "Primary care and integrated neighbourhoods delivery group",
        "You want good support at home after leaving hospital.",
        ("home", "discharge", "support", "team"),
        [
            {
                "we_did": "We are looking at an early supported discharge team across Cambridgeshire and "
                "Peterborough, so more people get rehabilitation at home.",
                "status": ActionStatus.PLANNED,
            }
        ],
    ),
    ThemeSpec(
        "Specialist staff",
        "Workforce and organisational development delivery group",
        "You want enough specialist stroke staff, day and night.",
        ("staff", "therapist", "nurses", "consultant", "specialist"),
        [
            {
                "we_did": "We are adding more stroke consultant cover at Addenbrooke's and Peterborough City "
                "Hospital, and keeping two hyperacute stroke units.",
                "status": ActionStatus.IN_PROGRESS,
            }
        ],
    ),
    ThemeSpec(
        "Quality of care",
        "Ageing Well strategy group",
        "You care most that rehabilitation is safe and good, wherever it is.",
        ("quality", "safe", "care", "better"),
    ),
]

EVIDENCE_THEMES = [
    ThemeSpec(
        "Urgent and emergency care",
        "Urgent and Emergency Care Clinical Working Group",
        "You talked about busy A&E departments and waiting for ambulances.",
        ("a&e", "ambulance", "emergency", "urgent"),
    ),
    ThemeSpec(
        "GP services and care close to home",
        "Primary care and integrated neighbourhoods delivery group",
        "You told us it is hard to get a GP appointment, and you want care closer to home.",
        ("gp", "appointment", "surgery", "home", "local"),
    ),
    ThemeSpec(
        "Older people",
        "Ageing Well strategy group",
        "You want older people to stay well and independent, with help at the right time.",
        ("older", "elderly", "independent", "carer"),
    ),
    ThemeSpec(
        "Mental health",
        "Mental Health strategy group",
        "You want mental health to matter as much as physical health.",
        ("mental", "crisis", "anxiety"),
    ),
    ThemeSpec(
        "Staff",
        "Workforce and organisational development delivery group",
        "You worry about enough nurses and doctors, and about staff being stretched.",
        ("staff", "nurses", "doctors", "recruit"),
    ),
    ThemeSpec(
        "Money and the funding gap",
        "Urgent and Emergency Care Clinical Working Group",
        "You asked how the money gap can be closed without cutting care.",
        ("money", "cost", "funding", "£", "afford", "save"),
    ),
]
EVIDENCE_SHARED = (
    "We put all your comments in one document, sorted into clinical themes, and shared it with the {group} to "
    "discuss in its meetings and workshops, and to use when planning and redesigning services."
)

MIU_COMMENTS = [
    "I live in March and Doddington is the only place I can get to without a long drive.",
    "The bus from Chatteris to Wisbech takes ages, so travel matters most to me.",
    "Please keep the minor injury unit in Ely open, it saved us a trip to Cambridge.",
    "When my son broke his wrist we waited three hours and then had to go elsewhere for an X-ray.",
    "Having X-rays and tests in the same place would make a big difference.",
    "Opening hours are too short. It is often closed in the evening when we need it.",
    "Parking at the hospital is hard and costs a lot.",
    "I am happy to travel a bit further if I am seen quickly and safely.",
    "Keep services local. Older people in Wisbech cannot drive 30 miles.",
    "The public meeting was full and many people could not get in. Please hold more meetings.",
    "Thank you for listening. Please use a bigger venue next time so everyone can have their say.",
    "A hub with GPs and the minor injury unit together sounds like a good idea if it is close.",
    "I worry the changes are about saving money rather than care.",
    "The weekend is when accidents happen with children, so it needs to be open then.",
    "I would rather wait a little at Doddington than sit in A&E in Peterborough for hours.",
    "Good care matters more to me than where it is.",
]

STROKE_COMMENTS = [
    "My father had a stroke and the team that came to his home was brilliant.",
    "If all the beds are on one site my mum could not visit, she does not drive.",
    "Families need to be close by to help with recovery. Travel is a real worry.",
    "Support at home after discharge was the most important thing for us.",
    "There were not enough therapists on the ward at weekends.",
    "Specialist staff matter more than the building.",
    "Rehab at home is better for people, as long as the team is properly staffed.",
    "Please make sure care is safe and good quality wherever it is.",
    "We waited a long time for the discharge team to start visiting.",
    "One site with specialist nurses and consultants would give better care.",
]

EVIDENCE_COMMENTS = [
    "It is very hard to get a GP appointment in our village.",
    "A&E is always full and the ambulance took an hour to come for my neighbour.",
    "More care closer to home would stop people going into hospital.",
    "Older people need help earlier so they can stay independent.",
    "Mental health must be treated as seriously as physical health.",
    "There are not enough nurses and the staff are stretched.",
    "How will you close the funding gap without cutting services?",
    "I am a carer and I need more support to keep my husband at home.",
    "The surgery should do more so people do not end up in A&E.",
    "Young people wait too long for mental health help when in crisis.",
    "Recruit more doctors and keep the staff we have.",
    "Do not save money by cutting care for elderly people.",
]

SPECS = {
    "minor-injury-units": (MIU_THEMES, MIU_COMMENTS),
    "stroke-rehabilitation": (STROKE_THEMES, STROKE_COMMENTS),
    "evidence-for-change": (EVIDENCE_THEMES, EVIDENCE_COMMENTS),
}

EVIDENCE = {
    "slug": "evidence-for-change",
    "title": "Evidence for Change: what matters to you",
    "intro": "In March 2016 we asked people at Public Involvement Assemblies in Cambridge, Ely, Huntingdon, "
    "Peterborough and Wisbech what they thought of our Evidence for Change and how we judge options.",
    "opens": datetime.datetime(2016, 3, 1, 9, 0),
    "closes": datetime.datetime(2016, 3, 31, 17, 0),
    "published": datetime.date(2016, 10, 1),
    "responses": 90,  # "Around 90 people who attended the five assemblies commented"
}


def _evidence_questions() -> list[dict]:
    slug = EVIDENCE["slug"]
    return [
        _question(
            slug,
            1,
            "free_text",
            "What do you think of the reasons for change in our Evidence for Change?",
            max_length=1500,
        ),
        _question(slug, 2, "ranking", "When we judge the options, what should count most?", options=CRITERIA_OPTIONS),
        _question(slug, 3, "postcode", "What is your postcode?"),
    ]


def build_evidence_consultation(index: ConsultationIndexPage, report) -> ConsultationPage:
    """The March 2016 assemblies as a closed consultation with its response published."""
    page = ConsultationPage.objects.child_of(index).filter(slug=EVIDENCE["slug"]).first()
    if page is not None:
        return page
    tz = timezone.get_current_timezone()
    page = ConsultationPage(
        title=EVIDENCE["title"],
        slug=EVIDENCE["slug"],
        intro=EVIDENCE["intro"],
        opens_at=timezone.make_aware(EVIDENCE["opens"], tz),
        closes_at=timezone.make_aware(EVIDENCE["closes"], tz),
        response_published_on=EVIDENCE["published"],
        questions=json.dumps(_evidence_questions()),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    report.add(f"consultation {page.slug}")
    return page


def _working_groups() -> dict[str, WorkingGroup]:
    groups = {}
    for name, description in WORKING_GROUPS.items():
        groups[name], _ = WorkingGroup.objects.get_or_create(name=name, defaults={"description": description})
    return groups


def _about(rng: random.Random, districts: list[str]) -> dict:
    if rng.random() < 0.25:
        return {"postcode_district": rng.choice(districts)}
    return {
        "respondent_type": "organisation" if rng.random() < 0.06 else "individual",
        "age_band": rng.choices(AGE_BANDS, weights=[2, 4, 8, 10, 12, 14, 16, 12, 4])[0],
        "sex": rng.choice(SEX),
        "ethnicity": rng.choices(ETHNICITY, weights=[4, 2, 2, 30, 1, 2])[0],
        "disability": rng.choice(YES_NO_PREFER),
        "carer": rng.choice(YES_NO_PREFER),
        "postcode_district": rng.choice(districts),
    }


def _answers(rng: random.Random, consultation: ConsultationPage, comments: list[str]) -> dict:
    data = {}
    for question in consultation.questionnaire.asked:
        name = question.field_name
        if not question.required and rng.random() < 0.12:
            continue
        if question.kind in {"single_choice", "likert", "yes_no"}:
            weights = [len(question.options) - index + 1 for index in range(len(question.options))]
            data[name] = rng.choices([option.id for option in question.options], weights=weights)[0]
        elif question.kind == "multiple_choice":
            picked = rng.sample(question.options, rng.randint(1, min(3, len(question.options))))
            data[name] = [option.id for option in picked]
        elif question.kind == "ranking":
            order = rng.sample(question.options, len(question.options))
            for rank, option in enumerate(order, start=1):
                data[f"{name}__{option.id}"] = rank
        elif question.kind == "free_text" and rng.random() < 0.7:
            data[name] = rng.choice(comments)
    return data


@transaction.atomic
def responses_create(*, consultation: ConsultationPage, count: int, seed: int = 2016) -> int:
    """Add `count` varied demo responses across every channel. Not idempotent: each call adds more."""
    _, comments = SPECS.get(consultation.slug, ([], MIU_COMMENTS))
    rng = random.Random(f"{seed}-{consultation.slug}-{consultation.responses.count()}")
    districts = [district for values in TOWN_DISTRICTS.values() for district in values]
    event_only = consultation.slug == EVIDENCE["slug"]
    start, end = consultation.opens_at, min(consultation.closes_at, timezone.now())
    span = max((end - start).total_seconds(), 60)
    responses, answer_sets = [], []
    for _ in range(count):
        channel = Channel.EVENT if event_only else rng.choices(Channel.values, weights=[70, 10, 8, 5, 3, 4])[0]
        submitted = start + datetime.timedelta(seconds=rng.uniform(0, span))
        about = _about(rng, districts)
        responses.append(
            Response(
                consultation=consultation,
                channel=channel,
                submitted_at=submitted,
                received_on=submitted.date() if channel != Channel.ONLINE else None,
                staff_notes="Demo response" if channel != Channel.ONLINE else "",
                **about,
            )
        )
        answer_sets.append(_answers(rng, consultation, comments))
    Response.objects.bulk_create(responses)
    if responses[0].pk is None:  # backends that do not return ids from bulk inserts
        references = [response.reference for response in responses]
        responses = list(Response.objects.filter(reference__in=references).order_by("pk"))
    questionnaire = consultation.questionnaire
    rows = [
        row
        for response, data in zip(responses, answer_sets, strict=True)
        for row in answer_rows(questionnaire=questionnaire, data=data, response=response)
    ]
    Answer.objects.bulk_create(rows, batch_size=2000)
    return len(responses)


def codebook_build(*, consultation: ConsultationPage) -> list[Theme]:
    """The demo themes of a consultation, routed to working groups, with their actions. Idempotent."""
    specs, _ = SPECS.get(consultation.slug, ([], []))
    groups = _working_groups()
    themes = []
    assembly = None
    if consultation.slug == EVIDENCE["slug"]:
        from assemblies.models import AssemblyPage

        assembly = AssemblyPage.objects.filter(slug="march-2016").first()
    published = consultation.response_published_on
    for order, spec in enumerate(specs):
        theme, created = Theme.objects.get_or_create(
            consultation=consultation,
            name=spec.name,
            defaults={"you_said": spec.you_said, "working_group": groups[spec.group], "sort_order": order},
        )
        themes.append(theme)
        if not created:
            continue
        actions = spec.actions or (
            [
                {
                    "we_did": EVIDENCE_SHARED.format(group=spec.group),
                    "status": ActionStatus.DONE,
                    "due_on": published,
                }
            ]
            if consultation.slug == EVIDENCE["slug"]
            else []
        )
        for action in actions:
            Action.objects.create(theme=theme, owner=groups[spec.group], assembly=assembly, **action)
    return themes


def codings_create(*, consultation: ConsultationPage, share: float = 0.75, seed: int = 2016) -> int:
    """Code most written answers by their words, as an engagement lead would; leave the rest for the
    workbench (and its suggestions). Adds quotes to themes that have none. Idempotent."""
    specs, _ = SPECS.get(consultation.slug, ([], []))
    themes = {theme.name: theme for theme in Theme.objects.filter(consultation=consultation)}
    question_ids = [q.id for q in consultation.questionnaire.questions if q.kind == "free_text"]
    rng = random.Random(f"{seed}-{consultation.slug}-codes")
    answers = Answer.objects.filter(question_id__in=question_ids, codings__isnull=True).exclude(text="")
    new = []
    quoted = set(Quote.objects.filter(theme__consultation=consultation).values_list("theme_id", flat=True))
    for answer in answers.order_by("pk").iterator(chunk_size=2000):
        if rng.random() > share:
            continue
        words = answer.text.lower()
        for spec in specs:
            if any(keyword in words for keyword in spec.keywords) and spec.name in themes:
                theme = themes[spec.name]
                new.append(Coding(answer=answer, theme=theme, coded_by=None))
                if theme.pk not in quoted:
                    Quote.objects.create(theme=theme, answer=answer, text=answer.text)
                    quoted.add(theme.pk)
    Coding.objects.bulk_create(new, batch_size=2000, ignore_conflicts=True)
    return len(new)


def demo_reports_build(*, index: ConsultationIndexPage, report, responses: int | None = None) -> None:
    """Responses, themes, codings and actions for the demo consultations.

    Without `responses`, each demo consultation that has no responses yet gets its share of a
    modest default (safe to run again); with it, that many more are added across them.
    """
    evidence = build_evidence_consultation(index, report)
    pages = {
        page.slug: page for page in ConsultationPage.objects.child_of(index).filter(slug__in=list(SPECS)).order_by("pk")
    }
    open_slugs = [slug for slug in ("minor-injury-units", "stroke-rehabilitation") if slug in pages]
    for slug, page in pages.items():
        if page.pk == evidence.pk:
            wanted = EVIDENCE["responses"] if not page.responses.exists() else 0
        elif responses is not None:
            wanted = responses // max(len(open_slugs), 1)
        else:
            wanted = 0 if page.responses.exists() else 120
        if wanted:
            responses_create(consultation=page, count=wanted)
            report.add(f"{wanted} demo responses to {slug}")
        codebook_build(consultation=page)
        codings_create(consultation=page)
