"""Admin views for 'You said, we did': the coding workbench, choosing quotes, and the list of reports.

Coding needs `consultations.add_coding` (Engagement leads). Reports need
`consultations.view_report` (Engagement leads and Councillors); they show aggregated
figures only. The work is done in consultations.coding and consultations.suggestions.
"""

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property

from wagtail.admin import messages
from wagtail.models import Locale

from consultations import coding
from consultations.admin_forms import BulkCodingForm, CodingFilterForm, QuoteForm, SuggestionForm
from consultations.admin_views import PAGE_SIZE, ConsultationMixin, StaffTemplateView
from consultations.models import Answer, ConsultationPage, Theme
from consultations.suggestions import themes_suggested

CODE_ANSWERS = "consultations.add_coding"
ALL_QUESTIONS = "all"
VIEW_REPORTS = "consultations.view_report"


class CodingMixin(ConsultationMixin):
    permission_required = CODE_ANSWERS
    header_icon = "tag"

    @cached_property
    def themes(self):
        return Theme.objects.filter(consultation=self.consultation).select_related("working_group")

    def workbench_url(self, query: str = "") -> str:
        url = reverse("consultations_admin:coding", args=[self.consultation.pk])
        return f"{url}?{query}" if query else url


class CodingWorkbenchView(CodingMixin, StaffTemplateView):
    """Free-text answers and event comments with filters, bulk coding and suggested themes."""

    template_name = "consultations/admin/coding.html"
    page_title = "Code answers into themes"

    def filter_form(self, data: QueryDict) -> CodingFilterForm:
        questions = coding.free_text_questions(consultation=self.consultation)
        if questions and not data.get("question"):
            # One question at a time by default: the way answers are usually coded, and the
            # list then comes straight from the index, however many answers there are.
            data = data.copy()
            data["question"] = questions[0].id
        return CodingFilterForm(
            data,
            questions=coding.free_text_questions(consultation=self.consultation),
            themes=self.themes,
            districts=coding.districts_answering(consultation=self.consultation),
        )

    def filtered(self, form: CodingFilterForm):
        filters = form.cleaned_data if form.is_valid() else {}
        return coding.answers_for_coding(
            consultation=self.consultation,
            question_id=None if filters.get("question") == ALL_QUESTIONS else filters.get("question") or None,
            channel=filters.get("channel") or None,
            district=filters.get("district") or None,
            state=filters.get("state") or None,
            theme=filters.get("theme"),
            search=filters.get("q") or "",
        )

    def get_context_data(self, bulk_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.filter_form(self.request.GET)
        page_obj = coding.answers_page(
            answers=self.filtered(form), number=self.request.GET.get("p"), per_page=PAGE_SIZE
        )
        answers = list(page_obj.object_list)
        codes = coding.codes_for(answers=answers)
        themes = list(self.themes)
        counts = coding.theme_counts(consultation=self.consultation)
        uncoded = [answer for answer in answers if answer.pk not in codes]
        suggestions = themes_suggested(answers=uncoded, themes=themes)
        questions = {question.id: question for question in coding.free_text_questions(consultation=self.consultation)}
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            consultation=self.consultation,
            filter_form=form,
            bulk_form=bulk_form or BulkCodingForm(themes=self.themes),
            page_obj=page_obj,
            rows=[
                {
                    "answer": answer,
                    "question": questions.get(answer.question_id),
                    "codes": codes.get(answer.pk),
                    "suggestions": suggestions.get(answer.pk, []),
                }
                for answer in answers
            ],
            themes=themes,
            codebook=[(theme, counts.get(theme.pk, 0)) for theme in themes],
            agreement=coding.coder_agreement(consultation=self.consultation),
            query=query.urlencode(),
            full_query=self.request.GET.urlencode(),
            report_url=self.consultation.url + self.consultation.reverse_subpage("report")
            if self.consultation.url
            else "",
        )
        return context

    def post(self, request, *args, **kwargs):
        back = request.POST.get("query", "")
        if "accept" in request.POST:
            return self.accept_suggestion(back)
        form = BulkCodingForm(request.POST, themes=self.themes)
        if not form.is_valid():
            messages.error(request, "The themes were not changed. Check the form below.")
            self.request.GET = QueryDict(back)
            return self.render_to_response(self.get_context_data(bulk_form=form))
        theme = form.cleaned_data["theme"]
        if form.cleaned_data["scope"] == "filtered":
            answer_ids = list(self.filtered(self.filter_form(QueryDict(back))).values_list("pk", flat=True))
        else:
            answer_ids = form.cleaned_data["answers"]
        if form.cleaned_data["operation"] == BulkCodingForm.REMOVE:
            removed = coding.codings_remove(consultation=self.consultation, theme=theme, answer_ids=answer_ids)
            messages.success(request, f"Took '{theme.name}' off {removed} answer{'s' if removed != 1 else ''}.")
        else:
            added = coding.codings_apply(
                consultation=self.consultation, theme=theme, answer_ids=answer_ids, coded_by=request.user
            )
            messages.success(request, f"Added '{theme.name}' to {added} answer{'s' if added != 1 else ''}.")
        return redirect(self.workbench_url(back))

    def accept_suggestion(self, back: str):
        # The button's value is "<answer id>:<theme id>": one form holds every row's buttons.
        answer_id, _, theme_id = self.request.POST.get("accept", "").partition(":")
        form = SuggestionForm({"answer": answer_id, "theme": theme_id}, themes=self.themes)
        if form.is_valid():
            theme = form.cleaned_data["theme"]
            added = coding.codings_apply(
                consultation=self.consultation,
                theme=theme,
                answer_ids=[form.cleaned_data["answer"]],
                coded_by=self.request.user,
                from_suggestion=True,
            )
            if added:
                messages.success(self.request, f"Added the suggested theme '{theme.name}'.")
        else:
            messages.error(self.request, "That suggestion could not be added. It may no longer apply.")
        return redirect(self.workbench_url(back))


