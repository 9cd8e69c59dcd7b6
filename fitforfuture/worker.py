"""Background workers that stop without warning: their half-done tasks are handed back, not lost.

django-tasks' database backend marks a task RUNNING when a worker takes it and leaves it so
if the worker is killed (out of memory, a redeploy, a lost server). `task_worker` calls
`tasks_requeue_interrupted` before it starts: tasks whose worker on this host is no longer
running, or that started longer ago than any task takes on any host, are made READY again.
"""

import os
import socket
from datetime import timedelta

from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.utils import timezone


def worker_id_for(*, host: str | None = None, pid: int | None = None) -> str:
    """A worker id that says where the worker runs: `<host>:<pid>` (django-tasks allows 64 characters)."""
    host = host or socket.gethostname()
    return f"{host[:50]}:{pid or os.getpid()}"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _interrupted_here(worker_ids: list, host: str) -> bool:
    """Whether the task's last worker ran on this host and has gone."""
    if not worker_ids:
        return False
    last_host, _, pid = str(worker_ids[-1]).rpartition(":")
    return last_host == host[:50] and pid.isdigit() and not _running(int(pid))


def tasks_requeue_interrupted(*, stale_after: timedelta, host: str | None = None, now=None) -> int:
    """Put tasks left RUNNING by a worker that is gone back in the queue; how many were put back.

    Each task is handed back with a conditional UPDATE, so two workers starting at once
    cannot both take it back and run it twice.
    """
    host = host or socket.gethostname()
    cutoff = (now or timezone.now()) - stale_after
    requeued = 0
    for task_id, worker_ids, started_at in DBTaskResult.objects.running().values_list("pk", "worker_ids", "started_at"):
        if _interrupted_here(worker_ids, host) or (started_at is not None and started_at < cutoff):
            requeued += DBTaskResult.objects.filter(pk=task_id, status=TaskResultStatus.RUNNING).update(
                status=TaskResultStatus.READY, started_at=None
            )
    return requeued
