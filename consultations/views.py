"""Answering a consultation without JavaScript. Thin: the rules are in services.

A short questionnaire is answered on one page (questions, about you and consent; one POST that
stores the response and redirects to the confirmation); a long one page by page, with progress,
a check-answers page and save-and-return. See Questionnaire.on_one_page.
"""

import copy
import hashlib
import secrets

from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.html import escape

from consultations import selectors, services
from consultations.forms import AboutYouForm, CheckAnswersForm, QuestionPageForm, SaveDraftForm
from consultations.models import ConsultationPage, Response
from consultations.questionnaire import TEXT_KINDS
from fitforfuture import cache as page_cache
from fitforfuture.ratelimit import rate_limit_refund, rate_limited

RESPONSE_LIMIT_PER_HOUR = 20
RESPONSE_SCOPE = "consultation-response"
# Stand-ins for the two per-visitor values in a kept rendering of the blank one-page form.
CSRF_PLACEHOLDER = "csrf-token-placeholder-7d1e9b"
SUBMISSION_TOKEN_PLACEHOLDER = "submission-token-placeholder-7d1e9b"
# ... and for the two in a kept rendering of the confirmation page.
REFERENCE_PLACEHOLDER = "reference-placeholder-7d1e9b"
CODE_PLACEHOLDER = "confirmation-code-placeholder-7d1e9b"
CONFIRMATION_TEMPLATE = "consultations/confirmation.html"


def _key(consultation: ConsultationPage) -> str:
    return f"consultation:{consultation.pk}"


def _state(request, consultation: ConsultationPage) -> dict:
    state = request.session.get(_key(consultation))
    if not state:
        state = {"answers": {}, "about": {}, "token": secrets.token_urlsafe(32), "step": 1}
    return state


def _store(request, consultation: ConsultationPage, state: dict) -> None:
    request.session[_key(consultation)] = state


def _url(consultation: ConsultationPage, name: str, *args) -> str:
    return consultation.url + consultation.reverse_subpage(name, args=args)


def _step_url(consultation: ConsultationPage, step: int) -> str:
    return _url(consultation, "respond", step)


def _after_questions_url(consultation: ConsultationPage) -> str:
    return _url(consultation, "about_you" if consultation.ask_about_you else "check_answers")


def _not_open(request, consultation: ConsultationPage, questions=None):
    """The consultation is not taking answers. Anything the person typed is shown back, so it is not lost."""
    kept = []
    state = request.session.get(_key(consultation))
    if request.method == "POST" or state:
        answers = dict((state or {}).get("answers", {}))
        if questions and request.method == "POST":
            form = QuestionPageForm(request.POST, questions=questions)
            form.is_valid()
            answers.update(form.cleaned_data)
            for question in questions:
                if question.kind in TEXT_KINDS and request.POST.get(question.field_name):
                    answers[question.field_name] = request.POST[question.field_name]
        summary = services.answers_summary(questionnaire=consultation.questionnaire, answers=answers)
        kept = [row for row in summary if row["answers"]]
    return render(request, "consultations/not_open.html", {"page": consultation, "kept": kept})


def _checked_in(request, consultation: ConsultationPage, state: dict) -> bool:
    """Whether the person came back from the check-answers page to change something."""
    return bool(request.GET.get("change")) or bool(request.POST.get("change"))


def _already_sent(request, consultation: ConsultationPage):
    """For a second click, a retried POST or the back button: the confirmation of the first response."""
    token = request.POST.get("submission_token", "") if request.method == "POST" else ""
    if token:
        already = selectors.response_for_token(consultation=consultation, token=token)
        if already is not None:
            return _to_confirmation(consultation, already)
    return None


def _to_confirmation(consultation: ConsultationPage, response: Response):
    return redirect(_url(consultation, "confirmation", services.confirmation_code(response=response)))


def _store_response(request, consultation: ConsultationPage, *, answers: dict, about: dict, send_form):
    """Store the answers once and go to the confirmation, or refuse once the address has sent
    its allowance of responses for the hour (their answers stay kept, if they were). Sending a
    response again (the same submission token) ends on the first one's confirmation and does not
    use up the allowance."""
    if rate_limited(request, scope=RESPONSE_SCOPE, limit=RESPONSE_LIMIT_PER_HOUR, period=3600):
        confirmation, created = _already_sent(request, consultation), False
        if confirmation is None:
            return render(request, "fitforfuture/rate_limited.html", status=429)
    else:
        response, created = services.response_create(
            consultation=consultation,
            answers=answers,
            about=about,
            token=send_form.cleaned_data["submission_token"],
            email=send_form.cleaned_data.get("receipt_email") or "",
        )
        confirmation = _to_confirmation(consultation, response)
    if not created:
        rate_limit_refund(request, scope=RESPONSE_SCOPE)
    request.session.pop(_key(consultation), None)  # answers kept by "Save and come back later"
    return confirmation


