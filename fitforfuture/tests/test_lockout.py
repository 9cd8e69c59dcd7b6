"""Repeated failed sign-ins to the admin lock the account out for that address."""

from home.factories import UserFactory


def test_five_wrong_passwords_lock_out_even_the_right_one(client, home_page):
    user = UserFactory(username="editor", groups=["Editors"])
    for _ in range(5):
        failed = client.post("/admin/login/", {"username": "editor", "password": "wrong password"})
        assert failed.status_code in (200, 429)
    locked = client.post("/admin/login/", {"username": "editor", "password": "correct horse battery staple"})
    assert locked.status_code == 429
    assert b"Too many failed sign-in attempts" in locked.content
    assert "_auth_user_id" not in client.session
    assert user.is_active


def test_a_correct_password_signs_in_normally(client, home_page):
    UserFactory(username="lead", groups=["Engagement leads"])
    response = client.post("/admin/login/", {"username": "lead", "password": "correct horse battery staple"})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session
