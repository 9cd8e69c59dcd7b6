"""Browser test harness: the demo site served on 127.0.0.1 and driven by headless Chromium.

What it gives a test:

* ``demo_server``: the demo content, loaded once per session, served by a threaded live server.
* ``page``: a fresh browser context and page at phone width (390x844), pointed at the demo server.
  Any JavaScript error the page logs fails the test.
* ``open_page``: the same, at any viewport (``open_page(DESKTOP)`` for 1280x800); ``desktop_page``.
* ``assert_no_axe_violations(page)``: axe-core, WCAG 2.2 AA rules; a failure lists each violation
  with the elements to fix.
* ``tab_to(page, selector)`` and ``focused_element(page)``: keyboard-only journeys.

Browser tests get a ``db`` of their own (see below): what they write is committed, not rolled
back, and so is the demo content. So every test marked ``browser`` runs after all the others
(see ``pytest_collection_modifyitems``).
"""

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, ConsoleMessage, Error, Page, expect, sync_playwright

from django.conf import settings
from django.core.management import call_command
from django.db import connection

HERE = Path(__file__).resolve().parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Belt and braces: the browser can reach the test server and nothing else.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}

# axe-core rule tags for WCAG 2.2 level AA (axe files each rule under the version that added it).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}

# The NHS.UK frontend CSS names its fonts on assets.nhs.uk; our Content Security Policy blocks
# them on purpose (the site falls back to Arial), so those console errors are expected.
IGNORED_CONSOLE_ERRORS = ("assets.nhs.uk",)

# NHS.UK frontend reports a component it cannot start (a missing target, say) with console.log.
NHSUK_FRONTEND_ERROR = re.compile(r"\b(NHSUKFrontendError|SupportError|ElementError|ConfigError|InitError)\b")

JS_ERRORS = pytest.StashKey[list[str]]()

# The database named by the settings, before pytest-django swaps in the test database: the demo
# content must never be loaded into it.
CONFIGURED_DATABASE = str(settings.DATABASES["default"]["NAME"])


