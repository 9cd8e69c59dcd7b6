"""Handlers for the public routes of an assembly page (see AssemblyPage). Thin: rules live in services."""

from urllib.parse import urlencode

from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect

from assemblies import selectors, services
from assemblies.calendar import session_ics
from assemblies.forms import SignupForm
from assemblies.models import Signup, SignupStatus
from fitforfuture.ratelimit import rate_limited

MAP_SEARCH_URL = "https://www.openstreetmap.org/search?"
SESSION_KEY = "assembly_signup"
SIGNUP_LIMIT = {"limit": 20, "period": 3600}
RESEND_LIMIT = {"limit": 5, "period": 3600}
CANCEL_LIMIT = {"limit": 20, "period": 3600}


def _session_or_404(assembly, session_id: int):
    session = selectors.session_public(assembly=assembly, session_id=session_id)
    if session is None:
        raise Http404("There is no session with that number.")
    return session


def _render(assembly, request, template: str, status: int = 200, **context):
    response = assembly.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def _session_context(assembly, session) -> dict:
    return {
        "session": session,
        "places_left": selectors.places_left(session=session),
        "map_url": MAP_SEARCH_URL + urlencode({"query": session.map_query}),
        "session_url": assembly.session_url(session),
        "signup_url": assembly.session_url(session, "signup"),
        "calendar_url": assembly.session_url(session, "calendar"),
    }


def session_detail(request, *, assembly, session_id: int):
    session = _session_or_404(assembly, session_id)
    return _render(assembly, request, "assemblies/session.html", **_session_context(assembly, session))


def session_calendar(request, *, assembly, session_id: int):
    session = _session_or_404(assembly, session_id)
    response = HttpResponse(session_ics(session=session), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="assembly-{session.town}.ics"'
    return response


def session_signup(request, *, assembly, session_id: int):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    session = _session_or_404(assembly, session_id)
    context = _session_context(assembly, session)
    if not session.is_bookable:
        return _render(assembly, request, "assemblies/signup_closed.html", **context)
    form = SignupForm(request.POST or None)
    if request.method == "POST":
        if rate_limited(request, scope="assembly-signup", **SIGNUP_LIMIT):
            return _render(assembly, request, "fitforfuture/rate_limited.html", status=429)
        if form.is_valid():
            try:
                result = services.signup_create(session=session, person=form.to_person())
            except services.SessionNotBookable:
                session.refresh_from_db()
                return _render(assembly, request, "assemblies/signup_closed.html", **context)
            if result.outcome == services.Outcome.ALREADY_BOOKED:
                return _render(
                    assembly,
                    request,
                    "assemblies/already_booked.html",
                    signup=result.signup,
                    resend_token=services.resend_token(signup=result.signup),
                    resend_url=assembly.session_url(session, "resend"),
                    **context,
                )
            request.session[SESSION_KEY] = result.signup.pk
            return redirect(assembly.session_url(session, "booked"))
        if form.is_bot:
            return redirect(assembly.session_url(session, "booked"))
    return _render(assembly, request, "assemblies/signup.html", form=form, **context)


def session_booked(request, *, assembly, session_id: int):
    session = _session_or_404(assembly, session_id)
    signup_id = request.session.get(SESSION_KEY)
    signup = Signup.objects.filter(pk=signup_id, session=session).first() if signup_id else None
    waiting_number = None
    if signup is not None and signup.status == SignupStatus.WAITING:
        waiting_number = (
            Signup.objects.filter(session=session, status=SignupStatus.WAITING, position__lt=signup.position).count()
            + 1
        )
    return _render(
        assembly,
        request,
        "assemblies/booked.html",
        signup=signup,
        waiting_number=waiting_number,
        **_session_context(assembly, session),
    )


def session_resend(request, *, assembly, session_id: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    session = _session_or_404(assembly, session_id)
    if rate_limited(request, scope="assembly-resend", **RESEND_LIMIT):
        return _render(assembly, request, "fitforfuture/rate_limited.html", status=429)
    signup = services.signup_for_resend_token(token=request.POST.get("token", ""))
    if signup is None or signup.session_id != session.pk:
        return _render(
            assembly, request, "assemblies/link_problem.html", status=400, **_session_context(assembly, session)
        )
    services.signup_resend_confirmation(signup=signup)
    return _render(assembly, request, "assemblies/resent.html", **_session_context(assembly, session))


def signup_cancel(request, *, assembly, token: str):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    signup = services.signup_for_cancel_token(token=token)
    if signup is None or signup.session.assembly_id != assembly.pk:
        return _render(assembly, request, "assemblies/cancel_invalid.html", status=404)
    context = {"signup": signup, **_session_context(assembly, signup.session)}
    if signup.status == SignupStatus.CANCELLED:
        return _render(assembly, request, "assemblies/cancel_done.html", already=True, **context)
    if signup.session.is_past:
        return _render(assembly, request, "assemblies/cancel_past.html", **context)
    if request.method == "POST":
        if rate_limited(request, scope="assembly-cancel", **CANCEL_LIMIT):
            return _render(assembly, request, "fitforfuture/rate_limited.html", status=429)
        cancelled, _ = services.signup_cancel(signup=signup)
        return _render(assembly, request, "assemblies/cancel_done.html", already=not cancelled, **context)
    return _render(assembly, request, "assemblies/cancel_confirm.html", **context)
