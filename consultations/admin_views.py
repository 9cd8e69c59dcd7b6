"""Admin views for responses: counts, lists, keying in other channels, exports, the audit log.

Every view checks its own permission (Engagement leads have them; Editors and Councillors
do not). The work is done by consultations.services; these views only read forms and
render templates.
"""

from collections import defaultdict

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.generic import TemplateView, View

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from consultations import services
from consultations.admin_forms import (
    MAX_EVENT_COMMENTS,
    AuditFilterForm,
    EventCommentsForm,
    ResponseEntryForm,
    ResponseFilterForm,
)
from consultations.exports import export_filename
from consultations.forms import AboutYouForm, QuestionPageForm
from consultations.models import Channel, ConsultationPage, ExportFormat, ExportJob, ExportStatus, Response
from fitforfuture.exports import csv_response
from fitforfuture.models import AuditEvent

VIEW_RESPONSES = "consultations.view_response"
ADD_RESPONSES = "consultations.add_response"
EXPORT_RESPONSES = "consultations.export_response"
VIEW_AUDIT = "fitforfuture.view_auditevent"
PAGE_SIZE = 50


class PermissionRequiredMixin:
    """Refuse the view unless the user has `permission_required` (Wagtail turns this into a redirect)."""

    permission_required = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StaffTemplateView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "form"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": reverse("consultations_admin:index"), "label": "Responses"}]


class ConsultationMixin:
    """Views about one consultation, found from the URL."""

    @cached_property
    def consultation(self) -> ConsultationPage:
        return get_object_or_404(ConsultationPage, pk=self.kwargs["consultation_id"])

    def get_page_subtitle(self):
        return self.consultation.title

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("consultations_admin:responses", args=[self.consultation.pk]),
                "label": self.consultation.title,
            },
        ]


def answers_shown(*, response: Response) -> list[dict]:
    """Each question with the answer labels of one response, in questionnaire order."""
    given = defaultdict(list)
    for answer in response.answers.order_by("rank", "id"):
        given[answer.question_id].append(answer)
    shown = []
    for question in response.consultation.questionnaire.questions:
        rows = given.get(question.id, [])
        if question.retired and not rows:
            continue
        if question.kind == "ranking":
            labels = [f"{row.rank}. {question.option_label(row.option_id)}" for row in rows]
        elif question.options:
            labels = [question.option_label(row.option_id) for row in rows]
        else:
            labels = [row.text for row in rows]
        shown.append({"question": question, "answers": labels})
    return shown


def _paginate(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("p"))


# -- responses ----------------------------------------------------------------------------


class ConsultationListView(StaffTemplateView):
    permission_required = VIEW_RESPONSES
    template_name = "consultations/admin/consultations.html"
    page_title = "Responses"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": "Responses"}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        consultations = list(
            # Translations store their responses on the English consultation, so only it is listed.
            ConsultationPage.objects.filter(locale=Locale.get_default())
            .defer_streamfields()
            .order_by("-opens_at")
            .only("id", "title", "opens_at")
        )
        counts = Response.objects.values_list("consultation_id", "channel").annotate(total=Count("id")).order_by()
        by_consultation: dict[int, dict[str, int]] = {}
        for consultation_id, channel, total in counts:
            by_consultation.setdefault(consultation_id, {})[channel] = total
        context["channels"] = Channel.choices
        context["rows"] = [
            {
                "consultation": consultation,
                "counts": [by_consultation.get(consultation.pk, {}).get(value, 0) for value, _ in Channel.choices],
                "total": sum(by_consultation.get(consultation.pk, {}).values()),
            }
            for consultation in consultations
        ]
        context["can_export"] = self.request.user.has_perm(EXPORT_RESPONSES)
        return context


