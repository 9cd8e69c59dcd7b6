"""Background tasks of consultations."""

from django_tasks import task


@task()
def build_export(*, job_id: int) -> None:
    """Prepare the export file of an ExportJob (runs in the task worker)."""
    from consultations.models import ExportJob
    from consultations.services import export_job_build

    job = ExportJob.objects.select_related("consultation", "requested_by").get(pk=job_id)
    export_job_build(job=job)