# Ordering --------------------------------------------------------------------------------------


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run browser tests last: the demo content they load stays in the database.

    Without Chromium they are skipped here, before the test database and demo content are built
    for nothing; with REQUIRE_BROWSER=1 they run, and the ``browser`` fixture fails them.
    """
    skip = None
    if not CHROMIUM.exists() and not browser_required():
        skip = pytest.mark.skip(reason=chromium_missing())
    for item in items:
        # A test module here that forgets ``pytestmark = pytest.mark.browser`` still runs last.
        if HERE in item.path.parents and item.get_closest_marker("browser") is None:
            item.add_marker(pytest.mark.browser)
        if skip and item.get_closest_marker("browser"):
            item.add_marker(skip)
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


def browser_required() -> bool:
    return os.environ.get("REQUIRE_BROWSER") == "1"


def chromium_missing() -> str:
    return f"Chromium is not installed at {CHROMIUM}: run `make browser` to install it."


# Database and server ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_server(django_db_setup, django_db_blocker):
    """The demo site, loaded once into the test database and served on 127.0.0.1."""
    from pytest_django.live_server_helper import LiveServer

    if str(connection.settings_dict["NAME"]) == CONFIGURED_DATABASE:
        pytest.fail(f"Refusing to load the demo content into {CONFIGURED_DATABASE}: the test database is not set up.")
    with django_db_blocker.unblock():
        restore_wagtail_bootstrap()
        call_command("load_demo_content", "--skip-index", verbosity=0)
        call_command("update_index", verbosity=0)
    server = LiveServer("127.0.0.1:0")
    yield server
    server.stop()


def restore_wagtail_bootstrap() -> None:
    """Put back the rows migrations insert (locale, root collection, root page, staff groups).

    A ``transaction=True`` test earlier in the session flushes every table, and these with them.
    """
    from fitforfuture.testing import restore_bootstrap_data

    restore_bootstrap_data()


@pytest.fixture(autouse=True)
def db(django_db_setup, django_db_blocker) -> Iterator[None]:
    """Open the test database to the live server thread while a browser test runs.

    This replaces pytest-django's ``db`` for browser tests: no transaction is wrapped around the
    test, because the server (a thread, or its own connection on PostgreSQL) must see committed
    data and run on-commit hooks such as sending email. The name matters too: a test that uses
    ``db`` makes pytest-django create the test database, even when only browser tests are run.
    """
    with django_db_blocker.unblock():
        yield


# Browser ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        if browser_required():
            pytest.fail(f"REQUIRE_BROWSER=1 but {chromium_missing()}", pytrace=False)
        pytest.skip(chromium_missing())
    # Playwright's sync API keeps an asyncio loop running on this thread, which makes Django refuse
    # ORM calls from tests and fixtures ("You cannot call this from an async context"). Nothing
    # runs concurrently on this thread, so allow them while the browser is up.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


def _is_ignored(message: ConsoleMessage, page: Page) -> bool:
    where = message.location.get("url", "") if message.location else ""
    if message.text.startswith("Failed to load resource") and where == page.url:
        return True  # the page's own status (such as 404 for a missing page): tests check it themselves
    return any(marker in message.text or marker in where for marker in IGNORED_CONSOLE_ERRORS)


@pytest.fixture
def open_page(request, browser, demo_server) -> Iterator[Callable[..., Page]]:
    """Open a new page, in its own browser context, at the given viewport (phone by default)."""
    errors = request.node.stash.setdefault(JS_ERRORS, [])
    contexts = []

    def _open(viewport: dict | None = None) -> Page:
        context = browser.new_context(viewport=viewport or PHONE, base_url=demo_server.url, locale="en-GB")
        context.set_default_timeout(10_000)
        contexts.append(context)
        new_page = context.new_page()

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error" and not _is_ignored(message, new_page):
                errors.append(f"console error on {new_page.url}: {message.text}")
            elif message.type != "error" and NHSUK_FRONTEND_ERROR.search(message.text):
                errors.append(f"NHS.UK frontend error on {new_page.url}: {message.text}")

        def on_page_error(error: Error) -> None:
            errors.append(f"uncaught exception on {new_page.url}: {error.message}")

        new_page.on("console", on_console)
        new_page.on("pageerror", on_page_error)
        return new_page

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page) -> Page:
    """A fresh page at phone width (390x844): the site is built phone first."""
    return open_page(PHONE)


@pytest.fixture
def desktop_page(open_page) -> Page:
    """A fresh page at desktop width (1280x800)."""
    return open_page(DESKTOP)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """Fail a browser test whose pages logged JavaScript errors, even if its assertions passed."""
    result = yield
    errors = item.stash.get(JS_ERRORS, [])
    if errors:
        pytest.fail("The page logged JavaScript errors:\n" + "\n".join(f"  - {error}" for error in errors))
    return result


# Accessibility ---------------------------------------------------------------------------------


def axe_report(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"\n[{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  - target: {', '.join(str(part) for part in node['target'])}")
            lines.append(f"    html:   {' '.join(node['html'].split())[:300]}")
            if node.get("failureSummary"):
                summary = " ".join(node["failureSummary"].split())
                lines.append(f"    why:    {summary[:400]}")
    return "\n".join(lines)


def assert_no_axe_violations(page: Page) -> None:
    """Run axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on the page as it is now."""
    results = Axe().run(page, options=AXE_OPTIONS)
    violations = results.response["violations"]
    assert not violations, (
        f"{len(violations)} accessibility violation(s) on {page.url} at "
        f"{page.viewport_size['width']}x{page.viewport_size['height']}:" + axe_report(violations)
    )


# Keyboard -----------------------------------------------------------------------------------------


def focused_element(page: Page) -> str:
    """A short description of the element that has focus, for assertion messages."""
    return page.evaluate(
        """() => {
            const e = document.activeElement;
            if (!e || e === document.body) return "(nothing)";
            const name = (e.getAttribute("aria-label") || e.textContent || e.value || "").trim();
            const id = e.id ? "#" + e.id : "";
            const href = e.getAttribute("href") ? " href=" + e.getAttribute("href") : "";
            return `<${e.tagName.toLowerCase()}${id}${href}> ${name.replace(/\\s+/g, " ").slice(0, 50)}`;
        }"""
    )


def tab_to(page: Page, selector: str, *, limit: int = 80) -> list[str]:
    """Press Tab until the element matching ``selector`` has focus; return the stops on the way."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement?.matches(selector) ?? false", selector):
            return stops
        stops.append(focused_element(page))
    raise AssertionError(f"{selector} was not reached in {limit} presses of Tab. Focus went:\n  " + "\n  ".join(stops))


# Staff ------------------------------------------------------------------------------------------

STAFF_PASSWORD = "correct horse battery staple"  # home.factories.UserFactory's


def sign_in_to_admin(page: Page, username: str, password: str = STAFF_PASSWORD) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.keyboard.press("Enter")


@pytest.fixture
def engagement_lead(db) -> Iterator:
    """A member of staff in the Engagement leads group, signed in by sign_in_to_admin()."""
    from home.factories import UserFactory

    user = UserFactory(username="browser-engagement-lead", groups=["Engagement leads"])
    yield user
    user.delete()


def sign_in_as(page: Page, user) -> None:
    sign_in_to_admin(page, user.username)
    expect(page).to_have_url(re.compile(r"/admin/$"))
