"""Public pages for email alerts: ask, check your email, confirm with a button, change, unsubscribe."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from fitforfuture.ratelimit import rate_limited
from home import optin
from subscriptions import services
from subscriptions.forms import NearMeAlertForm, NearMeChoicesForm, ResponseAlertForm

RATE_LIMIT = {"scope": "alerts", "limit": 10, "period": 3600}


def _consultation(page_id: int):
    from consultations.models import ConsultationPage

    page = ConsultationPage.objects.live().public().filter(pk=page_id).defer_streamfields().first()
    if page is None:
        raise Http404("There is no consultation with that number.")
    return page


def _link_expired(request):
    return render(request, "subscriptions/link_expired.html", status=404)


def _asked(request, email: str):
    request.session["alerts_email"] = email
    return redirect("subscriptions:check_email")


# Each "what do you want to hear about?" box and the alert's field it sets.
WANTS = (("consultations", "new_consultations"), ("sessions", "new_sessions"))


def _choices(data: dict) -> dict:
    """The alert's choices, from a valid NearMeChoicesForm."""
    return {
        **{field: value in data["wants"] for value, field in WANTS},
        "topics": data.get("topics") or [],
        "towns": data["towns"],
    }


def _chosen(subscription) -> dict:
    """The alert's choices as the NearMeChoicesForm shows them."""
    return {
        "wants": [value for value, field in WANTS if getattr(subscription, field)],
        "topics": list(subscription.topics.all()),
        "towns": subscription.towns,
    }


@never_cache
@require_http_methods(["GET", "POST"])
def near_me(request):
    form = NearMeAlertForm(request.POST or None)
    if request.method == "POST":
        if rate_limited(request, **RATE_LIMIT):
            return render(request, "fitforfuture/rate_limited.html", status=429)
        if form.is_valid():
            services.near_me_alert_request(email=form.cleaned_data["email"], **_choices(form.cleaned_data))
            return _asked(request, form.cleaned_data["email"])
        if form.is_bot:
            return redirect("subscriptions:check_email")
    return render(request, "subscriptions/near_me.html", {"form": form})


# The short form on consultation pages has no CSRF token, so those pages stay in the shared
# page cache. A forged post could only make us email a confirmation link to an address,
# which anyone can ask for anyway; nothing is used until the owner presses the button.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def response_alert(request, page_id: int):
    consultation = _consultation(page_id)
    form = ResponseAlertForm(request.POST or None)
    context = {"form": form, "consultation": consultation}
    if request.method == "POST":
        if rate_limited(request, **RATE_LIMIT):
            return render(request, "fitforfuture/rate_limited.html", status=429)
        if form.is_valid():
            try:
                services.response_alert_request(email=form.cleaned_data["email"], consultation=consultation)
            except services.AlreadyPublished:
                return render(request, "subscriptions/already_published.html", context)
            return _asked(request, form.cleaned_data["email"])
        if form.is_bot:
            return redirect("subscriptions:check_email")
    return render(request, "subscriptions/response_alert.html", context)


@never_cache
def check_email(request):
    return render(
        request,
        "subscriptions/check_email.html",
        {"email": request.session.get("alerts_email"), "days": optin.confirmation_days()},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    subscription = services.subscription_for_confirm_token(token=token)
    if subscription is None:
        return _link_expired(request)
    choices = services.alert_choices_described(subscription=subscription)
    if request.method == "POST":
        services.subscription_confirm(subscription=subscription)
        return render(request, "subscriptions/confirmed.html", {"choices": choices})
    return render(request, "subscriptions/confirm.html", {"subscription": subscription, "choices": choices})


@csrf_exempt  # one-click unsubscribe (RFC 8058) is posted by mail clients; the token authorises it
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    if request.method == "POST":
        removed = services.subscription_unsubscribe(token=token)
        return render(request, "subscriptions/unsubscribed.html", {"removed": removed})
    can_change = services.near_me_subscription_for_link(token=token) is not None
    return render(request, "subscriptions/unsubscribe.html", {"token": token, "can_change": can_change})


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token: str):
    """Change what a "near me" alert is about, from the link in its emails."""
    subscription = services.near_me_subscription_for_link(token=token)
    if subscription is None:
        return _link_expired(request)
    form = NearMeChoicesForm(request.POST or None, initial=_chosen(subscription))
    if request.method == "POST" and form.is_valid():
        services.near_me_choices_change(subscription=subscription, **_choices(form.cleaned_data))
        choices = services.alert_choices_described(subscription=subscription)
        return render(request, "subscriptions/choices_saved.html", {"choices": choices, "token": token})
    return render(request, "subscriptions/manage.html", {"form": form, "token": token})
