"""Sign-language videos: uploaded as media, played by the browser's own
element with captions, the full text below. The test video is ffmpeg's
colour bars, never presented as sign language."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection, GroupCollectionPermission

from accessibility.models import Video
from practices.permissions import NETWORK_EDITORS
from tests.accessibility.factories import (
    CAPTIONS,
    SignLanguagePageFactory,
    make_video,
)
from tests.factories import PracticeIndexPageFactory


def video_block(video=None):
    return {
        "type": "video",
        "value": {
            "heading": "Das Portal kurz vorgestellt",
            "video": video.pk if video else None,
            "transcript": "<p>Willkommen im Praxisportal.</p>",
        },
    }


def soup_of(client, page):
    return BeautifulSoup(client.get(page.url).content, "html.parser")


def test_video_plays_in_the_browsers_own_player_with_captions(
    client, home_page, media_root, test_video
):
    video = make_video(test_video)
    page = SignLanguagePageFactory(parent=home_page, body=[video_block(video)])

    soup = soup_of(client, page)
    element = soup.select_one(".sign-video video")
    assert element.has_attr("controls")
    assert not element.has_attr("autoplay")
    assert element.select_one("source")["src"] == video.file.url
    assert element.select_one("source")["type"] == "video/mp4"
    track = element.select_one("track")
    assert (track["kind"], track["srclang"], track["label"]) == (
        "captions",
        "de",
        "Deutsch",
    )
    assert track["src"] == video.captions.url
    assert not soup.select("iframe, script[src*='player']")


def test_the_full_text_stands_under_the_video(
    client, home_page, media_root, test_video
):
    page = SignLanguagePageFactory(
        parent=home_page, body=[video_block(make_video(test_video))]
    )
    section = soup_of(client, page).select_one(".sign-video")
    transcript = section.select_one(".sign-video__transcript")
    assert transcript.h3.get_text() == "Text zum Video"
    assert transcript.get_text(" ", strip=True).endswith("Willkommen im Praxisportal.")
    assert section.select_one("video")["aria-describedby"] == transcript["id"]


def test_without_a_video_the_page_says_it_follows(client, home_page):
    page = SignLanguagePageFactory(parent=home_page, body=[video_block()])
    soup = soup_of(client, page)
    assert not soup.select("video")
    assert soup.select_one(".callout").get_text(strip=True) == "Die Videos folgen."
    pending = soup.select_one(".sign-video__pending").get_text(strip=True)
    assert pending == "Das Video zu diesem Thema folgt."


def upload(admin_client, name, content, captions=None):
    data = {
        "title": "Testbild",
        "file": SimpleUploadedFile(name, content),
        "collection": Collection.get_first_root_node().pk,
        "duration": "1",
        "tags": "",
    }
    if captions is not None:
        data["captions"] = SimpleUploadedFile("untertitel.vtt", captions)
    return admin_client.post("/admin/media/video/add/", data)


def test_editors_upload_an_mp4_with_webvtt_captions(
    admin_client, media_root, test_video
):
    response = upload(admin_client, "testbild.mp4", test_video, CAPTIONS.encode())

    assert response.status_code == 302
    video = Video.objects.get()
    assert (video.type, video.file_extension) == ("video", "mp4")
    assert video.captions.read().decode().startswith("WEBVTT")


@pytest.mark.parametrize(
    ("name", "content"),
    [("testbild.mp4", b"MZ\x90\x00 kein Video"), ("testbild.avi", b"RIFF....AVI ")],
)
def test_anything_but_mp4_or_webm_is_refused(admin_client, media_root, name, content):
    response = upload(admin_client, name, content)

    assert response.status_code == 200
    assert not Video.objects.exists()
    errors = BeautifulSoup(response.content, "html.parser").get_text()
    assert "MP4 oder WebM" in errors


def test_captions_that_are_not_webvtt_are_refused(admin_client, media_root, test_video):
    srt = b"1\n00:00:00,000 --> 00:00:01,000\nSubRip\n"
    response = upload(admin_client, "testbild.mp4", test_video, srt)

    assert response.status_code == 200
    assert not Video.objects.exists()
    assert "keine WebVTT-Datei" in response.content.decode()


def test_network_editors_may_upload_videos_and_handle_reports(home_page):
    PracticeIndexPageFactory(parent=home_page)  # makes the network editors' group
    group = Group.objects.get(name=NETWORK_EDITORS)

    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"view_barrierreport", "change_barrierreport"} <= codenames
    media = GroupCollectionPermission.objects.filter(
        group=group,
        collection=Collection.get_first_root_node(),
        permission__content_type__app_label="wagtailmedia",
    )
    assert set(media.values_list("permission__codename", flat=True)) == {
        "add_media",
        "change_media",
    }
