"""Plain helpers for the consultation tests."""

import csv
import io

from consultations import services
from consultations.models import Channel


def full_answers(consultation, *, text="Please keep Doddington open.", postcode="PE13") -> dict:
    """Cleaned answers to every question of the sample questionnaire."""
    asked = {question.kind: question for question in consultation.questionnaire.asked}
    ranking = asked["ranking"]
    return {
        asked["single_choice"].field_name: asked["single_choice"].options[0].id,
        asked["multiple_choice"].field_name: [
            asked["multiple_choice"].options[0].id,
            asked["multiple_choice"].options[2].id,
        ],
        asked["likert"].field_name: "agree",
        **{f"{ranking.field_name}__{option.id}": rank for rank, option in enumerate(ranking.options, start=1)},
        asked["free_text"].field_name: text,
        asked["yes_no"].field_name: "yes",
        asked["postcode"].field_name: postcode,
    }


def make_response(consultation, *, channel=Channel.ONLINE, about=None, **answer_options):
    response, _ = services.response_create(
        consultation=consultation,
        answers=full_answers(consultation, **answer_options),
        about=about or {"respondent_type": "individual", "name": "Ada Resident", "age_band": "65 to 74"},
        channel=channel,
    )
    return response


def read_csv(content: bytes | str) -> list[dict]:
    text = content.decode("utf-8") if isinstance(content, bytes) else content
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
