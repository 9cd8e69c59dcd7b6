"""Staff views of email alerts. Counts for anyone allowed to see them; addresses only for
Engagement leads, and every look at the addresses goes in the audit log."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from fitforfuture.audit import AuditAction, audit_record
from subscriptions import selectors


def counts(request):
    if not request.user.has_perm("subscriptions.view_counts"):
        raise PermissionDenied
    return render(
        request,
        "subscriptions/admin/counts.html",
        {
            "page_title": "Email alerts",
            "header_icon": "mail",
            "counts": selectors.subscriber_counts(),
            "can_see_addresses": request.user.has_perm("subscriptions.view_subscription"),
        },
    )


def addresses(request):
    if not request.user.has_perm("subscriptions.view_subscription"):
        raise PermissionDenied
    people = selectors.subscriptions_for_staff()
    audit_record(
        actor=request.user,
        action=AuditAction.VIEW,
        subject="email alerts: addresses",
        detail="List of people who get email alerts",
        row_count=len(people),
    )
    return render(
        request,
        "subscriptions/admin/addresses.html",
        {"page_title": "Email alerts: addresses", "header_icon": "mail", "people": people},
    )
