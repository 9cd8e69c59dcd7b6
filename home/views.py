"""Views of the publishing site that are not Wagtail pages: search and the newsletter."""

from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.models import Site

from fitforfuture.ratelimit import rate_limited
from home import selectors, services
from home.forms import NewsletterSignupForm


def search(request):
    site = Site.find_for_request(request)
    results = selectors.site_search(query=request.GET.get("q", ""), page_number=request.GET.get("page"), site=site)
    return render(request, "home/search.html", {**results, "raw_query": request.GET.get("q", "")})


@require_http_methods(["GET", "POST"])
def newsletter_signup(request):
    form = NewsletterSignupForm(request.POST or None)
    if request.method == "POST":
        if rate_limited(request, scope="newsletter", limit=10, period=3600):
            return render(request, "fitforfuture/rate_limited.html", status=429)
        if form.is_valid():
            services.newsletter_subscribe(email=form.cleaned_data["email"])
            request.session["newsletter_email"] = form.cleaned_data["email"]
            return redirect("newsletter_check_email")
        if form.is_bot:
            return redirect("newsletter_check_email")
    return render(request, "home/newsletter/signup.html", {"form": form})


def newsletter_check_email(request):
    return render(request, "home/newsletter/check_email.html", {"email": request.session.get("newsletter_email")})


@require_http_methods(["GET", "POST"])
def newsletter_confirm(request, token: str):
    subscription = services.newsletter_subscription_for_confirm_token(token=token)
    if subscription is None:
        return render(request, "home/newsletter/link_expired.html", status=404)
    if request.method == "POST":
        services.newsletter_confirm(subscription=subscription)
        return render(request, "home/newsletter/confirmed.html")
    return render(request, "home/newsletter/confirm.html", {"subscription": subscription})


@csrf_exempt  # one-click unsubscribe (RFC 8058) is posted by mail clients; the token authorises it
@require_http_methods(["GET", "POST"])
def newsletter_unsubscribe(request, token: str):
    if request.method == "POST":
        removed = services.newsletter_unsubscribe(token=token)
        return render(request, "home/newsletter/unsubscribed.html", {"removed": removed})
    return render(request, "home/newsletter/unsubscribe.html", {"token": token})
