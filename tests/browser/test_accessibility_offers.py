"""Leichte Sprache, Gebärdensprache and the barrier report in a real browser:
axe at desktop and phone width, the entry points in the phone menu, a video
played by keyboard with its captions, and a report sent."""

import pytest
from django.conf import settings
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import Page

from accessibility.models import SignLanguagePage, Video
from tests.accessibility.factories import CAPTIONS, make_test_video, make_video
from tests.browser.conftest import run_axe, screenshot
from tests.browser.test_accessibility import PAGES

# The same pages are in test_accessibility.PAGES: axe at 1280 px there, the
# page-structure checks, and screenshots. Here: axe at a phone's width.
OFFER_PAGES = [
    (name, path)
    for name, path in PAGES
    if name.startswith(("easy-language", "sign-language", "barrier-report"))
    or name in ("accessibility-statement", "search-easy-language")
]
PLAYING = """v => new Promise((resolve, reject) => {
    const check = () => v.currentTime > 0.3 && resolve(true);
    v.addEventListener("timeupdate", check);
    check();
    setTimeout(() => reject(new Error("Das Video spielt nicht.")), 10000);
})"""
CAPTIONS_LOADED = """v => new Promise((resolve, reject) => {
    const track = v.querySelector("track");
    if (track.readyState === 2) return resolve(true);
    track.addEventListener("load", () => resolve(true));
    track.addEventListener("error", () => reject(new Error("Untertitel fehlen.")));
    setTimeout(() => reject(new Error("Untertitel laden nicht.")), 10000);
})"""
PAUSED = """v => new Promise((resolve, reject) => {
    if (v.paused) return resolve(true);
    v.addEventListener("pause", () => resolve(true));
    setTimeout(() => reject(new Error("Das Video hält nicht an.")), 10000);
})"""
MEDIA_TYPES = {".webm": "video/webm", ".mp4": "video/mp4", ".vtt": "text/vtt"}


@pytest.mark.parametrize(("name", "path"), OFFER_PAGES)
def test_offer_pages_have_no_axe_violations_on_a_phone(page, visit, name, path):
    page.set_viewport_size({"width": 390, "height": 900})
    visit(path)
    assert run_axe(page) == []
    page.screenshot(path=screenshot_path(f"{name}-390"), full_page=True)


def screenshot_path(name):
    from tests.browser.conftest import SCREENSHOT_DIR

    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR / f"{name}.png"


def test_phone_menu_offers_both_entry_points(page, demo_site):
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(demo_site + "/praxis/")
    header_links = page.locator(".site-header .access-links")
    expect(header_links).to_be_hidden()
    page.get_by_text("Menü", exact=False).first.click()
    menu = page.locator(".main-nav__list")
    expect(menu.get_by_role("link", name="Leichte Sprache")).to_be_visible()
    expect(menu.get_by_role("link", name="Gebärdensprache")).to_be_visible()
    page.screenshot(path=screenshot_path("phone-menu-entry-points"))
    menu.get_by_role("link", name="Leichte Sprache").click()
    expect(page.locator("h1")).to_have_text("Das Praxis-Portal in Leichter Sprache")


def serve_media(page):
    """The live server runs without DEBUG, which alone serves /media/."""

    def fulfil(route):
        path = route.request.url.split(settings.MEDIA_URL, 1)[1].split("?")[0]
        file = settings.MEDIA_ROOT / path
        if not file.is_file():
            return route.fulfill(status=404)
        content_type = MEDIA_TYPES.get(file.suffix, "application/octet-stream")
        return route.fulfill(path=file, content_type=content_type)

    page.route(f"**{settings.MEDIA_URL}**", fulfil)


@pytest.fixture
def video_page(demo_site, django_db_blocker, tmp_path):
    """A test page with ffmpeg's colour bars: a test of the player, not a
    sign-language video, and titled as such."""
    with django_db_blocker.unblock():
        content = make_test_video(tmp_path, extension="webm", seconds=3)
        video = make_video(content, extension="webm", title="Testbild")
        home = Page.objects.get(depth=2).specific
        test_page = SignLanguagePage(
            title="Testseite für den Videoplayer",
            slug="testseite-videoplayer",
            intro="<p>Farbbalken zum Testen, keine Gebärdensprache.</p>",
            body=[
                {
                    "type": "video",
                    "value": {
                        "heading": "Testbild mit Untertiteln",
                        "video": video.pk,
                        "transcript": "<p>Ein Farbbalken, kein Inhalt.</p>",
                    },
                }
            ],
        )
        home.add_child(instance=test_page)
        test_page.save_revision().publish()
    yield test_page
    with django_db_blocker.unblock():
        Page.objects.get(pk=test_page.pk).delete()
        Video.objects.filter(pk=video.pk).delete()


def test_video_plays_by_keyboard_and_shows_its_captions(page, demo_site, video_page):
    serve_media(page)
    page.goto(demo_site + video_page.url)
    video = page.locator("video")
    expect(video).not_to_have_attribute("autoplay", "")
    assert video.evaluate("v => v.paused")

    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "VIDEO":
            break
    else:
        raise AssertionError("Das Video ist mit der Tabulatortaste nicht erreichbar.")
    page.keyboard.press("Space")
    # Evaluated promises that settle on the media events: the page's CSP
    # forbids the string evaluation wait_for_function uses.
    assert video.evaluate(PLAYING)
    assert not video.evaluate("v => v.paused")

    assert video.evaluate(CAPTIONS_LOADED)
    track = video.evaluate(
        "v => ({kind: v.textTracks[0].kind, language: v.textTracks[0].language,"
        " label: v.textTracks[0].label, mode: v.textTracks[0].mode,"
        " text: v.textTracks[0].cues[0].text})"
    )
    assert track == {
        "kind": "captions",
        "language": "de",
        "label": "Deutsch",
        "mode": "showing",
        "text": CAPTIONS.splitlines()[-1],
    }
    page.keyboard.press("Space")
    assert video.evaluate(PAUSED)
    assert run_axe(page) == []
    screenshot(page, "sign-language-video-playing")


def test_a_barrier_report_reaches_the_contact(page, demo_site):
    mail.outbox.clear()
    page.goto(demo_site + "/barrierefreiheit/")
    form = page.locator("#barriere-melden form")
    form.get_by_label("Auf welcher Seite ist die Barriere?").fill("/praxis/")
    form.get_by_label("Was ist das Problem?").fill(
        "Der Filter „Kommune“ lässt sich mit der Tastatur nicht öffnen."
    )
    form.get_by_role("button", name="Barriere melden").click()

    expect(page.locator("h1")).to_have_text("Vielen Dank für Ihre Meldung")
    (message,) = [m for m in mail.outbox if m.subject.startswith("Barrieremeldung")]
    assert message.to == ["grossstadtnetzwerk@example.org"]
    assert "lässt sich mit der Tastatur nicht öffnen" in message.body
