"""The 'You said, we did' report of one consultation, aggregated in the database.

Every figure is counted with GROUP BY queries, so building a report takes the same number of
queries for ten responses as for a hundred thousand. Breakdowns about people (channel,
district, age band) hide counts under SMALL_COUNT, so nobody can be picked out.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Avg, Count, Q
from django.utils import timezone

from consultations.models import (
    Action,
    Answer,
    Channel,
    Coding,
    ConsultationPage,
    PopulationDimension,
    PopulationFigure,
    Quote,
    Response,
    Status,
    Theme,
)
from consultations.questionnaire import CLOSED_KINDS, Question
from fitforfuture.sanitise import quote_text

SMALL_COUNT = 5
QUOTES_PER_THEME = 3
DISTRICTS_SHOWN = 12
CHART_WIDTH = 600
BAR_SPACE = 300  # px of the chart's width that the longest bar fills
NOT_SAID = "Prefer not to say"


def is_small(count: int) -> bool:
    """Counts from 1 to 4 are hidden in breakdowns about people; nought is not."""
    return 0 < count < SMALL_COUNT


def percentages(counts: list[int], total: int) -> list[int]:
    """Whole percentages that add up to exactly 100 (largest remainder), when every count is out of `total`."""
    if total <= 0:
        return [0 for _ in counts]
    exact = [count * 100 / total for count in counts]
    floors = [int(value) for value in exact]
    if sum(counts) != total:  # not parts of one whole (people could pick several): plain rounding
        return [round(value) for value in exact]
    short = 100 - sum(floors)
    by_remainder = sorted(range(len(counts)), key=lambda index: exact[index] - floors[index], reverse=True)
    for index in by_remainder[:short]:
        floors[index] += 1
    return floors


@dataclass
class Bar:
    label: str
    count: int
    percent: int | None
    suppressed: bool = False
    extra: str = ""
    width: float = 0
    y: int = 0

    @property
    def shown_count(self) -> str:
        return f"fewer than {SMALL_COUNT}" if self.suppressed else f"{self.count:,}"

    @property
    def shown_percent(self) -> str:
        return "" if self.suppressed or self.percent is None else f"{self.percent}%"


@dataclass
class Chart:
    """A bar chart of one set of figures, drawn as SVG and repeated as a table."""

    slug: str
    title: str
    n: int
    bars: list[Bar]
    note: str = ""
    extra_heading: str = ""
    bar_height: int = 56

    def __post_init__(self):
        largest = max((bar.percent or 0 for bar in self.bars if not bar.suppressed), default=0) or 1
        for index, bar in enumerate(self.bars):
            bar.y = index * self.bar_height
            bar.width = 0 if bar.suppressed else round((bar.percent or 0) / largest * BAR_SPACE, 1)

    @property
    def height(self) -> int:
        return max(len(self.bars), 1) * self.bar_height

    @property
    def empty(self) -> bool:
        return self.n == 0

    @property
    def summary(self) -> str:
        """What the chart shows, in words, for screen readers and the PDF."""
        if self.empty:
            return "Nobody answered this question."
        shown = [bar for bar in self.bars if not bar.suppressed and bar.percent is not None]
        if not shown:
            return f"{self.n:,} people answered. The figures are too small to show."
        top = max(shown, key=lambda bar: bar.percent)
        return f"{self.n:,} people answered. The most common answer was '{top.label}' ({top.percent}%)."


@dataclass
class QuestionResult:
    question: Question
    chart: Chart | None = None
    text_answers: int = 0


@dataclass
class ThemeResult:
    theme: Theme
    count: int
    percent: int
    quotes: list[Quote] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)

    @property
    def shown_count(self) -> str:
        return f"fewer than {SMALL_COUNT}" if is_small(self.count) else f"{self.count:,}"


@dataclass
class Comparison:
    category: str
    respondents: int
    respondent_percent: int | None
    population_percent: int | None

    @property
    def suppressed(self) -> bool:
        return is_small(self.respondents)

    @property
    def difference(self) -> int | None:
        if self.suppressed or self.respondent_percent is None or self.population_percent is None:
            return None
        return self.respondent_percent - self.population_percent


@dataclass
class Representativeness:
    title: str
    rows: list[Comparison]
    sources: list[str]


@dataclass
class Report:
    consultation: ConsultationPage
    total: int
    by_channel: Chart
    by_district: Chart
    by_age: Chart
    questions: list[QuestionResult]
    themes: list[ThemeResult]
    coded_answers: int
    text_answers: int
    representativeness: list[Representativeness]
    generated_at: object = None

    @property
    def is_published(self) -> bool:
        return self.consultation.status == Status.PUBLISHED

    @property
    def actions(self) -> list[Action]:
        return [action for theme in self.themes for action in theme.actions]

    @property
    def has_population(self) -> bool:
        return any(section.sources for section in self.representativeness)


def _people_chart(*, slug: str, title: str, counts: list[tuple[str, int]], total: int, note: str = "") -> Chart:
    values = [count for _, count in counts]
    shares = percentages(values, total)
    bars = [
        Bar(label=label, count=count, percent=share, suppressed=is_small(count))
        for (label, count), share in zip(counts, shares, strict=True)
    ]
    return Chart(slug=slug, title=title, n=total, bars=bars, note=note)


def _district_counts(rows: dict[str, int]) -> list[tuple[str, int]]:
    named = sorted(((district, count) for district, count in rows.items() if district), key=lambda item: -item[1])
    shown = [item for item in named[:DISTRICTS_SHOWN] if not is_small(item[1])]
    shown_names = {district for district, _ in shown}
    other = sum(count for district, count in named if district not in shown_names)
    unknown = rows.get("", 0)
    counts = list(shown)
    if other:
        counts.append(("Other districts", other))
    if unknown:
        counts.append(("Not given", unknown))
    return counts


def _question_chart(
    question: Question, option_rows: dict[str, tuple[int, float | None]], firsts: dict[str, int], n: int
):
    slug = f"q-{question.id}"
    if question.kind == "ranking":
        counts = [firsts.get(option.id, 0) for option in question.options]
        shares = percentages(counts, sum(counts)) if sum(counts) else [0 for _ in counts]
        bars = []
        for option, count, share in zip(question.options, counts, shares, strict=True):
            average = option_rows.get(option.id, (0, None))[1]
            bars.append(
                Bar(
                    label=option.label,
                    count=count,
                    percent=share,
                    extra=f"{average:.1f}" if average is not None else "not ranked",
                )
            )
        return Chart(
            slug=slug,
            title=question.text,
            n=n,
            bars=bars,
            note="Bars show how many people put each option first. The table also shows its average place "
            "(1 is first), counted over everyone who ranked it.",
            extra_heading="Average place",
        )
    counts = [option_rows.get(option.id, (0, None))[0] for option in question.options]
    if question.kind == "multiple_choice":
        shares = [round(count * 100 / n) if n else 0 for count in counts]
        note = "People could pick more than one answer, so the percentages add up to more than 100."
    else:
        shares = percentages(counts, n)
        note = ""
    bars = [
        Bar(label=option.label, count=count, percent=share)
        for option, count, share in zip(question.options, counts, shares, strict=True)
    ]
    return Chart(slug=slug, title=question.text, n=n, bars=bars, note=note)


def _representativeness(respondents: dict[str, dict[str, int]]) -> list[Representativeness]:
    figures = list(PopulationFigure.objects.all())
    sections = []
    for dimension, title in (
        (PopulationDimension.AGE_BAND, "Age"),
        (PopulationDimension.DISTRICT, "Where people live (postcode district)"),
    ):
        population = {figure.category: figure.people for figure in figures if figure.dimension == dimension}
        sources = sorted({f"{figure.source}, {figure.year}" for figure in figures if figure.dimension == dimension})
        answered = {key: count for key, count in respondents[dimension].items() if key and key != NOT_SAID}
        categories = list(population) or sorted(answered)
        if not categories:
            continue
        answered_total = sum(answered.get(category, 0) for category in categories)
        population_total = sum(population.values())
        rows = [
            Comparison(
                category=category,
                respondents=answered.get(category, 0),
                respondent_percent=round(answered.get(category, 0) * 100 / answered_total) if answered_total else None,
                population_percent=round(population[category] * 100 / population_total)
                if population_total and category in population
                else None,
            )
            for category in categories
        ]
        sections.append(Representativeness(title=title, rows=rows, sources=sources))
    return sections


def report_build(*, consultation: ConsultationPage, public_only: bool = False) -> Report:
    """Every figure of one consultation's report. Aggregation happens in the database."""
    from consultations.forms import AGE_BANDS

    questionnaire = consultation.questionnaire
    responses = Response.objects.filter(consultation=consultation)

    # Channel, district and age band in one pass over the responses, added up here.
    channel_rows: Counter = Counter()
    district_rows: Counter = Counter()
    age_rows: Counter = Counter()
    for channel, district, age_band, count in (
        responses.order_by().values_list("channel", "postcode_district", "age_band").annotate(n=Count("id"))
    ):
        channel_rows[channel] += count
        district_rows[district] += count
        age_rows[age_band] += count
    total = sum(channel_rows.values())

    closed = [question for question in questionnaire.questions if question.kind in CLOSED_KINDS]
    texts = [question for question in questionnaire.questions if question.kind == "free_text"]
    option_rows: dict[str, dict[str, tuple[int, float | None]]] = {}
    ranking_ids = [question.id for question in closed if question.kind == "ranking"]
    # Option counts read from the (question_id, option_id) index alone; only ranking rows need `rank`.
    for question_id, option_id, count in (
        Answer.objects.filter(question_id__in=[question.id for question in closed if question.id not in ranking_ids])
        .order_by()
        .values_list("question_id", "option_id")
        .annotate(n=Count("id"))
    ):
        option_rows.setdefault(question_id, {})[option_id] = (count, None)
    firsts: dict[str, dict[str, int]] = {}
    if ranking_ids:
        for question_id, option_id, count, average, first in (
            Answer.objects.filter(question_id__in=ranking_ids)
            .order_by()
            .values_list("question_id", "option_id")
            .annotate(n=Count("id"), average=Avg("rank"), first=Count("id", filter=Q(rank=1)))
        ):
            option_rows.setdefault(question_id, {})[option_id] = (count, average)
            firsts.setdefault(question_id, {})[option_id] = first
    # People who answered each question: one row each for most kinds, so their counts say it;
    # several rows each for multiple choice and ranking, which need a distinct count.
    several = [question.id for question in closed if question.kind in {"multiple_choice", "ranking"}]
    answered = {
        question.id: sum(count for count, _ in option_rows.get(question.id, {}).values())
        for question in closed
        if question.id not in several
    }
    if several:
        answered.update(
            Answer.objects.filter(question_id__in=several)
            .order_by()
            .values_list("question_id")
            .annotate(n=Count("response_id", distinct=True))
        )
    answered.update(
        Answer.objects.filter(question_id__in=[question.id for question in texts])  # never stored empty
        .order_by()
        .values_list("question_id")
        .annotate(n=Count("id"))
    )

    questions = []
    for question in questionnaire.questions:
        n = answered.get(question.id, 0)
        if question.retired and not n:
            continue
        if question.kind in CLOSED_KINDS:
            chart = _question_chart(question, option_rows.get(question.id, {}), firsts.get(question.id, {}), n)
            questions.append(QuestionResult(question=question, chart=chart))
        elif question.kind == "free_text":
            questions.append(QuestionResult(question=question, text_answers=n))

    text_answers = sum(answered.get(question.id, 0) for question in texts)
    themes = list(
        Theme.objects.filter(consultation=consultation)
        .select_related("working_group")
        .annotate(answers=Count("codings__answer", distinct=True))
    )
    coded_answers = Coding.objects.filter(theme__consultation=consultation).values("answer_id").distinct().count()
    actions: dict[int, list[Action]] = {}
    for action in Action.objects.filter(theme__consultation=consultation).select_related("owner", "assembly"):
        actions.setdefault(action.theme_id, []).append(action)
    quotes: dict[int, list[Quote]] = {}
    for quote in Quote.objects.filter(theme__consultation=consultation).order_by("chosen_at"):
        chosen = quotes.setdefault(quote.theme_id, [])
        if len(chosen) < QUOTES_PER_THEME:
            quote.display = quote_text(quote.text)
            chosen.append(quote)
    theme_results = [
        ThemeResult(
            theme=theme,
            count=theme.answers,
            percent=round(theme.answers * 100 / coded_answers) if coded_answers else 0,
            quotes=quotes.get(theme.pk, []),
            actions=actions.get(theme.pk, []),
        )
        for theme in sorted(themes, key=lambda theme: (-theme.answers, theme.sort_order, theme.name))
    ]

    channel_labels = dict(Channel.choices)
    by_channel = _people_chart(
        slug="channel",
        title="How responses reached us",
        counts=[(channel_labels[value], channel_rows.get(value, 0)) for value in Channel.values],
        total=total,
    )
    by_district = _people_chart(
        slug="district",
        title="Where people live (postcode district)",
        counts=_district_counts(district_rows),
        total=total,
        note="Districts with fewer than 5 responses are grouped together so that nobody can be identified.",
    )
    age_counts = [(band, age_rows.get(band, 0)) for band in AGE_BANDS]
    if age_rows.get("", 0):
        age_counts.append(("Not given", age_rows[""]))
    by_age = _people_chart(slug="age", title="Age of the people who answered", counts=age_counts, total=total)
    representativeness = _representativeness(
        {PopulationDimension.AGE_BAND: age_rows, PopulationDimension.DISTRICT: district_rows}
    )
    return Report(
        consultation=consultation,
        total=total,
        by_channel=by_channel,
        by_district=by_district,
        by_age=by_age,
        questions=questions,
        themes=theme_results,
        coded_answers=coded_answers,
        text_answers=text_answers,
        representativeness=representativeness,
        generated_at=timezone.now(),
    )