def _private(response):
    """A page with someone's own token or answers: never kept by a shared cache.

    The browser may keep it, so going back shows the form as sent, with the token that was used.
    """
    patch_cache_control(response, private=True)
    return response


def _one_page_form_version(consultation: ConsultationPage) -> str:
    """What the blank one-page form is made from: the same for the same questions and wording."""
    consent = hashlib.sha256(consultation.consent_statement.encode()).hexdigest()[:16]
    return f"{consultation.questionnaire.version}:{consultation.ask_about_you:d}:{consent}"


def respond_on_one_page(request, consultation: ConsultationPage):
    """Every question, 'about you' and consent on one form; one POST stores the response.

    A POST whose submission token was used before (a second click, a retried POST, the back
    button) ends on the first response's confirmation: found by the unique token column when
    the answers are stored, or looked up first on every path that would not store them.
    """
    questionnaire = consultation.questionnaire
    questions = questionnaire.asked
    if not consultation.is_open:
        return _already_sent(request, consultation) or _not_open(request, consultation, questions)
    state = request.session.get(_key(consultation))  # only after "Save and come back later"
    if request.method == "GET" and state is None and _can_reuse_rendering(request):
        return _private(_blank_one_page_form(request, consultation))
    if request.method == "POST":
        question_form = QuestionPageForm(request.POST, questions=questions)
        about_form = AboutYouForm(request.POST) if consultation.ask_about_you else None
        send_form = CheckAnswersForm(request.POST)
        forms = [form for form in (question_form, about_form, send_form) if form is not None]
        valid = all([form.is_valid() for form in forms])  # a list, so every form shows its errors
        if not valid or "save_for_later" in request.POST:
            already = _already_sent(request, consultation)
            if already is not None:
                return already
        if "save_for_later" in request.POST:
            state = state or _state(request, consultation)
            state["answers"].update(question_form.cleaned_data)
            state["about"] = about_form.cleaned_data if about_form is not None else {}
            _store(request, consultation, state)
            return redirect(_url(consultation, "save_draft"))
        if send_form.is_bot:
            return render(request, CONFIRMATION_TEMPLATE, {"page": consultation, "reference": None})
        if valid:
            return _store_response(
                request,
                consultation,
                answers=question_form.cleaned_data,
                about=about_form.cleaned_data if about_form is not None else {},
                send_form=send_form,
            )
    else:
        # A fresh token for every form shown: whatever happens to this copy, it is stored once.
        question_form = QuestionPageForm(initial=(state or {}).get("answers"), questions=questions)
        about_form = AboutYouForm(initial=(state or {}).get("about")) if consultation.ask_about_you else None
        send_form = CheckAnswersForm(initial={"submission_token": secrets.token_urlsafe(32)})
    context = _one_page_context(
        consultation, question_form, about_form, send_form, blank=request.method == "GET" and state is None
    )
    return _private(render(request, "consultations/respond_one_page.html", context))


def _one_page_context(consultation: ConsultationPage, question_form, about_form, send_form, *, blank: bool) -> dict:
    forms = [form for form in (question_form, about_form, send_form) if form is not None]
    return {
        "page": consultation,
        "form": question_form,
        "about_form": about_form,
        "send_form": send_form,
        "forms": forms,
        "has_errors": any(form.errors for form in forms),
        # Nothing typed or resumed: the same fields for everyone, so their HTML can be reused.
        "blank": blank,
        "form_version": _one_page_form_version(consultation),
        "back_url": consultation.url,
    }


def _can_reuse_rendering(request) -> bool:
    """A visitor who is not signed in, outside a preview: they all see the same blank form."""
    return not getattr(request, "is_preview", False) and not request.user.is_authenticated