class ResponseListView(ConsultationMixin, StaffTemplateView):
    permission_required = VIEW_RESPONSES
    template_name = "consultations/admin/responses.html"
    page_title = "Responses"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = ResponseFilterForm(self.request.GET or None)
        responses = Response.objects.filter(consultation=self.consultation).select_related("entered_by")
        if form.is_valid():
            if form.cleaned_data["channel"]:
                responses = responses.filter(channel=form.cleaned_data["channel"])
            if form.cleaned_data["flagged"]:
                responses = responses.filter(possible_campaign=True)
        counts = dict(
            Response.objects.filter(consultation=self.consultation)
            .values_list("channel")
            .annotate(total=Count("id"))
            .order_by()
        )
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            consultation=self.consultation,
            filter_form=form,
            page_obj=_paginate(self.request, responses.order_by("-submitted_at", "-id")),
            query=query.urlencode(),
            channel_counts=[(label, counts.get(value, 0)) for value, label in Channel.choices],
            total=sum(counts.values()),
            can_add=self.request.user.has_perm(ADD_RESPONSES),
            can_export=self.request.user.has_perm(EXPORT_RESPONSES),
        )
        return context


class ResponseDetailView(ConsultationMixin, StaffTemplateView):
    """One response with its answers and personal data: opening it is recorded in the audit trail."""

    permission_required = VIEW_RESPONSES
    template_name = "consultations/admin/response_detail.html"

    def get_page_title(self):
        return self.response.reference

    def get_page_subtitle(self):
        return ""

    @cached_property
    def response(self) -> Response:
        return get_object_or_404(
            Response.objects.select_related("entered_by", "consultation"),
            pk=self.kwargs["response_id"],
            consultation=self.consultation,
        )

    def get(self, request, *args, **kwargs):
        services.response_viewed(response=self.response, actor=request.user)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            consultation=self.consultation,
            response=self.response,
            answers=answers_shown(response=self.response),
        )
        return context


class ResponseEntryView(ConsultationMixin, StaffTemplateView):
    """Key in a response from paper, an event, email, letter or phone, against the whole questionnaire."""

    permission_required = ADD_RESPONSES
    template_name = "consultations/admin/response_entry.html"
    page_title = "Enter a response"

    def get_forms(self, data=None):
        question_form = QuestionPageForm(data, questions=self.consultation.questionnaire.asked)
        # A paper form or letter may skip a required question; what they did answer must still be kept.
        for field in question_form.fields.values():
            field.required = False
        return {
            "entry_form": ResponseEntryForm(data),
            "question_form": question_form,
            "about_form": AboutYouForm(data) if self.consultation.ask_about_you else None,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("forms", self.get_forms())
        context["consultation"] = self.consultation
        return context

    def post(self, request, *args, **kwargs):
        forms = self.get_forms(request.POST)
        if not all(form.is_valid() for form in forms.values() if form is not None):
            messages.error(request, "The response could not be saved. Check the answers marked below.")
            return self.render_to_response(self.get_context_data(forms=forms))
        entry = forms["entry_form"].cleaned_data
        try:
            response = services.response_enter(
                consultation=self.consultation,
                answers=forms["question_form"].cleaned_data,
                about=forms["about_form"].cleaned_data if forms["about_form"] else {},
                channel=entry["channel"],
                received_on=entry["received_on"],
                email=entry["email"],
                staff_notes=entry["staff_notes"],
                token=entry["entry_token"],
                entered_by=request.user,
            )
        except ValidationError as error:
            forms["entry_form"].add_error(None, error)
            return self.render_to_response(self.get_context_data(forms=forms))
        messages.success(
            request,
            f"Response {response.reference} saved ({response.get_channel_display()}).",
            buttons=[
                messages.button(
                    reverse("consultations_admin:response", args=[self.consultation.pk, response.pk]), "View"
                )
            ],
        )
        return redirect("consultations_admin:enter", self.consultation.pk)


class EventCommentsView(ConsultationMixin, StaffTemplateView):
    """Quick entry of comments from an event: one box per comment, each saved as a response."""

    permission_required = ADD_RESPONSES
    template_name = "consultations/admin/event_comments.html"
    page_title = "Enter event comments"

    @property
    def free_text_questions(self):
        return [q for q in self.consultation.questionnaire.asked if q.kind == "free_text"]

    def boxes(self) -> int:
        try:
            wanted = int(self.request.GET.get("boxes") or self.request.POST.get("boxes") or 10)
        except ValueError:
            wanted = 10
        return max(1, min(wanted, MAX_EVENT_COMMENTS))

    def get_form(self, data=None):
        initial = {
            key: self.request.GET[key] for key in ("question", "received_on", "staff_notes") if key in self.request.GET
        }
        return EventCommentsForm(data, initial=initial, questions=self.free_text_questions, boxes=self.boxes())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.get_form())
        context.update(consultation=self.consultation, boxes=self.boxes(), has_questions=bool(self.free_text_questions))
        return context

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not form.is_valid():
            messages.error(request, "The comments could not be saved. Check the boxes marked below.")
            return self.render_to_response(self.get_context_data(form=form))
        entered = services.event_comments_enter(
            consultation=self.consultation,
            question=form.cleaned_data["question"],
            comments=form.comments,
            received_on=form.cleaned_data["received_on"],
            staff_notes=form.cleaned_data["staff_notes"],
            token=form.cleaned_data["entry_token"],
            entered_by=request.user,
        )
        if entered:
            messages.success(request, f"{len(entered)} comments saved as event responses.")
        else:
            messages.warning(request, "These comments had already been saved, so nothing new was added.")
        return redirect("consultations_admin:responses", self.consultation.pk)


