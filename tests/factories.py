import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from postings.models import Company, Location, Posting, ResearchArea


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Company {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location
        django_get_or_create = ["city", "region", "country"]

    city = "Melbourne"
    region = "VIC"
    country = "AU"


class ResearchAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ResearchArea
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))


class PostingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Posting
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Applied Scientist Intern {n}")
    slug = factory.Sequence(lambda n: f"posting-{n}")
    company = factory.SubFactory(CompanyFactory)
    description = "Work on machine learning research.\n\n- Build models\n- Publish papers"
    is_internship = True
    posted_on = factory.LazyFunction(lambda: timezone.localdate() - dt.timedelta(days=1))

    @factory.post_generation
    def locations(self, create, extracted, **kwargs):
        if not create:
            return
        self.locations.set(extracted if extracted is not None else [LocationFactory()])

    @factory.post_generation
    def research_areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.research_areas.set(extracted)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    is_staff = True
    password = factory.django.Password("correct horse battery staple")


class RecruiterFactory(UserFactory):
    """A staff user in the Recruiters group managing `companies` (run setup_roles first)."""

    @factory.post_generation
    def companies(self, create, extracted, **kwargs):
        if not create:
            return
        from django.contrib.auth.models import Group

        from postings.permissions import RECRUITERS

        self.groups.add(Group.objects.get(name=RECRUITERS))
        for company in extracted or []:
            company.recruiters.add(self)