def _blank_one_page_form(request, consultation: ConsultationPage) -> HttpResponse:
    """The blank one-page form, rendered once for everyone and kept until the next publish.

    The kept copy holds stand-ins for the CSRF token and the submission token; each showing
    fills in its own, so every copy of the form is still sent once and only by its visitor.
    """

    def context() -> dict:
        questions = consultation.questionnaire.asked
        context = _one_page_context(
            consultation,
            QuestionPageForm(questions=questions),
            AboutYouForm() if consultation.ask_about_you else None,
            CheckAnswersForm(initial={"submission_token": SUBMISSION_TOKEN_PLACEHOLDER}),
            blank=True,
        )
        context["csrf_token"] = CSRF_PLACEHOLDER
        return context

    fills = {CSRF_PLACEHOLDER: get_token(request), SUBMISSION_TOKEN_PLACEHOLDER: secrets.token_urlsafe(32)}
    key = ("one-page-form", consultation.pk, _one_page_form_version(consultation))
    return _kept_rendering(request, "consultations/respond_one_page.html", context, key, fills)


def _kept_rendering(request, template: str, context, key: tuple, fills: dict, in_address: dict | None = None):
    """A page that is the same for every visitor but for a few values, rendered once and kept
    until the next publish; each showing fills in its own values (`fills`: stand-in to value).

    `in_address` maps values in the address to their stand-ins (a confirmation link's code): the
    page is rendered for the address with the stand-ins, so links to the same page in other
    languages hold them too, and the kept copy serves every address of that shape.
    """
    path, path_info = request.path, request.path_info
    for value, stand_in in (in_address or {}).items():
        path, path_info = path.replace(value, stand_in), path_info.replace(value, stand_in)
    query = request.META.get("QUERY_STRING", "")
    cache_key = page_cache.fragment_key(request, *key, translation.get_language(), request.get_host(), path, query)

    def render_once() -> str:
        shown = request
        if path != request.path:
            shown = copy.copy(request)
            shown.path, shown.path_info = path, path_info
        return render_to_string(template, context(), request=shown)

    html = page_cache.fragment_get_or_set(cache_key, render_once)
    for stand_in, value in fills.items():
        html = html.replace(stand_in, escape(value))
    return HttpResponse(html)


def respond(request, consultation: ConsultationPage, step: int):
    questionnaire = consultation.questionnaire
    if questionnaire.on_one_page:
        if step != 1:
            return redirect(_step_url(consultation, 1))
        return respond_on_one_page(request, consultation)
    pages = questionnaire.page_numbers
    if not consultation.is_open:
        on_page = questionnaire.questions_on(pages[step - 1]) if 1 <= step <= len(pages) else None
        return _not_open(request, consultation, on_page)
    if not pages:
        return redirect(_after_questions_url(consultation))
    if step < 1 or step > len(pages):
        raise Http404("No such page of questions")
    questions = questionnaire.questions_on(pages[step - 1])
    state = _state(request, consultation)
    if request.method == "POST":
        form = QuestionPageForm(request.POST, questions=questions)
        valid = form.is_valid()
        if "save_for_later" in request.POST:
            state["answers"].update(form.cleaned_data)
            state["step"] = step
            _store(request, consultation, state)
            return redirect(_url(consultation, "save_draft"))
        if valid:
            state["answers"].update(form.cleaned_data)
            state["step"] = max(state.get("step", 1), step + 1)
            _store(request, consultation, state)
            if _checked_in(request, consultation, state):
                return redirect(_url(consultation, "check_answers"))
            if step < len(pages):
                return redirect(_step_url(consultation, step + 1))
            return redirect(_after_questions_url(consultation))
    else:
        form = QuestionPageForm(initial=state["answers"], questions=questions)
    return render(
        request,
        "consultations/respond.html",
        {
            "page": consultation,
            "form": form,
            "step": step,
            "total_steps": len(pages),
            "page_title": questionnaire.page_titles.get(pages[step - 1], ""),
            "back_url": _step_url(consultation, step - 1) if step > 1 else consultation.url,
            "change": request.GET.get("change") or request.POST.get("change"),
        },
    )


def about_you(request, consultation: ConsultationPage):
    if not consultation.is_open:
        return _not_open(request, consultation)
    if consultation.questionnaire.on_one_page:
        return redirect(_step_url(consultation, 1))
    if not consultation.ask_about_you:
        return redirect(_url(consultation, "check_answers"))
    state = _state(request, consultation)
    if request.method == "POST":
        form = AboutYouForm(request.POST)
        if form.is_valid():
            state["about"] = form.cleaned_data
            _store(request, consultation, state)
            return redirect(_url(consultation, "check_answers"))
    else:
        form = AboutYouForm(initial=state["about"])
    pages = consultation.questionnaire.page_numbers
    return render(
        request,
        "consultations/about_you.html",
        {
            "page": consultation,
            "form": form,
            "back_url": _step_url(consultation, len(pages)) if pages else consultation.url,
        },
    )


