"""Sign-language videos: wagtailmedia's media item with a WebVTT captions file."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtailmedia.models import AbstractMedia

__all__ = ["Video"]


class Video(AbstractMedia):
    """A video for the `<video>` element: MP4 or WebM, with captions."""

    captions = models.FileField(
        _("Untertitel (WebVTT)"),
        upload_to="media_captions",
        blank=True,
        help_text=_(
            "Eine Untertiteldatei im Format WebVTT (.vtt, UTF-8). Sie wird im "
            "Video als Untertitel „Deutsch“ angeboten."
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        "captions",
        "collection",
        "duration",
        "width",
        "height",
        "thumbnail",
        "tags",
    )

    class Meta:
        verbose_name = _("Video")
        verbose_name_plural = _("Videos")

    @property
    def mime_type(self):
        return "video/webm" if self.file_extension.lower() == "webm" else "video/mp4"
