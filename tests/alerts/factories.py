import factory
from django.utils import timezone

from alerts.models import Frequency, Subscription


class SubscriptionFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@kommune.example")
    kinds = factory.LazyFunction(lambda: ["practice", "dossier", "article", "meeting"])
    frequency = Frequency.IMMEDIATE
    confirmed_at = factory.LazyFunction(lambda: timezone.now())

    class Meta:
        model = Subscription
        skip_postgeneration_save = True

    @factory.post_generation
    def cities(self, create, extracted, **kwargs):
        if create and extracted:
            self.cities.set(extracted)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