def _missing_answers(consultation: ConsultationPage, answers: dict) -> list[dict]:
    """Required questions without an answer, with a link to the page that asks them."""
    questionnaire = consultation.questionnaire
    pages = questionnaire.page_numbers
    missing = []
    for question in questionnaire.asked:
        if question.required and not services.answers_from_cleaned(question=question, data=answers):
            step = pages.index(question.page) + 1
            missing.append({"question": question, "url": _step_url(consultation, step) + "?change=1"})
    return missing


def check_answers(request, consultation: ConsultationPage):
    # A second click, a retried POST or the back button: the first response is the one kept.
    already = _already_sent(request, consultation)
    if already is not None:
        return already
    if not consultation.is_open:
        return _not_open(request, consultation)
    if consultation.questionnaire.on_one_page and _key(consultation) not in request.session:
        return redirect(_step_url(consultation, 1))
    state = _state(request, consultation)
    missing = _missing_answers(consultation, state["answers"])
    if request.method == "POST":
        form = CheckAnswersForm(request.POST)
        if form.is_valid() and missing:
            # A second click that raced the first: the first stored the answers and cleared them here.
            already = selectors.response_for_token(
                consultation=consultation, token=form.cleaned_data["submission_token"]
            )
            if already is not None:
                return _to_confirmation(consultation, already)
        if form.is_valid() and not missing:
            return _store_response(
                request, consultation, answers=state["answers"], about=state["about"], send_form=form
            )
        if form.is_bot:
            request.session.pop(_key(consultation), None)
            return render(request, CONFIRMATION_TEMPLATE, {"page": consultation, "reference": None})
    else:
        form = CheckAnswersForm(initial={"submission_token": state["token"]})
        if _key(consultation) not in request.session:
            _store(request, consultation, state)
    questionnaire = consultation.questionnaire
    pages = questionnaire.page_numbers
    summary = services.answers_summary(questionnaire=questionnaire, answers=state["answers"])
    for row in summary:
        row["change_url"] = _step_url(consultation, pages.index(row["question"].page) + 1) + "?change=1"
    return render(
        request,
        "consultations/check_answers.html",
        {
            "page": consultation,
            "form": form,
            "summary": summary,
            "about": state["about"],
            "missing": missing,
            "about_url": _url(consultation, "about_you"),
            "back_url": _after_questions_url(consultation)
            if consultation.ask_about_you
            else _step_url(consultation, len(pages)),
        },
    )


def save_draft(request, consultation: ConsultationPage):
    if not consultation.is_open:
        return _not_open(request, consultation)
    state = _state(request, consultation)
    if request.method == "POST":
        form = SaveDraftForm(request.POST)
        if form.is_valid():
            services.draft_save(consultation=consultation, email=form.cleaned_data["email"], data=state)
            return render(
                request, "consultations/draft_saved.html", {"page": consultation, "email": form.cleaned_data["email"]}
            )
    else:
        form = SaveDraftForm()
    return render(
        request,
        "consultations/save_draft.html",
        {"page": consultation, "form": form, "back_url": _step_url(consultation, state.get("step", 1))},
    )


def resume(request, consultation: ConsultationPage, token: str):
    if not consultation.is_open:
        return _not_open(request, consultation)
    data = services.draft_take(consultation=consultation, token=token)
    if data is None:
        return render(request, "consultations/draft_expired.html", {"page": consultation}, status=404)
    _store(request, consultation, data)
    pages = consultation.questionnaire.page_numbers
    step = min(int(data.get("step", 1)), max(len(pages), 1))
    return redirect(_step_url(consultation, step))


def confirmation(request, consultation: ConsultationPage, code: str):
    reference = services.confirmation_reference(consultation=consultation, code=code)
    if reference is None:
        raise Http404("No response with that link")
    if not _can_reuse_rendering(request):
        return _private(render(request, CONFIRMATION_TEMPLATE, {"page": consultation, "reference": reference}))
    # The same page for every response but for its reference (and the link's code in the
    # language links): rendered once, kept until the next publish.
    return _private(
        _kept_rendering(
            request,
            CONFIRMATION_TEMPLATE,
            lambda: {"page": consultation, "reference": REFERENCE_PLACEHOLDER},
            ("confirmation", consultation.pk),
            {REFERENCE_PLACEHOLDER: reference, CODE_PLACEHOLDER: code},
            in_address={code: CODE_PLACEHOLDER},
        )
    )
