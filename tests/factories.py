import datetime as dt

import factory
from django.utils import timezone

from postings.models import Company, Location, Posting


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
