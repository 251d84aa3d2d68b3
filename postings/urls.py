from django.urls import path

from . import feeds, views

app_name = "postings"

urlpatterns = [
    path("", views.PostingListView.as_view(), name="list"),
    path("jobs/<slug:slug>/", views.PostingDetailView.as_view(), name="detail"),
    path("companies/<slug:slug>/", views.CompanyDetailView.as_view(), name="company"),
    path("feed/", feeds.SearchFeed(), name="feed"),
    path("deadlines.ics", feeds.deadlines_ics, name="deadlines"),
]
