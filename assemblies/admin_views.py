"""Staff views for a session: attendee list, register on the day, walk-ins and exports.
Engagement leads only: every view checks the sign-up permissions their group is given
(migration 0003); Editors and Councillors get a 403 and never see personal data.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from assemblies import selectors, services
from assemblies.forms import WalkInForm
from assemblies.models import Session, Signup, SignupStatus
from assemblies.services import Person
from fitforfuture import exports
from fitforfuture.audit import AuditAction, audit_record


def _require(request, permission: str) -> None:
    if not request.user.has_perm(f"assemblies.{permission}"):
        raise PermissionDenied


def _session(pk: int) -> Session:
    return get_object_or_404(Session.objects.select_related("assembly"), pk=pk)


def attendees(request, pk: int):
    _require(request, "view_signup")
    session = _session(pk)
    people = selectors.attendees(session=session)
    audit_record(
        actor=request.user,
        action=AuditAction.VIEW,
        subject=f"sign-ups: session {session.pk}",
        detail="Attendee list",
        row_count=len(people),
    )
    return render(
        request,
        "assemblies/admin/attendees.html",
        {
            "page_title": f"Attendees: {session}",
            "header_icon": "group",
            "session": session,
            "people": people,
            "summary": selectors.access_needs_summary(session=session),
            "counts": selectors.session_counts(session=session),
            "places_left": selectors.places_left(session=session),
            "can_change": request.user.has_perm("assemblies.change_signup"),
            "comment_links": _comment_links(request, session),
        },
    )


def _comment_links(request, session: Session) -> list[dict]:
    """Where to key in comments from this session as consultation responses with channel 'event'."""
    if not request.user.has_perm("consultations.add_response"):
        return []
    query = urlencode({"staff_notes": f"Comments from {session}", "received_on": session.starts_at.date().isoformat()})
    return [
        {
            "consultation": consultation,
            "url": reverse("consultations_admin:event_comments", args=[consultation.pk]) + "?" + query,
        }
        for consultation in session.assembly.linked_consultations
    ]


@require_http_methods(["GET", "POST"])
def register(request, pk: int):
    """The register on the day: tick off who came, add walk-ins."""
    _require(request, "change_signup")
    session = _session(pk)
    walk_in_form = WalkInForm(prefix="walkin")
    if request.method == "POST" and request.POST.get("action") == "walk_in":
        walk_in_form = WalkInForm(request.POST, prefix="walkin")
        if walk_in_form.is_valid():
            data = walk_in_form.cleaned_data
            services.walk_in_add(
                session=session,
                name=data["name"],
                person=Person(
                    name=data["name"],
                    email="",
                    needs_step_free=data["needs_step_free"],
                    needs_hearing_loop=data["needs_hearing_loop"],
                    needs_bsl=data["needs_bsl"],
                ),
            )
            messages.success(request, f"{data['name']} added as a walk-in.")
            return redirect("assemblies_register", pk=session.pk)
    elif request.method == "POST":
        came = {int(value) for value in request.POST.getlist("attended") if value.isdigit()}
        for signup in Signup.objects.filter(session=session).exclude(status=SignupStatus.CANCELLED):
            should = signup.pk in came
            if should != (signup.status == SignupStatus.ATTENDED):
                services.attendance_mark(signup=signup, attended=should)
        audit_record(
            actor=request.user,
            action=AuditAction.CHANGE,
            subject=f"sign-ups: session {session.pk}",
            detail="Register saved",
            row_count=len(came),
        )
        messages.success(request, f"Register saved: {len(came)} people came.")
        return redirect("assemblies_register", pk=session.pk)
    return render(
        request,
        "assemblies/admin/register.html",
        {
            "page_title": f"Register: {session}",
            "header_icon": "tick",
            "session": session,
            "people": selectors.attendees(session=session),
            "walk_in_form": walk_in_form,
        },
    )


def export(request, pk: int, fmt: str):
    _require(request, "view_signup")
    if fmt not in ("csv", "xlsx"):
        raise PermissionDenied
    session = _session(pk)
    rows = exports.CountingRows(selectors.signups_export_rows(session=session))
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    filename = f"signups-session-{session.pk}-{session.town}-{stamp}.{fmt}"
    row_count = Signup.objects.filter(session=session).count()
    audit_record(
        actor=request.user,
        action=AuditAction.EXPORT,
        subject=f"sign-ups: session {session.pk}",
        detail=f"{fmt.upper()} export of {session}",
        row_count=row_count,
    )
    if fmt == "csv":
        return exports.csv_response(filename, selectors.EXPORT_HEADER, rows)
    return exports.xlsx_response(filename, selectors.EXPORT_HEADER, rows, sheet="Sign-ups", dates=selectors.XLSX_DATES)


def session_links(session) -> dict:
    return {
        "attendees": reverse("assemblies_attendees", args=[session.pk]),
        "register": reverse("assemblies_register", args=[session.pk]),
        "csv": reverse("assemblies_export", args=[session.pk, "csv"]),
        "xlsx": reverse("assemblies_export", args=[session.pk, "xlsx"]),
    }