# -- exports ------------------------------------------------------------------------------


class ExportCSVView(PermissionRequiredMixin, ConsultationMixin, View):
    """Every response as CSV, streamed row by row while it is read from the database."""

    permission_required = EXPORT_RESPONSES

    def get(self, request, *args, **kwargs):
        header, rows, _ = services.responses_export_start(
            consultation=self.consultation, actor=request.user, file_format=ExportFormat.CSV
        )
        return csv_response(export_filename(consultation=self.consultation, file_format="csv"), header, rows)


class ExportXLSXView(PermissionRequiredMixin, ConsultationMixin, View):
    """Ask for the XLSX workbook; it is built in the background and downloaded when ready."""

    permission_required = EXPORT_RESPONSES

    def post(self, request, *args, **kwargs):
        job = services.export_job_request(
            consultation=self.consultation, requested_by=request.user, file_format=ExportFormat.XLSX
        )
        return redirect("consultations_admin:export", job.pk)


class ExportJobListView(StaffTemplateView):
    permission_required = EXPORT_RESPONSES
    template_name = "consultations/admin/export_jobs.html"
    page_title = "Exports"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": "Exports"}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        jobs = ExportJob.objects.select_related("consultation", "requested_by")
        context["page_obj"] = _paginate(self.request, jobs)
        return context


class ExportJobView(StaffTemplateView):
    permission_required = EXPORT_RESPONSES
    template_name = "consultations/admin/export_job.html"
    page_title = "Export"

    @cached_property
    def job(self) -> ExportJob:
        return get_object_or_404(ExportJob.objects.select_related("consultation", "requested_by"), pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return self.job.consultation.title

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("consultations_admin:exports"), "label": "Exports"},
            {"url": "", "label": f"Export {self.job.pk}"},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["job"] = self.job
        context["pending"] = self.job.status == ExportStatus.PENDING
        return context


class ExportJobDownloadView(PermissionRequiredMixin, View):
    """The prepared file, only ever served from here (it is stored outside the public media)."""

    permission_required = EXPORT_RESPONSES

    def get(self, request, pk):
        job = get_object_or_404(ExportJob.objects.select_related("consultation"), pk=pk)
        if job.status != ExportStatus.READY or not job.file:
            raise Http404("This export is not ready")
        services.export_job_downloaded(job=job, actor=request.user)
        response = FileResponse(
            job.file.open("rb"),
            as_attachment=True,
            filename=export_filename(consultation=job.consultation, file_format=job.format),
        )
        response["Cache-Control"] = "no-store"
        return response


# -- audit log ----------------------------------------------------------------------------


class AuditLogView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = VIEW_AUDIT
    template_name = "consultations/admin/audit_log.html"
    page_title = "Audit log"
    header_icon = "history"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": "Audit log"}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = AuditFilterForm(self.request.GET or None)
        events = AuditEvent.objects.all()
        if form.is_valid() and form.cleaned_data["action"]:
            events = events.filter(action=form.cleaned_data["action"])
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(filter_form=form, page_obj=_paginate(self.request, events), query=query.urlencode())
        return context
