"""The public report of a consultation, as a page and as a PDF. Thin: figures come from reports."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control

from consultations import reports
from consultations.models import ConsultationPage


def _report_or_404(request, consultation: ConsultationPage) -> reports.Report:
    if not reports.report_visible(consultation=consultation, user=request.user):
        raise Http404("This report is not published yet.")
    return reports.report_build(consultation=consultation)


def _private_unless_published(response, report: reports.Report):
    # Staff reading a report before it is published must never have it kept by a shared cache.
    if not report.is_published:
        patch_cache_control(response, private=True, no_store=True)
    return response


def _english_report(consultation: ConsultationPage, name: str):
    """Reports are written in English, from every language's answers: a translation links to the English one."""
    source = consultation.source_consultation
    if source.pk == consultation.pk:
        return None
    return redirect(source.url + source.reverse_subpage(name))


def report(request, consultation: ConsultationPage):
    if english := _english_report(consultation, "report"):
        return english
    data = _report_or_404(request, consultation)
    pdf_url = consultation.url + consultation.reverse_subpage("report_pdf")
    response = render(request, "consultations/report.html", {"page": consultation, "report": data, "pdf_url": pdf_url})
    return _private_unless_published(response, data)


def report_pdf(request, consultation: ConsultationPage):
    from weasyprint import HTML

    if english := _english_report(consultation, "report_pdf"):
        return english
    data = _report_or_404(request, consultation)
    html = render_to_string("consultations/report_pdf.html", {"page": consultation, "report": data}, request=request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{consultation.slug}-report.pdf"'
    return _private_unless_published(response, data)
