"""Suggested themes for uncoded answers, from how similar answers were coded.

TF-IDF over the words of answers already coded, then the nearest coded answers to each
uncoded one (cosine similarity). A theme is suggested when enough of the similar answers
carry it. Everything runs here, on the server: no text leaves the system. A suggestion is
only ever shown; a person must accept it before it becomes a coding.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Max

from consultations.models import Answer, Coding, Theme

TRAINING_LIMIT = 5000  # the most recently coded answers; enough to learn from, quick to fit
NEIGHBOURS = 5
MIN_SIMILARITY = 0.15  # below this, answers share too few words to say anything
MIN_SHARE = 0.4  # of the similarity of the neighbours, how much must carry the theme


@dataclass(frozen=True)
class Suggestion:
    theme: Theme
    score: float

    @property
    def percent(self) -> int:
        return round(self.score * 100)


def themes_suggested(*, answers: list[Answer], themes: list[Theme]) -> dict[int, list[Suggestion]]:
    """For each answer with no themes yet, the themes that similar coded answers carry, best first."""
    if not answers or not themes:
        return {}
    by_id = {theme.pk: theme for theme in themes}
    model = _model(theme_ids=sorted(by_id))
    if model is None:
        return {}
    targets = [answer for answer in answers if answer.pk not in model.coded and answer.text.strip()]
    if not targets:
        return {}
    distances, indices = model.neighbours.kneighbors(model.vectoriser.transform([answer.text for answer in targets]))

    suggestions: dict[int, list[Suggestion]] = {}
    for answer, row_distances, row_indices in zip(targets, distances, indices, strict=True):
        weights: dict[int, float] = defaultdict(float)
        total = 0.0
        for distance, index in zip(row_distances, row_indices, strict=True):
            similarity = 1.0 - float(distance)
            if similarity < MIN_SIMILARITY:
                continue
            total += similarity
            for theme_id in model.themes[index]:
                weights[theme_id] += similarity
        if not total:
            continue
        found = [
            Suggestion(theme=by_id[theme_id], score=weight / total)
            for theme_id, weight in weights.items()
            if weight / total >= MIN_SHARE
        ]
        if found:
            suggestions[answer.pk] = sorted(found, key=lambda suggestion: -suggestion.score)
    return suggestions


@dataclass(frozen=True)
class _Model:
    vectoriser: object
    neighbours: object
    themes: list[set[int]]  # the themes of each coded answer, in the order the model knows them
    coded: frozenset[int]


# Fitted models by codebook and coding state, in this process: fitting takes a few hundred
# milliseconds, so the workbench refits only when someone has coded something since.
_MODELS: dict[tuple, _Model | None] = {}
_MODELS_KEPT = 8


def _model(*, theme_ids: list[int]) -> _Model | None:
    state = Coding.objects.filter(theme_id__in=theme_ids).aggregate(count=Count("pk"), last=Max("pk"))
    key = (tuple(theme_ids), state["count"], state["last"])
    if key in _MODELS:
        return _MODELS[key]
    model = _fit(theme_ids=theme_ids)
    if len(_MODELS) >= _MODELS_KEPT:
        _MODELS.pop(next(iter(_MODELS)))
    _MODELS[key] = model
    return model


def _fit(*, theme_ids: list[int]) -> _Model | None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.neighbors import NearestNeighbors

    training = _training_set(theme_ids=theme_ids)
    if len(training) < 2:
        return None
    training_ids = list(training)
    vectoriser = TfidfVectorizer(stop_words="english", sublinear_tf=True, ngram_range=(1, 2), min_df=1)
    try:
        matrix = vectoriser.fit_transform([training[answer_id][0] for answer_id in training_ids])
    except ValueError:  # nothing but stop words: there is no vocabulary to compare with
        return None
    neighbours = NearestNeighbors(n_neighbors=min(NEIGHBOURS, len(training_ids)), metric="cosine")
    neighbours.fit(matrix)
    return _Model(
        vectoriser=vectoriser,
        neighbours=neighbours,
        themes=[training[answer_id][1] for answer_id in training_ids],
        coded=frozenset(training_ids),
    )


def _training_set(*, theme_ids: list[int]) -> dict[int, tuple[str, set[int]]]:
    """Text and themes of the most recently coded answers of these themes."""
    recent = (
        Coding.objects.filter(theme_id__in=theme_ids)
        .order_by("-coded_at")
        .values_list("answer_id", flat=True)
        .distinct()[:TRAINING_LIMIT]
    )
    training: dict[int, tuple[str, set[int]]] = {}
    texts = dict(Answer.objects.filter(pk__in=list(recent)).values_list("pk", "text"))
    for answer_id, theme_id in Coding.objects.filter(answer_id__in=list(texts), theme_id__in=theme_ids).values_list(
        "answer_id", "theme_id"
    ):
        training.setdefault(answer_id, (texts[answer_id], set()))[1].add(theme_id)
    return training
