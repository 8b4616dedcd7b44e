"""What axe-core does not check: headings, link texts, languages, zoom, motion."""

import pytest

from core.demo.helpers import ENGLISH_TERMS
from tests.browser.test_accessibility import MEMBER_PAGES, PAGES

ALL_PAGES = PAGES + MEMBER_PAGES

# English phrases in the demo content; each must sit in an element marked lang="en".
# The demo loader marks exactly these (core.demo.helpers.mark_english), so the two
# lists cannot drift apart. A scan of every rendered demo page found no other English
# phrase: "Monitoring", "Team", "Tools", "Feedback", "Software", "Workshop", "online",
# "Login", "Browser", "Website", "Editorial" are loanwords in the Duden, part of
# German, and stay unmarked (WCAG 3.1.2 exempts them); "Mentimeter", "Chromium",
# "VoiceOver" and "axe-core" are names.
ENGLISH_PHRASES = [*ENGLISH_TERMS]
# Link texts that say nothing without the sentence around them.
VAGUE_LINK_TEXTS = {
    "hier",
    "mehr",
    "weiter",
    "weiterlesen",
    "mehr lesen",
    "mehr erfahren",
    "details",
    "link",
    "download",
    "pdf",
    "klicken sie hier",
    "hier klicken",
}

HEADINGS = """() => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
    .filter((h) => !h.closest("[hidden], [aria-hidden=true]"))
    .filter((h) => getComputedStyle(h).display !== "none")
    .map((h) => [Number(h.tagName[1]), h.textContent.trim().replace(/\\s+/g, " ")])"""

LINKS = """() => [...document.querySelectorAll("a[href]")]
    .filter((a) => !a.closest("[hidden], [aria-hidden=true]"))
    .map((a) => [
        (a.getAttribute("aria-label") || a.textContent).trim().replace(/\\s+/g, " "),
        new URL(a.href, location.href).href.split("#")[0],
    ])"""

UNMARKED_ENGLISH = """(phrases) => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode;
        const lang = node.parentElement.closest("[lang]").getAttribute("lang");
        for (const phrase of phrases) {
            if (node.textContent.includes(phrase) && lang !== "en") {
                found.push(node.textContent.trim());
            }
        }
    }
    return found;
}"""


# Running text breaks long German compounds at syllables (lang="de" + hyphens:
# auto), never at an arbitrary letter.
BREAKING = """() => [...document.querySelectorAll("main p, main li, main dd, main dt")]
    .filter((el) => el.textContent.trim())
    .map((el) => getComputedStyle(el))
    .filter((style) => style.wordBreak === "break-all" || style.hyphens !== "auto")
    .map((style) => `${style.wordBreak}/${style.hyphens}`)"""


def outline_problems(headings):
    """Everything wrong with an outline: h1 count, first heading, skipped levels."""
    levels = [level for level, _ in headings]
    problems = []
    if levels.count(1) != 1:
        problems.append(f"{levels.count(1)} h1 statt einer")
    if levels and levels[0] != 1:
        problems.append(f"beginnt mit {headings[0]}")
    problems += [
        f"{before} → {after}"
        for before, after in zip(headings, headings[1:], strict=False)
        if after[0] > before[0] + 1
    ]
    return problems


def heading_problems(page):
    return outline_problems(page.evaluate(HEADINGS))


@pytest.fixture(scope="module")
def page_facts(browser, demo_site, member_cookie):
    """What each page shows, read in one visit and shared by the tests below."""
    visitor = browser.new_context()
    member = browser.new_context()
    member.add_cookies([member_cookie])
    tabs = {"visitor": visitor.new_page(), "member": member.new_page()}
    found = {}

    def facts(path):
        if path not in found:
            page = tabs["member" if path.startswith("/intern/") else "visitor"]
            page.set_viewport_size({"width": 1280, "height": 900})
            page.goto(demo_site + path)
            found[path] = {
                "lang": page.evaluate("document.documentElement.lang"),
                "headings": page.evaluate(HEADINGS),
                "links": page.evaluate(LINKS),
                "unmarked_english": page.evaluate(UNMARKED_ENGLISH, ENGLISH_PHRASES),
                "breaking": page.evaluate(BREAKING),
            }
            # 400 % zoom of a 1280 px window leaves 320 CSS pixels.
            page.set_viewport_size({"width": 320, "height": 640})
            found[path]["widths"] = page.evaluate(
                "[document.documentElement.scrollWidth,"
                " document.documentElement.clientWidth]"
            )
        return found[path]

    yield facts
    visitor.close()
    member.close()


@pytest.mark.parametrize(("name", "path"), ALL_PAGES)
def test_page_has_one_h1_and_no_skipped_heading_level(page_facts, name, path):
    assert outline_problems(page_facts(path)["headings"]) == []


@pytest.mark.parametrize(("name", "path"), ALL_PAGES)
def test_links_make_sense_out_of_context(page_facts, name, path):
    links = page_facts(path)["links"]
    vague = [
        text for text, _ in links if text.lower().strip(" .:›»") in VAGUE_LINK_TEXTS
    ]
    assert vague == []
    targets = {}
    for text, url in links:
        targets.setdefault(text, set()).add(url)
    ambiguous = {text: urls for text, urls in targets.items() if len(urls) > 1}
    assert ambiguous == {}


@pytest.mark.parametrize(("name", "path"), ALL_PAGES)
def test_english_passages_are_marked(page_facts, name, path):
    facts = page_facts(path)
    assert facts["lang"] == "de"
    assert facts["unmarked_english"] == []


@pytest.mark.parametrize(("name", "path"), ALL_PAGES)
def test_page_reflows_at_320_css_pixels(page_facts, name, path):
    scroll_width, client_width = page_facts(path)["widths"]
    assert scroll_width <= client_width


@pytest.mark.parametrize(("name", "path"), ALL_PAGES)
def test_running_text_hyphenates_instead_of_breaking_words(page_facts, name, path):
    assert page_facts(path)["breaking"] == []


MOTION = """() => ({
    scroll: getComputedStyle(document.documentElement).scrollBehavior,
    moving: [...document.querySelectorAll("a, button, .button, .tag")]
        .filter((el) => getComputedStyle(el).transitionDuration
            .split(",").some((d) => parseFloat(d) > 0))
        .length,
})"""


@pytest.mark.parametrize(
    ("preference", "scroll", "animated"),
    [("no-preference", "smooth", True), ("reduce", "auto", False)],
)
def test_motion_follows_the_reduced_motion_setting(
    page, demo_site, preference, scroll, animated
):
    page.emulate_media(reduced_motion=preference)
    page.goto(demo_site + "/themendossiers/integrierte-bildungsplanung/")
    motion = page.evaluate(MOTION)
    assert motion["scroll"] == scroll
    assert (motion["moving"] > 0) is animated
