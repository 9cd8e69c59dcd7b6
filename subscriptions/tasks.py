"""Background tasks for email alerts. Run by the task worker (`python manage.py db_worker`).

Status comes from dates, so nothing happens at the moment a consultation opens or its
response is published. `python manage.py send_subscription_alerts` (from cron, hourly) finds
what is new and queues one `send_alert` per subscriber and event; when a consultation is
published in the admin, a scan is also queued for its opening and publication dates, where
the task backend can defer tasks. Every run is safe to repeat: an alert is sent at most once.
"""

from datetime import datetime, time

from django_tasks import default_task_backend, task

from django.utils import timezone

from subscriptions import selectors, services


@task()
def send_alert(*, subscription_id: int, event: str) -> bool:
    """One alert email to one subscriber."""
    return services.alert_send(subscription_id=subscription_id, event=event)


@task()
def send_due_alerts() -> int:
    """Find every alert that is due and queue it."""
    return queue_due_alerts()


def queue_due_alerts(*, now: datetime | None = None) -> int:
    due = selectors.alerts_due(now=now)
    for item in due:
        send_alert.enqueue(subscription_id=item.subscription_id, event=item.event)
    return len(due)


def schedule_scans(*, consultation) -> int:
    """Queue a scan for when this consultation opens and when its response is published."""
    if not default_task_backend.supports_defer:
        return 0
    now = timezone.now()
    moments = [consultation.opens_at]
    if consultation.response_published_on:
        moments.append(timezone.make_aware(datetime.combine(consultation.response_published_on, time.min)))
    queued = 0
    for moment in moments:
        if moment > now:
            send_due_alerts.using(run_after=moment).enqueue()
            queued += 1
    return queued
