from django.db import models

__all__ = ["HttpsURLField"]


class HttpsURLField(models.URLField):
    """A URL field whose forms read "example.org" as https://example.org.

    Django 5.2 warns that its forms assume http until 6.0, and its transitional
    setting warns as well; Wagtail's own admin forms pass https already, but
    forms built from the model alone (the image form) do not.
    """

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})

    def deconstruct(self):
        # Migrations keep Django's field: only the form differs.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.URLField", args, kwargs
