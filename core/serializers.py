"""Serializers the content apps use in their `api_fields` (Wagtail API v2).

Field names here are part of the public interface documented in the README:
rename nothing without a new API version.
"""

from rest_framework import serializers
from wagtail.api.utils import get_full_url

__all__ = [
    "CitySerializer",
    "ContactSerializer",
    "PersonSerializer",
    "TagSerializer",
    "absolute_url",
]


def absolute_url(request, url):
    """Like the API's own URLs: WAGTAILAPI_BASE_URL or the site's root URL."""
    return get_full_url(request, url) if url else None


class TagSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()


class CitySerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()
    federal_state = serializers.CharField()
    federal_state_name = serializers.CharField(source="get_federal_state_display")
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()
    website = serializers.URLField()
    member_since = serializers.IntegerField()
    html_url = serializers.SerializerMethodField()

    def get_html_url(self, city):
        page = getattr(city, "page", None)
        if page is None or not page.live:
            return None
        return page.get_full_url(self.context.get("request"))


class PersonSerializer(serializers.Serializer):
    """A person's public role; email and phone only where they consented."""

    name = serializers.CharField(source="full_name")
    role = serializers.CharField()
    organisation = serializers.CharField()
    city = serializers.CharField(source="city.name", default=None)

    def to_representation(self, person):
        data = super().to_representation(person)
        if person.public_contact:
            data["email"] = person.email or None
            data["phone"] = person.phone or None
        return data


class ContactSerializer(serializers.Serializer):
    """An ordered contact link (PracticeContact, CityContact) as its person."""

    def to_representation(self, link):
        return PersonSerializer(link.person, context=self.context).data
