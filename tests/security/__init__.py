"""Hostile input for the security tests: strategies, and checks on what comes back.

Every payload that could become markup carries a `data-probe` attribute (or is a script that
says `probe`), so a page that rendered it unescaped is found by parsing the page, whatever
else the payload does.
"""

import csv
import io
from urllib.parse import quote, quote_from_bytes

from bs4 import BeautifulSoup
from hypothesis import strategies as st
from openpyxl import load_workbook

MARKUP = [
    "<script data-probe>alert('probe')</script>",
    '<img src=x onerror="alert(1)" data-probe>',
    '"><svg onload=alert(1) data-probe>',
    "'><b data-probe>bold</b>",
    '<a href="javascript:alert(1)" data-probe>link</a>',
    "</textarea><i data-probe>out of the box</i>",
    '<iframe data-probe srcdoc="<script>alert(1)</script>"></iframe>',
    "<style data-probe>body{display:none}</style>",
    "{{ request.META }}{% debug %}",
    "<!--<b data-probe>-->",
]
FORMULAS = [
    '=HYPERLINK("http://example.com","click")',
    "=1+1",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
]
# Right-to-left override, zero-width joiners and spaces, byte order mark, emoji with
# modifiers, combining marks, a NUL and other control characters.
ODD_CHARACTERS = [
    "\u202e",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u2066",
    "مرحبا",
    "שלום",
    "👩🏽‍⚕️",
    "🏥",
    "e\u0301",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\u2028",
    "ﷺ",
]

unicode_text = st.lists(
    st.one_of(st.text(max_size=30), st.sampled_from(ODD_CHARACTERS)),
    max_size=8,
).map("".join)
markup_text = st.tuples(unicode_text, st.sampled_from(MARKUP), unicode_text).map("".join)
formula_text = st.tuples(st.sampled_from(FORMULAS), unicode_text).map("".join)
hostile_text = st.one_of(unicode_text, markup_text, formula_text)
# About a megabyte once form-encoded, as a browser sends it, whatever the character: more
# than any field accepts, less than the request size limit (which answers 400, tested apart).
oversized_text = st.sampled_from(["a", "é", "😀", "<b data-probe>"]).map(
    lambda c: c * (1_000_000 // len(quote(c, safe="")))
)
# Lone surrogates cannot be encoded as UTF-8, so no client sends them as text; what a
# broken client can send is the bytes that would encode them, or any other invalid UTF-8.
invalid_utf8 = st.one_of(
    st.sampled_from([b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xff\xfe", b"\xc0\xaf", b"\x80"]),
    st.binary(max_size=40),
)


def form_encoded(pairs: list[tuple[str, str | bytes]]) -> str:
    """An application/x-www-form-urlencoded body, with byte values sent as they are (even if not UTF-8)."""
    encoded = []
    for name, value in pairs:
        raw = value if isinstance(value, bytes) else value.encode("utf-8")
        encoded.append(f"{quote_from_bytes(name.encode())}={quote_from_bytes(raw)}")
    return "&".join(encoded)


def injected_markup(content: bytes | str) -> list[str]:
    """Elements and attributes in a page that came from a payload rather than from the site."""
    soup = BeautifulSoup(content, "html.parser")
    found = [str(tag)[:120] for tag in soup.select("[data-probe]")]
    found += [str(tag)[:120] for tag in soup.find_all(attrs={"onerror": True})]
    found += [str(tag)[:120] for tag in soup.find_all(attrs={"onload": True})]
    found += [str(tag)[:120] for tag in soup.find_all("script") if "probe" in tag.get_text()]
    found += [str(tag)[:120] for tag in soup.find_all(href=lambda href: href and href.startswith("javascript:"))]
    return found


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_formula_cells(content: bytes) -> list[str]:
    """Cells of a CSV export that spreadsheet software would run as a formula."""
    text = content.decode("utf-8").removeprefix("\ufeff")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row if cell.startswith(FORMULA_STARTS)]


def xlsx_formula_cells(content: bytes) -> list[str]:
    """Cells of an XLSX export that are formulas, or text that would become one if retyped."""
    sheet = load_workbook(io.BytesIO(content)).active
    found = []
    for row in sheet.iter_rows():
        for cell in row:
            value = cell.value
            if cell.data_type == "f" or (isinstance(value, str) and value.startswith(FORMULA_STARTS)):
                found.append(repr(value)[:120])
    return found


FORM_ENCODED = "application/x-www-form-urlencoded"
MAX_STEPS = 12
Value = str | bytes


def post_form(page):
    soup = BeautifulSoup(page.content, "html.parser")
    main = soup.find("main") or soup
    return main.find("form", method=lambda method: method and method.lower() == "post")


def fill(form, values: dict[str, list[Value]]) -> list[tuple[str, Value]]:
    """What a person sends from this form: our values by field name, else what a careful person picks."""
    data: list[tuple[str, Value]] = []
    seen: set[str] = set()
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or name in seen:
            continue
        kind = (field.get("type") or "").lower()
        if field.name == "input" and kind in {"submit", "button"}:
            continue
        seen.add(name)
        if name in values:
            data += [(name, value) for value in values[name]]
        elif kind == "hidden":
            data.append((name, field.get("value", "")))
        elif name == "consent":
            data.append((name, "on"))
        elif kind == "radio" and field.get("value"):
            data.append((name, field["value"]))  # the first option, so required questions are answered
    return data


def start_link(page, consultation):
    """The consultation's own link to start answering (not one to a translation)."""
    return BeautifulSoup(page.content, "html.parser").select_one(f'main a[href^="{consultation.url}respond"]')


def answer(client, consultation, values: dict[str, list[Value]], *, until=None) -> list:
    """Walk the answering journey with these values; every page seen on the way, in order.

    With `until` (a test on a form), stop at the first form it accepts, without sending it:
    the last page seen is then the one showing that form.
    """
    page = client.get(consultation.url)
    start = start_link(page, consultation)
    url = start["href"]
    seen = [page]
    page = client.get(url)
    for _ in range(MAX_STEPS):
        seen.append(page)
        if page.status_code in (301, 302, 303):
            url = page["Location"]
            page = client.get(url)
            continue
        form = post_form(page) if page.status_code == 200 else None
        if form is None or (until is not None and until(form)):
            break
        body = form_encoded(fill(form, values))
        answered = client.post(form.get("action") or url, body, content_type=FORM_ENCODED)
        if answered.status_code not in (301, 302, 303):
            seen.append(answered)  # the form again, with its errors (or a page that ends the journey)
            break
        page = answered
    return seen


def assert_safe(*pages) -> None:
    """No page is a server error, and no HTML page carries markup that someone typed."""
    for page in pages:
        assert page.status_code < 500
        if page.get("Content-Type", "").startswith("text/html"):
            assert injected_markup(page.content) == []


def staff_client(user):
    """A test client signed in as `user`."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client
