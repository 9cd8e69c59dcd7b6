"""Each staff group reaches what its role needs and nothing more."""

import pytest

from django.contrib.auth.models import Group

from home.factories import NewsletterSubscriptionFactory, StandardPageFactory, UserFactory

SUBSCRIBERS_URL = "/admin/snippets/home/newslettersubscription/"
FAQS_URL = "/admin/snippets/home/faq/"


@pytest.fixture
def subscriber(db):
    return NewsletterSubscriptionFactory(email="resident@example.org")


def login_as(client, group_name):
    user = UserFactory(groups=[group_name])
    client.force_login(user)
    return user


def test_the_three_staff_groups_exist_with_exact_names(db):
    assert {"Editors", "Engagement leads", "Councillors"} <= set(Group.objects.values_list("name", flat=True))


def test_editors_can_edit_and_publish_pages_but_never_see_subscribers(client, home_page, subscriber):
    page = StandardPageFactory(parent=home_page)
    user = login_as(client, "Editors")
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert page.permissions_for_user(user).can_publish()
    assert client.get(FAQS_URL).status_code == 200
    response = client.get(SUBSCRIBERS_URL)
    assert response.status_code in (302, 403)
    assert b"resident@example.org" not in response.content


def test_engagement_leads_see_newsletter_subscribers(client, home_page, subscriber):
    login_as(client, "Engagement leads")
    response = client.get(SUBSCRIBERS_URL)
    assert response.status_code == 200
    assert b"resident@example.org" in response.content


def test_councillors_sign_in_but_cannot_edit_pages_or_see_personal_data(client, home_page, subscriber):
    page = StandardPageFactory(parent=home_page)
    user = login_as(client, "Councillors")
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403)
    assert not page.permissions_for_user(user).can_edit()
    assert client.get(SUBSCRIBERS_URL).status_code in (302, 403)
    assert client.get(FAQS_URL).status_code in (302, 403)


def test_people_outside_the_groups_cannot_reach_the_admin(client, db):
    client.force_login(UserFactory())
    assert client.get("/admin/").status_code == 302
