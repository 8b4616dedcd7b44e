"""API serializers of dossier values that are not model fields."""

from rest_framework import serializers

from core.serializers import absolute_url

__all__ = ["DossierPdfSerializer", "EmbeddedPracticeSerializer"]


class DossierPdfSerializer(serializers.Serializer):
    url = serializers.SerializerMethodField()
    size = serializers.IntegerField()
    format = serializers.CharField(source="format_label")

    def get_url(self, download):
        return absolute_url(self.context.get("request"), download.url)


class EmbeddedPracticeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    city = serializers.CharField(source="city.name", default=None)
    html_url = serializers.SerializerMethodField()

    def get_html_url(self, practice):
        return practice.get_full_url(self.context.get("request"))
