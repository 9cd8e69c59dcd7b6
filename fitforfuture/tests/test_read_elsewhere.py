"""Export rows read by a second process while the first writes the file."""

import itertools
import multiprocessing
import os
import threading

import pytest

from django.db import transaction

from fitforfuture.exports import ROW_BATCH, ExportError, read_elsewhere


def readers_process_id(rows: int = 1):
    """Rows that say which process made them."""
    for number in range(rows):
        yield [os.getpid(), number]


def test_rows_come_from_another_process_in_order_and_whole_batches_or_not(one_thread):
    count = ROW_BATCH * 2 + 7  # two full batches and a part
    rows = list(read_elsewhere(readers_process_id(count)))
    assert [number for _, number in rows] == list(range(count))
    assert {reader for reader, _ in rows} != {os.getpid()}
    assert not multiprocessing.active_children()


def test_text_numbers_and_none_arrive_exactly_as_they_were_made(one_thread):
    made = [["FFF-ABCD-2345", "", None, 3, 2.5, "שלום 👋\u200b", "\0nul", "=1+1", "line\nbreak"]]
    assert list(read_elsewhere(iter(made))) == made


def test_no_rows_is_an_empty_export(one_thread):
    assert list(read_elsewhere(iter([]))) == []


def test_a_failure_while_reading_is_raised_here_with_what_went_wrong(one_thread):
    def broken():
        yield ["first"]
        raise ValueError("the answers could not be read")

    with pytest.raises(ExportError, match="ValueError: the answers could not be read"):
        list(read_elsewhere(broken()))
    assert not multiprocessing.active_children()


def test_a_reader_that_dies_is_an_error_not_a_short_export(one_thread):
    def killed():
        yield ["first"]
        os._exit(3)

    with pytest.raises(ExportError, match="exit code 3"):
        list(read_elsewhere(killed()))


def test_stopping_early_stops_the_reader(one_thread):
    rows = read_elsewhere([n] for n in itertools.count())
    assert next(rows) == [0]
    rows.close()
    assert not multiprocessing.active_children()


def test_rows_are_read_here_inside_a_transaction(one_thread, db):
    # A second connection would not see rows written in this transaction and not yet committed.
    with transaction.atomic():
        rows = list(read_elsewhere(readers_process_id()))
    assert rows == [[os.getpid(), 0]]


def test_rows_are_read_here_on_one_core(one_thread, monkeypatch):
    monkeypatch.setattr("fitforfuture.exports._cores", lambda: 1)
    assert list(read_elsewhere(readers_process_id())) == [[os.getpid(), 0]]


def test_rows_are_read_here_while_other_threads_run():
    # A forked child would get this thread only, with any lock another thread holds locked for ever.
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert list(read_elsewhere(readers_process_id())) == [[os.getpid(), 0]]
    finally:
        release.set()
        other.join()
