from django.urls import path

from . import feeds, views
from .cache import cached_page

app_name = "postings"

urlpatterns = [
    path("", cached_page(views.PostingListView.as_view()), name="list"),
    path("jobs/<slug:slug>/", cached_page(views.PostingDetailView.as_view()), name="detail"),
    path("companies/<slug:slug>/", cached_page(views.CompanyDetailView.as_view()), name="company"),
    path("feed/", cached_page(feeds.SearchFeed()), name="feed"),
    path("deadlines.ics", cached_page(feeds.deadlines_ics), name="deadlines"),
]
