"""Answering on one page stays cheap: the form, the POST and the confirmation run few queries."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from consultations.tests.test_answering import consultation_index, miu, one_page_answers  # noqa: F401


import traceback
WHERE = []
def _wrap(execute, sql, params, many, context):
    frames = [f for f in traceback.extract_stack() if "/work/main/" in f.filename and "/.venv/" not in f.filename and "test_answering_cost" not in f.filename]
    WHERE.append((sql[:90], [f"{f.filename.split('/work/main/')[1]}:{f.lineno}" for f in frames[-3:]]))
    return execute(sql, params, many, context)
def count(fn):
    WHERE.clear()
    with CaptureQueriesContext(connection) as captured, connection.execute_wrapper(_wrap):
        response = fn()
    for w in WHERE: print("     ", w[1], w[0][:60])
    return response, captured


def test_print_counts(client, miu, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        r, q = count(lambda: client.get(f"{miu.url}respond/1/"))
        print("GET form", r.status_code, len(q))
    data = one_page_answers(miu)
    r, q = count(lambda: client.post(f"{miu.url}respond/1/", data))
    print("POST", r.status_code, len(q))
    loc = r["Location"]
    r, q = count(lambda: client.get(loc))
    print("confirm", r.status_code, len(q))
    r, q = count(lambda: client.get(miu.url))
    print("overview", r.status_code, len(q))