def report_visible(*, consultation: ConsultationPage, user) -> bool:
    """Public once the response is published; before that, only for staff allowed to read reports."""
    if consultation.status == Status.PUBLISHED:
        return True
    return bool(user and user.is_authenticated and user.has_perm("consultations.view_report"))


def actions_published(*, town: str | None = None, theme_name: str | None = None, today: date | None = None):
    """'We did' actions of consultations whose response has been published, for the programme-wide page."""
    now = timezone.now()
    today = today or timezone.localdate()
    actions = Action.objects.filter(
        theme__consultation__live=True,
        theme__consultation__closes_at__lte=now,
        theme__consultation__response_published_on__lte=today,
    ).select_related("theme", "theme__consultation", "owner", "assembly")
    if town:  # actions about that town, and those that cover every area
        actions = actions.filter(Q(town=town) | Q(town=""))
    if theme_name:
        actions = actions.filter(theme__name__iexact=theme_name)
    return actions.order_by("-theme__consultation__response_published_on", "theme__sort_order", "theme__name", "pk")


def theme_names_published(*, today: date | None = None) -> list[str]:
    today = today or timezone.localdate()
    return sorted(
        set(
            Theme.objects.filter(
                consultation__live=True,
                consultation__closes_at__lte=timezone.now(),
                consultation__response_published_on__lte=today,
                actions__isnull=False,
            ).values_list("name", flat=True)
        )
    )
