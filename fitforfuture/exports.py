"""Exports of personal data: streamed row by row, safe to open in a spreadsheet, always audited.

Every export (responses, sign-ups, attendee lists) goes through these helpers so that the
formula-injection protection and the audit trail are the same everywhere.
"""

import csv
import multiprocessing
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import IO, Any

import orjson

from django.db import connections
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


_TRIGGER_CHARS = frozenset(FORMULA_TRIGGERS)
BOM = "\ufeff"  # byte order mark, so spreadsheet software reads the CSV as UTF-8


def neutralise_row(row: Iterable[Any]) -> list[Any]:
    """neutralise() on every cell of a row. Most cells are text that needs no change: those are
    recognised by their first character alone (and the absence of NUL) and passed through as they are."""
    return [
        cell
        if type(cell) is str and (not cell or cell[0] not in _TRIGGER_CHARS) and "\0" not in cell
        else neutralise(cell)
        for cell in row
    ]


class _Echo:
    """A file-like object whose write() hands the line straight back, for streaming CSV."""

    def write(self, value: str) -> str:
        return value


def csv_lines(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield BOM
    yield writer.writerow(neutralise_row(header))
    for row in rows:
        yield writer.writerow(neutralise_row(row))


def write_csv(target: IO[str], header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a CSV file; returns the number of data rows."""
    counted = CountingRows(rows)
    target.write(BOM)
    writer = csv.writer(target)
    writer.writerow(neutralise_row(header))
    writer.writerows(map(neutralise_row, counted))
    return counted.count


def write_xlsx(
    target: IO[bytes] | str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    sheet: str,
    *,
    dates: Mapping[int, str] | None = None,
) -> int:
    """Write an XLSX workbook in constant memory (rows are flushed to disk as they are written).

    `dates` maps a column to the Excel number format of the date or date and time it holds as
    ISO text ('YYYY-MM-DD' or 'YYYY-MM-DD HH:MM', as in the CSV): those cells are written as real
    dates, which spreadsheet software can sort, filter and group by, shown as the same text.
    """
    import xlsxwriter  # here, not at the top: a CSV export (or any process start) need not load it

    workbook = xlsxwriter.Workbook(
        target, {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    worksheet = workbook.add_worksheet(sheet[:31])
    bold = workbook.add_format({"bold": True})
    date_formats = {column: workbook.add_format({"num_format": shown}) for column, shown in (dates or {}).items()}
    worksheet.write_row(0, 0, neutralise_row(header), bold)
    # Cell by cell with the typed writers: neutralise() leaves only text and numbers. Empty cells are
    # left out: write_row() would make each a blank cell with no format, which writes nothing.
    write_string, write_number = worksheet.write_string, worksheet.write_number
    excel_days = ExcelDays()
    count = 0
    for count, row in enumerate(rows, start=1):
        for column, cell in enumerate(neutralise_row(row)):
            if type(cell) is not str:
                write_number(count, column, cell)
            elif not cell:
                continue
            elif column in date_formats:
                write_number(count, column, excel_days(cell), date_formats[column])
            else:
                write_string(count, column, cell)
    workbook.close()
    return count


class ExcelDays(dict):
    """'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM' text as the number a spreadsheet keeps a date as: days
    since 30 December 1899, the time of day as a fraction. Each day is worked out once, so a date
    cell costs about what its text would; XlsxWriter's write_datetime() works every cell out
    from a datetime object, which made a 100,000-row export some 1.5 s slower."""

    EPOCH = date(1899, 12, 30)  # right for every date from March 1900

    def __missing__(self, day: str) -> int:
        if len(self) > 10_000:  # constant memory, however long the export
            self.clear()
        days = self[day] = (date.fromisoformat(day) - self.EPOCH).days
        return days

    def __call__(self, text: str) -> float:
        days = self[text[:10]]
        if len(text) == 10:
            return days
        return days + (int(text[11:13]) * 60 + int(text[14:16])) / 1440


class ExportError(Exception):
    """The rows of an export could not be read; the message says why."""


ROW_BATCH = 2000  # rows per message from the reading process: about half a megabyte of JSON
_DONE, _FAILED = b"", b"!"


def read_elsewhere(rows: Iterable[Sequence[Any]]) -> Iterator[list[Any]]:
    """The rows of `rows`, read by a forked child process while this process writes them out.

    An export spends about a third of its time in the database query and in building rows, the
    rest writing the file; on two or more cores the two then overlap, and a large export finishes
    in about two thirds of the time. The child opens its own database connection and sends the
    rows in batches through a pipe as JSON, so the rows must hold only text, numbers and None
    (as export rows do: writers make every other value text). A failure in the child is raised
    here as ExportError; stopping early stops the child.

    Read here instead, as the rows would be without it, when there is one core, the platform
    cannot fork, the process runs other threads (a threaded web server, say: a forked child gets
    only this thread, and any lock another thread held stays locked in it for ever), a
    transaction is open (the child's connection would not see what it has written but not
    committed yet) or the database is SQLite in memory (a copy only this process has).
    """
    if (
        _cores() < 2
        or "fork" not in multiprocessing.get_all_start_methods()
        or _other_threads_running()
        or any(connection.in_atomic_block for connection in connections.all(initialized_only=True))
        or any(connection.vendor == "sqlite" and connection.is_in_memory_db() for connection in connections.all())
    ):
        yield from rows
        return
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    connections.close_all()  # the child must open its own: a connection cannot be shared across fork
    child = context.Process(target=_send_rows, args=(rows, sender), name="export-rows", daemon=True)
    child.start()
    sender.close()
    try:
        while True:
            try:
                message = receiver.recv_bytes()
            except EOFError:
                child.join()
                raise ExportError(f"The process reading the rows stopped (exit code {child.exitcode}).") from None
            if message == _DONE:
                break
            if message.startswith(_FAILED):
                raise ExportError(message[1:].decode(errors="replace"))
            yield from orjson.loads(message)
        child.join()
    finally:
        receiver.close()
        if child.is_alive():  # stopped early: the child would wait for a reader for ever
            child.terminate()
            child.join()


def _other_threads_running() -> bool:
    return threading.active_count() > 1


def _cores() -> int:
    """Cores this process may run on (a container may be given fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _send_rows(rows: Iterable[Sequence[Any]], sender) -> None:
    """In the child: every row, in batches, then _DONE; or _FAILED and what went wrong."""
    try:
        batch: list[Sequence[Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) == ROW_BATCH:
                sender.send_bytes(orjson.dumps(batch))
                batch.clear()
        if batch:
            sender.send_bytes(orjson.dumps(batch))
        sender.send_bytes(_DONE)
    except Exception as error:
        sender.send_bytes(_FAILED + f"{type(error).__name__}: {error}".encode())
    finally:
        sender.close()
        connections.close_all()


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


def xlsx_response(
    filename: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    sheet: str,
    *,
    dates: Mapping[int, str] | None = None,
) -> FileResponse:
    """Build the workbook in a temporary file on disk (not in memory) and stream the file."""
    spool = tempfile.TemporaryFile()
    write_xlsx(spool, header, rows, sheet, dates=dates)
    spool.seek(0)
    response = FileResponse(
        spool,
        as_attachment=True,
        filename=filename,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Cache-Control"] = "no-store"
    return response
