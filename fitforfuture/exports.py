"""Exports of personal data: streamed row by row, safe to open in a spreadsheet, always audited.

Every export (responses, sign-ups, attendee lists) goes through these helpers so that the
formula-injection protection and the audit trail are the same everywhere.
"""

import csv
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

import xlsxwriter

from django.http import FileResponse, StreamingHttpResponse

# A cell starting with one of these can be run as a formula by spreadsheet software
# (OWASP: CSV injection). Such cells are prefixed with a single quote.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")


def neutralise(value: Any) -> Any:
    """A cell value that spreadsheet software will show as text, never run as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, int | float):
        return value
    text = str(value).replace("\0", "")
    if str(value).startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


class _Echo:
    """A file-like object whose write() hands the line straight back, for streaming CSV."""

    def write(self, value: str) -> str:
        return value


def csv_lines(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff"  # byte order mark so spreadsheet software reads UTF-8
    yield writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        yield writer.writerow([neutralise(cell) for cell in row])


def write_csv(target: IO[str], header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a CSV file; returns the number of data rows."""
    counted = CountingRows(rows)
    for line in csv_lines(header, counted):
        target.write(line)
    return counted.count


def write_xlsx(target: IO[bytes] | str, header: Sequence[str], rows: Iterable[Sequence[Any]], sheet: str) -> int:
    """Write an XLSX workbook in constant memory (rows are flushed to disk as they are written)."""
    workbook = xlsxwriter.Workbook(
        target, {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    worksheet = workbook.add_worksheet(sheet[:31])
    bold = workbook.add_format({"bold": True})
    worksheet.write_row(0, 0, [neutralise(cell) for cell in header], bold)
    count = 0
    for count, row in enumerate(rows, start=1):
        worksheet.write_row(count, 0, [neutralise(cell) for cell in row])
    workbook.close()
    return count


class CountingRows:
    """Wraps a row iterator and counts the rows that went out, for the audit record."""

    def __init__(self, rows: Iterable[Sequence[Any]]):
        self._rows = iter(rows)
        self.count = 0

    def __iter__(self):
        for row in self._rows:
            self.count += 1
            yield row


def csv_response(filename: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> StreamingHttpResponse:
    response = StreamingHttpResponse(csv_lines(header, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def xlsx_response(filename: str, header: Sequence[str], rows: Iterable[Sequence[Any]], sheet: str) -> FileResponse:
    """Build the workbook in a temporary file on disk (not in memory) and stream the file."""
    spool = tempfile.TemporaryFile()
    write_xlsx(spool, header, rows, sheet)
    spool.seek(0)
    response = FileResponse(
        spool,
        as_attachment=True,
        filename=filename,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Cache-Control"] = "no-store"
    return response