class QuoteCreateView(CodingMixin, StaffTemplateView):
    """Choose words from one answer as a quote for the report, editing out anything identifying."""

    template_name = "consultations/admin/quote.html"
    page_title = "Use as a quote"

    @cached_property
    def answer(self) -> Answer:
        question_ids = [q.id for q in coding.free_text_questions(consultation=self.consultation)]
        return get_object_or_404(Answer, pk=self.kwargs["answer_id"], question_id__in=question_ids)

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        codes = coding.codes_for(answers=[self.answer]).get(self.answer.pk)
        initial = {"text": self.answer.text, "theme": codes.themes[0] if codes and codes.themes else None}
        context.update(
            consultation=self.consultation,
            answer=self.answer,
            form=form or QuoteForm(initial=initial, themes=self.themes),
            back_url=self.workbench_url(self.request.GET.get("back", "")),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = QuoteForm(request.POST, themes=self.themes)
        if form.is_valid():
            try:
                coding.quote_choose(
                    consultation=self.consultation,
                    theme=form.cleaned_data["theme"],
                    answer=self.answer,
                    text=form.cleaned_data["text"],
                    chosen_by=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, f"Quote added to '{form.cleaned_data['theme'].name}'.")
                return redirect(self.workbench_url(request.POST.get("back", "")))
        return self.render_to_response(self.get_context_data(form=form))


class ReportListView(StaffTemplateView):
    """Every consultation with a link to its report: for councillors, aggregated figures only."""

    permission_required = VIEW_REPORTS
    template_name = "consultations/admin/reports.html"
    page_title = "Consultation reports"
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": "Consultation reports"}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        consultations = (
            ConsultationPage.objects.live()
            .filter(locale=Locale.get_default())
            .defer_streamfields()
            .order_by("-closes_at")
        )
        context["consultations"] = [
            {
                "page": page,
                "report_url": page.url + page.reverse_subpage("report"),
                "pdf_url": page.url + page.reverse_subpage("report_pdf"),
            }
            for page in consultations
            if page.url
        ]
        context["can_code"] = self.request.user.has_perm(CODE_ANSWERS)
        return context
