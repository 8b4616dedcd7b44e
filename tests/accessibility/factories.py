import subprocess

import factory
import wagtail_factories
from django.core.files.base import ContentFile

from accessibility.models import (
    AccessibilityStatementPage,
    EasyLanguagePage,
    SignLanguagePage,
    Video,
)

CAPTIONS = (
    "WEBVTT\n\n"
    "00:00:00.000 --> 00:00:01.500\n"
    "Testuntertitel: Ein Farbbalken, kein Inhalt.\n"
)


def make_test_video(path, extension="mp4", seconds=1):
    """Colour bars (ffmpeg's test source), never sign language."""
    codec = ["-c:v", "libvpx"] if extension == "webm" else ["-pix_fmt", "yuv420p"]
    target = path / f"testbild.{extension}"
    subprocess.run(  # noqa: S603 - fixed arguments
        [  # noqa: S607 - Debian's ffmpeg on the PATH
            "ffmpeg",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"testsrc=size=160x90:rate=10:duration={seconds}",
            *codec,
            str(target),
        ],
        check=True,
    )
    return target.read_bytes()


class EasyLanguagePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leichte Sprache {n}")
    intro = "Hier steht ein kurzer Satz.\nHier steht noch ein Satz."
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = EasyLanguagePage


class SignLanguagePageFactory(wagtail_factories.PageFactory):
    title = "Gebärdensprache"
    slug = "gebaerdensprache"
    notice = "Die Videos folgen."
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = SignLanguagePage


class StatementPageFactory(wagtail_factories.PageFactory):
    title = "Erklärung zur Barrierefreiheit"
    slug = "barrierefreiheit"
    intro = "Diese Erklärung gilt für das Praxisportal."
    arbitration_text = "<p>Schlichtungsverfahren nach § 16 BGG.</p>"

    class Meta:
        model = AccessibilityStatementPage


def make_video(
    video_bytes, captions=CAPTIONS, title="Testbild ohne Gebärden", extension="mp4"
):
    video = Video(title=title, type="video", width=160, height=90, duration=1)
    video.file.save(f"testbild.{extension}", ContentFile(video_bytes), save=False)
    if captions:
        video.captions.save("testbild.vtt", ContentFile(captions.encode()), save=False)
    video.save()
    return video
