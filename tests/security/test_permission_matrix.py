"""Every admin URL the project adds, and every public report and export URL, for every role.

The tables below say what each role gets. Walking the URL resolver finds every admin URL that
belongs to the project (its own views, and Wagtail's generic views for the project's models);
a URL missing from the tables fails the test, so a new view cannot go unchecked. Engagement
leads see personal data; Editors and Councillors never do (403); anonymous visitors are sent
to sign in.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from django.apps import apps
from django.db.models import Model
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from assemblies.factories import AssemblyIndexPageFactory, AssemblyPageFactory, SessionFactory, SignupFactory
from consultations import services as consultation_services
from consultations.factories import (
    ActionFactory,
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    PopulationFigureFactory,
    QuoteFactory,
    ThemeFactory,
    WorkingGroupFactory,
)
from consultations.models import Answer, YouSaidWeDidPage
from consultations.tests.helpers import make_response
from home.factories import (
    EngagementActivityFactory,
    FAQFactory,
    FAQTopicFactory,
    NewsletterSubscriptionFactory,
    UserFactory,
)

PROJECT_APPS = ("fitforfuture", "home", "consultations", "assemblies", "subscriptions")
ROLES = ("anonymous", "editor", "lead", "councillor", "superuser")
GROUPS = {"editor": "Editors", "lead": "Engagement leads", "councillor": "Councillors"}

# What a request can get.
OK = "200"
LOGIN = "302 to sign in"
FORBIDDEN = "403"
DASHBOARD = "302 to the dashboard"  # Wagtail's own refusal for its generic views
NOT_ALLOWED = "405"
TO_SETUP = "302 to two-factor set-up"
NOT_FOUND = "404"


def rule(*, editor: str, lead: str, councillor: str, superuser: str = OK, anonymous: str = LOGIN) -> dict:
    return {"anonymous": anonymous, "editor": editor, "lead": lead, "councillor": councillor, "superuser": superuser}


# Access rules: who may do what.
PERSONAL_DATA = rule(editor=FORBIDDEN, lead=OK, councillor=FORBIDDEN)
REPORTS = rule(editor=FORBIDDEN, lead=OK, councillor=OK)
ANY_STAFF = rule(editor=OK, lead=OK, councillor=OK)
# Codebooks, actions, quotes, working groups, population figures, sessions: Engagement leads keep them.
LEADS_KEEP = rule(editor=DASHBOARD, lead=OK, councillor=DASHBOARD)
# FAQs: Editors keep them.
EDITORS_KEEP = rule(editor=OK, lead=DASHBOARD, councillor=DASHBOARD)
# 'Who we have talked to': Editors keep it, Engagement leads add and change entries.
BOTH_KEEP = rule(editor=OK, lead=OK, councillor=DASHBOARD)
# Newsletter subscribers: personal data, so refused with a 403; leads may look and delete only.
SUBSCRIBERS = rule(editor=FORBIDDEN, lead=OK, councillor=FORBIDDEN)


def but(base: dict, **changes) -> dict:
    return {**base, **changes}


def no_args(objects: dict) -> dict:
    return {}


@dataclass(frozen=True)
class Check:
    rule: dict
    kwargs: Callable[[dict], dict] = no_args
    query: str = ""
    why: str = ""


def pk(name: str) -> Callable[[dict], dict]:
    return lambda objects: {"pk": objects[name].pk}


def args_for(view: str, obj: str) -> Callable[[dict], dict]:
    return pk(obj) if "<" in view else no_args


CONSULTATION = lambda objects: {"consultation_id": objects["consultation"].pk}  # noqa: E731

# -- the project's own admin views ---------------------------------------------------------------

ADMIN_VIEWS: dict[str, Check] = {
    # Two-factor pages, for every member of staff (with two-factor off in tests, 'verify' sends
    # someone without an app to set one up).
    "admin/two-factor/": Check(ANY_STAFF),
    "admin/two-factor/setup/": Check(ANY_STAFF),
    "admin/two-factor/verify/": Check(rule(editor=TO_SETUP, lead=TO_SETUP, councillor=TO_SETUP, superuser=TO_SETUP)),
    "admin/data-requests/": Check(PERSONAL_DATA),
    # Responses, exports, coding and the audit log.
    "admin/responses/": Check(PERSONAL_DATA),
    "admin/responses/exports/": Check(PERSONAL_DATA),
    "admin/responses/exports/<int:pk>/": Check(PERSONAL_DATA, pk("export_job")),
    "admin/responses/exports/<int:pk>/download/": Check(PERSONAL_DATA, pk("export_job")),
    "admin/responses/<int:consultation_id>/": Check(PERSONAL_DATA, CONSULTATION),
    "admin/responses/<int:consultation_id>/enter/": Check(PERSONAL_DATA, CONSULTATION),
    "admin/responses/<int:consultation_id>/event-comments/": Check(PERSONAL_DATA, CONSULTATION),
    "admin/responses/<int:consultation_id>/export.csv": Check(PERSONAL_DATA, CONSULTATION),
    "admin/responses/<int:consultation_id>/export/xlsx/": Check(
        but(PERSONAL_DATA, lead=NOT_ALLOWED, superuser=NOT_ALLOWED), CONSULTATION, why="started by a POST only"
    ),
    "admin/responses/<int:consultation_id>/<int:response_id>/": Check(
        PERSONAL_DATA,
        lambda objects: {"consultation_id": objects["consultation"].pk, "response_id": objects["response"].pk},
    ),
    "admin/responses/<int:consultation_id>/coding/": Check(PERSONAL_DATA, CONSULTATION),
    "admin/responses/<int:consultation_id>/coding/<int:answer_id>/quote/": Check(
        PERSONAL_DATA,
        lambda objects: {"consultation_id": objects["consultation"].pk, "answer_id": objects["answer"].pk},
    ),
    "admin/reports/": Check(REPORTS),
    "admin/audit-log/": Check(PERSONAL_DATA),
    # Assembly sign-ups.
    "admin/assemblies/sessions/<int:pk>/attendees/": Check(PERSONAL_DATA, pk("session")),
    "admin/assemblies/sessions/<int:pk>/register/": Check(PERSONAL_DATA, pk("session")),
    "admin/assemblies/sessions/<int:pk>/export/<str:fmt>/": Check(
        PERSONAL_DATA, lambda objects: {"pk": objects["session"].pk, "fmt": "csv"}
    ),
    # Email alerts (counts for leads; addresses are personal data).
    "admin/email-alerts/": Check(PERSONAL_DATA),
    "admin/email-alerts/addresses/": Check(PERSONAL_DATA),
}

# -- Wagtail's generic views for the project's models --------------------------------------------

MODEL_VIEWS = ("", "results/", "new/", "edit/<int:pk>/", "delete/<int:pk>/", "history/<int:pk>/")
MODEL_VIEWS += ("history-results/<int:pk>/", "usage/<int:pk>/", "copy/<int:pk>/")
SNIPPET_VIEWS = ("", "results/", "add/", "edit/<int:pk>/", "delete/<int:pk>/", "usage/<int:pk>/")
SNIPPET_VIEWS += ("history/<int:pk>/", "history-results/<int:pk>/", "copy/<int:pk>/")
CHOOSER_VIEWS = ("", "results/", "chosen/<str:pk>/", "chosen-multiple/", "create/")


def model_views(prefix: str, obj: str, base: dict, **per_view: dict) -> dict[str, Check]:
    return {f"{prefix}{view}": Check(per_view.get(view, base), args_for(view, obj)) for view in MODEL_VIEWS}


def snippet_views(model: str, obj: str, base: dict, chooser: dict, **per_view: dict) -> dict[str, Check]:
    checks = {
        f"admin/snippets/home/{model}/{view}": Check(per_view.get(view, base), args_for(view, obj))
        for view in SNIPPET_VIEWS
    }
    for view in CHOOSER_VIEWS:
        checks[f"admin/snippets/choose/home/{model}/{view}"] = Check(
            per_view.get(f"choose/{view}", chooser), args_for(view, obj)
        )
    return checks


GENERIC_VIEWS: dict[str, Check] = {
    **model_views("admin/themes/", "theme", LEADS_KEEP),
    **model_views("admin/actions/", "action", LEADS_KEEP),
    **model_views("admin/quotes/", "quote", LEADS_KEEP),
    **model_views("admin/working-groups/", "working_group", LEADS_KEEP),
    **model_views("admin/population-figures/", "population_figure", LEADS_KEEP),
    **model_views("admin/assembly_sessions/", "session", LEADS_KEEP),
    # Snippet choosers list published content for linking from pages: Wagtail opens them to all
    # staff, and nothing in them is personal. Creating from a chooser needs the 'add' permission.
    **snippet_views("faq", "faq", EDITORS_KEEP, ANY_STAFF, **{"choose/create/": but(EDITORS_KEEP, lead=DASHBOARD)}),
    **snippet_views("faqtopic", "faq_topic", EDITORS_KEEP, ANY_STAFF, **{"choose/create/": EDITORS_KEEP}),
    **snippet_views(
        "engagementactivity",
        "activity",
        BOTH_KEEP,
        ANY_STAFF,
        **{"delete/<int:pk>/": but(BOTH_KEEP, lead=DASHBOARD), "choose/create/": BOTH_KEEP},
    ),
    # Newsletter subscribers: Engagement leads may look and delete; nobody types in or edits someone
    # else's address (sign-ups come from the public form only).
    **snippet_views(
        "newslettersubscription",
        "subscriber",
        SUBSCRIBERS,
        SUBSCRIBERS,
        **{
            view: but(SUBSCRIBERS, lead=FORBIDDEN)
            for view in ("add/", "copy/<int:pk>/", "edit/<int:pk>/", "usage/<int:pk>/", "choose/create/")
        },
    ),
}

EXPECTED = {**ADMIN_VIEWS, **GENERIC_VIEWS}


# -- public reports and exports ------------------------------------------------------------------

PUBLIC = rule(anonymous=OK, editor=OK, lead=OK, councillor=OK)
BEFORE_PUBLISHED = rule(anonymous=NOT_FOUND, editor=NOT_FOUND, lead=OK, councillor=OK)

OPEN_DATA: dict[str, Check] = {
    "api/v1/": Check(PUBLIC),
    "api/v1/consultations/": Check(PUBLIC),
    "api/v1/consultations/<slug:slug>/results/": Check(PUBLIC, lambda objects: {"slug": objects["published"].slug}),
    "api/v1/consultations/<slug:slug>/results.csv": Check(PUBLIC, lambda objects: {"slug": objects["published"].slug}),
    "api/v1/actions/": Check(PUBLIC),
}
# Routes of a consultation page that publish figures (the rest are the public answering pages).
REPORT_ROUTES = {"report": "report/", "report_pdf": "report/pdf/"}


# -- walking the resolver ------------------------------------------------------------------------


def _unwrapped(view):
    while hasattr(view, "__wrapped__"):
        view = view.__wrapped__
    return view


def _belongs_to_project(pattern: URLPattern) -> bool:
    view = _unwrapped(pattern.callback)
    if getattr(view, "__module__", "").split(".")[0] in PROJECT_APPS:
        return True
    model = getattr(pattern.callback, "view_initkwargs", {}).get("model")
    return isinstance(model, type) and issubclass(model, Model) and model._meta.app_label in PROJECT_APPS


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern


def project_admin_routes() -> set[str]:
    return {
        route
        for route, pattern in _walk(get_resolver().url_patterns)
        if route.startswith("admin/") and _belongs_to_project(pattern)
    }


def public_export_routes() -> set[str]:
    return {
        route
        for route, pattern in _walk(get_resolver().url_patterns)
        if route.startswith("api/v1/") and getattr(pattern, "name", None)
    }


def _fill(route: str, kwargs: dict) -> str:
    path = route
    for name, value in kwargs.items():
        for converter in ("int", "str", "slug", ""):
            token = f"<{converter}:{name}>" if converter else f"<{name}>"
            path = path.replace(token, str(value))
    assert "<" not in path, f"no value for a parameter of {route}"
    return "/" + path


def outcome(response) -> str:
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/admin/login/"):
            return LOGIN
        if location.startswith("/admin/two-factor/setup/"):
            return TO_SETUP
        if location in ("/admin/", "http://testserver/admin/"):
            return DASHBOARD
        return f"302 to {location}"
    return str(response.status_code)


# -- the site the checks run against -------------------------------------------------------------


@pytest.fixture
def objects(home_page, settings, tmp_path):
    """One of everything the admin URLs point at."""
    settings.PRIVATE_EXPORTS_ROOT = tmp_path / "private-exports"
    index = ConsultationIndexPageFactory(parent=home_page)
    consultation = ConsultationPageFactory(parent=index, title="Minor injury units", slug="minor-injury-units")
    published = ConsultationPageFactory(
        parent=index,
        title="Stroke rehabilitation",
        slug="stroke-rehabilitation",
        opens_at=timezone.now() - datetime.timedelta(days=90),
        closes_at=timezone.now() - datetime.timedelta(days=30),
        response_published_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    response = make_response(consultation, about={"respondent_type": "individual", "name": "Ada Resident"})
    make_response(published)
    answer = Answer.objects.filter(response=response).exclude(text="").first()
    working_group = WorkingGroupFactory()
    theme = ThemeFactory(consultation=consultation, working_group=working_group)
    assembly = AssemblyPageFactory(parent=AssemblyIndexPageFactory(parent=home_page))
    session = SessionFactory(assembly=assembly)
    SignupFactory(session=session, name="Sam Smith", email="sam@example.org")
    topic = FAQTopicFactory()
    you_said_we_did = YouSaidWeDidPage(title="You said, we did", slug="you-said-we-did")
    home_page.add_child(instance=you_said_we_did)
    return {
        "consultation": consultation,
        "published": published,
        "response": response,
        "answer": answer,
        "export_job": consultation_services.export_job_request(consultation=consultation, requested_by=None),
        "theme": theme,
        "action": ActionFactory(theme=theme),
        "quote": QuoteFactory(theme=theme),
        "working_group": working_group,
        "population_figure": PopulationFigureFactory(),
        "session": session,
        "faq_topic": topic,
        "faq": FAQFactory(topic=topic),
        "activity": EngagementActivityFactory(),
        "subscriber": NewsletterSubscriptionFactory(email="reader@example.org"),
        "you_said_we_did": you_said_we_did,
    }


# The personal details in `objects`: none may reach a role that must not see personal data.
PERSONAL_DETAILS = (b"Ada Resident", b"sam@example.org", b"Sam Smith", b"reader@example.org")


def sign_in(client, role: str):
    if role == "anonymous":
        return
    if role == "superuser":
        user = UserFactory(is_superuser=True, is_staff=True)
    else:
        user = UserFactory(groups=[GROUPS[role]])
    client.force_login(user)


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


# -- the tests -----------------------------------------------------------------------------------


def test_every_admin_url_the_project_adds_is_in_the_matrix(db):
    found = project_admin_routes()
    installed = {route for route in EXPECTED if not route.startswith("admin/email-alerts/")}
    if apps.is_installed("subscriptions"):
        installed = set(EXPECTED)
    assert found - set(EXPECTED) == set(), "New admin URLs: add each to the permission matrix with who may see it"
    assert installed - found == set(), "The matrix lists admin URLs that no longer exist: remove them"


def test_every_public_export_url_is_in_the_matrix(db):
    assert public_export_routes() == set(OPEN_DATA)
    from consultations.models import ConsultationPage

    routes = {pattern.name for pattern in ConsultationPage().get_subpage_urls()}
    publishing = {name for name in routes if "report" in name or "export" in name or "csv" in name}
    assert publishing == set(REPORT_ROUTES)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_what_the_matrix_says_in_the_admin(client, objects, role):
    """Beyond the status code: no resident's name or email appears in anything that Editors,
    Councillors or visitors can open."""
    sign_in(client, role)
    wrong = {}
    for route in sorted(project_admin_routes()):
        check = EXPECTED[route]
        url = _fill(route, check.kwargs(objects)) + check.query
        response = client.get(url)
        got = outcome(response)
        if got != check.rule[role]:
            wrong[url] = f"expected {check.rule[role]}, got {got}"
        if role in ("anonymous", "editor", "councillor"):
            body = _body(response)
            for secret in PERSONAL_DETAILS:
                if secret in body:
                    wrong[url] = f"shows {secret.decode()} to {role}"
    assert not wrong, "\n" + "\n".join(f"{where}: {what}" for where, what in wrong.items())


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_what_the_matrix_says_for_public_reports_and_exports(client, objects, role):
    sign_in(client, role)
    wrong = {}
    for route, check in OPEN_DATA.items():
        got = outcome(client.get(_fill(route, check.kwargs(objects))))
        if got != check.rule[role]:
            wrong[route] = f"expected {check.rule[role]}, got {got}"
    for label, consultation, expected in (
        ("published", objects["published"], PUBLIC),
        ("not yet published", objects["consultation"], BEFORE_PUBLISHED),
    ):
        for name, route in REPORT_ROUTES.items():
            got = outcome(client.get(consultation.url + route))
            if got != expected[role]:
                wrong[f"{name} ({label})"] = f"expected {expected[role]}, got {got}"
    for route, check in OPEN_DATA.items():
        body = _body(client.get(_fill(route, check.kwargs(objects))))
        if any(secret in body for secret in PERSONAL_DETAILS):
            wrong[route] = "shows personal details"
    got = outcome(client.get(objects["you_said_we_did"].url))
    if got != PUBLIC[role]:
        wrong["you said, we did"] = f"expected {PUBLIC[role]}, got {got}"
    assert not wrong, "\n" + "\n".join(f"{where}: {what}" for where, what in wrong.items())


@pytest.mark.parametrize("role", ["lead", "superuser"])
def test_with_two_factor_required_no_admin_url_opens_before_a_code(client, objects, settings, role):
    settings.ADMIN_2FA_REQUIRED = True
    sign_in(client, role)
    opened = []
    for route in sorted(project_admin_routes() - {"admin/two-factor/setup/"}):
        check = EXPECTED[route]
        got = outcome(client.get(_fill(route, check.kwargs(objects)) + check.query))
        if got != TO_SETUP:
            opened.append(f"{route}: {got}")
    assert not opened, "\n" + "\n".join(opened)
