from django.urls import path

from subscriptions import views

app_name = "subscriptions"
urlpatterns = [
    path("", views.near_me, name="near_me"),
    path("consultation/<int:page_id>/", views.response_alert, name="response_alert"),
    path("check-your-email/", views.check_email, name="check_email"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("change/<str:token>/", views.manage, name="manage"),
]
