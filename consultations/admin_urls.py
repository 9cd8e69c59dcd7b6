"""Admin URLs for responses, exports and the audit log (mounted under /admin/ by wagtail_hooks)."""

from django.urls import path

from consultations import admin_views, coding_views

app_name = "consultations_admin"

urlpatterns = [
    path("responses/", admin_views.ConsultationListView.as_view(), name="index"),
    path("responses/exports/", admin_views.ExportJobListView.as_view(), name="exports"),
    path("responses/exports/<int:pk>/", admin_views.ExportJobView.as_view(), name="export"),
    path("responses/exports/<int:pk>/download/", admin_views.ExportJobDownloadView.as_view(), name="export_download"),
    path("responses/<int:consultation_id>/", admin_views.ResponseListView.as_view(), name="responses"),
    path("responses/<int:consultation_id>/enter/", admin_views.ResponseEntryView.as_view(), name="enter"),
    path(
        "responses/<int:consultation_id>/event-comments/",
        admin_views.EventCommentsView.as_view(),
        name="event_comments",
    ),
    path("responses/<int:consultation_id>/export.csv", admin_views.ExportCSVView.as_view(), name="export_csv"),
    path("responses/<int:consultation_id>/export/xlsx/", admin_views.ExportXLSXView.as_view(), name="export_xlsx"),
    path(
        "responses/<int:consultation_id>/<int:response_id>/",
        admin_views.ResponseDetailView.as_view(),
        name="response",
    ),
    path("responses/<int:consultation_id>/coding/", coding_views.CodingWorkbenchView.as_view(), name="coding"),
    path(
        "responses/<int:consultation_id>/coding/<int:answer_id>/quote/",
        coding_views.QuoteCreateView.as_view(),
        name="quote",
    ),
    path("reports/", coding_views.ReportListView.as_view(), name="reports"),
    path("audit-log/", admin_views.AuditLogView.as_view(), name="audit_log"),
]
