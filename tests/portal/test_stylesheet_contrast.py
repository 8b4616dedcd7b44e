"""Colour contrast of the stylesheet (WCAG 2.1 1.4.3 text, 1.4.11 non-text).

The colours come from the CSS itself: the custom properties in `:root` and every
rule that sets a text colour together with its background. Text that inherits
its colour onto a background set elsewhere is listed by hand in INHERITED.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Every app's screen stylesheets, so a new one is checked too; print.css is for paper.
SCREEN_CSS = sorted(
    path
    for path in ROOT.glob("*/static/*/css/*.css")
    if path.name != "print.css" and ".venv" not in path.parts
)
TEXT_MINIMUM = 4.5
NON_TEXT_MINIMUM = 3.0

# (text, background) where the text colour is inherited or set by another rule.
INHERITED = [
    ("--color-text", "--color-surface"),  # body
    ("--color-text", "--color-background"),  # tinted sections, filters, aside
    ("--color-text", "--color-primary-tint"),  # hero, quotes, callouts
    ("--color-text", "#fff3b0"),  # search highlights
    ("--color-text", "#e8f3eb"),  # success callout
    ("--color-muted", "--color-surface"),  # meta lines, help texts
    ("--color-muted", "--color-background"),  # section leads, facts
    ("--color-muted", "--color-primary-tint"),  # lead text in the hero
    ("--color-primary", "--color-surface"),  # links
    ("--color-primary", "--color-background"),  # links in tinted boxes
    ("--color-primary", "--color-primary-tint"),  # links in the hero and callouts
    ("--color-primary-dark", "--color-primary-tint"),  # approach tags, chips
    ("--color-error", "--color-surface"),  # error messages
    ("--color-success", "--color-surface"),  # "in print"
    ("#fff", "--color-primary"),  # main navigation, buttons
    ("#fff", "--color-primary-dark"),  # their hover state
    ("#fff", "--color-text"),  # skip link, footer links
    ("#e9eef2", "--color-text"),  # footer text
]
# Borders and rings people need to see (form fields, focus), against the page.
NON_TEXT = [
    ("--color-muted", "--color-surface"),  # input borders
    ("--color-text", "--color-surface"),  # focus ring around the yellow outline
    ("--color-focus", "--color-text"),  # yellow outline against the ring
    ("--color-error", "--color-surface"),  # borders of fields with errors
    ("--color-primary", "--color-surface"),  # secondary button borders
    ("--color-primary", "--color-background"),  # chart bars on their track
    ("--color-primary-dark", "--color-primary-tint"),  # map dots on the land
]

HEX = r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b"
COLOUR = rf"{HEX}|var\(--[\w-]+\)"


def stylesheet():
    text = "\n".join(path.read_text(encoding="utf-8") for path in SCREEN_CSS)
    return re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)


def custom_properties(css):
    found = {}
    for block in re.findall(r":root\s*\{([^}]*)\}", css):
        found |= dict(re.findall(rf"(--[\w-]+)\s*:\s*({HEX})", block))
    return found


def rules(css):
    """(selector, {property: value}) for every innermost block of declarations."""
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        declarations = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+)", body))
        yield selector.strip(), declarations


def hex_of(colour, variables):
    colour = colour.strip()
    if colour.startswith("var("):
        colour = variables[colour[4:-1]]
    elif colour.startswith("--"):
        colour = variables[colour]
    colour = colour.lstrip("#")
    if len(colour) == 3:
        colour = "".join(char * 2 for char in colour)
    return colour.lower()


def luminance(colour):
    channels = []
    for i in (0, 2, 4):
        value = int(colour[i : i + 2], 16) / 255
        linear = value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
        channels.append(linear)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def pairs_set_together(css, variables):
    """Text and background colours that one rule sets together (gradient stops too)."""
    for selector, declarations in rules(css):
        text = declarations.get("color", "")
        background = declarations.get("background-color") or declarations.get(
            "background", ""
        )
        if not re.fullmatch(COLOUR, text.strip()):
            continue
        for stop in re.findall(COLOUR, background):
            yield selector, hex_of(text, variables), hex_of(stop, variables)


@pytest.fixture(scope="module")
def css():
    return stylesheet()


@pytest.fixture(scope="module")
def variables(css):
    return custom_properties(css)


def test_every_app_stylesheet_is_checked():
    names = {path.name for path in SCREEN_CSS}
    assert {"portal.css", "dossiers.css"} <= names


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast("000000", "ffffff") == pytest.approx(21.0)
    assert contrast("777777", "ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("ffffff", "ffffff") == pytest.approx(1.0)


def test_stylesheet_defines_the_colours_the_checks_use(variables):
    used = {name for pair in INHERITED + NON_TEXT for name in pair}
    assert {name for name in used if name.startswith("--")} <= set(variables)


def test_rules_that_set_text_and_background_together_reach_4_5_to_1(css, variables):
    pairs = list(pairs_set_together(css, variables))
    assert len(pairs) >= 5, "Parser findet keine Farbpaare mehr"
    too_weak = [
        (selector, text, background, round(contrast(text, background), 2))
        for selector, text, background in pairs
        if contrast(text, background) < TEXT_MINIMUM
    ]
    assert too_weak == []


@pytest.mark.parametrize(("text", "background"), INHERITED)
def test_inherited_text_colour_reaches_4_5_to_1(variables, text, background):
    ratio = contrast(hex_of(text, variables), hex_of(background, variables))
    assert ratio >= TEXT_MINIMUM, f"{text} auf {background}: {ratio:.2f}:1"


@pytest.mark.parametrize(("colour", "background"), NON_TEXT)
def test_borders_and_focus_ring_reach_3_to_1(variables, colour, background):
    ratio = contrast(hex_of(colour, variables), hex_of(background, variables))
    assert ratio >= NON_TEXT_MINIMUM, f"{colour} vor {background}: {ratio:.2f}:1"


@pytest.mark.parametrize("number", [1, 2, 3])
def test_approach_colours_stand_out_from_the_page(variables, number):
    colour = hex_of(f"--color-approach-{number}", variables)
    surface = hex_of("--color-surface", variables)
    assert contrast(colour, surface) >= NON_TEXT_MINIMUM
