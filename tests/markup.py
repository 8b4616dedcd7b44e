"""Hostile strings and a check that none of them became live markup."""

from bs4 import BeautifulSoup
from hypothesis import strategies as st

ATTACKS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg onload=alert(1)>",
    "javascript:alert(1)",
    '=HYPERLINK("http://boese.example","klick")',
    "+49 (0) 621",
    "-2+3",
    "@SUM(A1:A2)",
    '＝HYPERLINK("http://boese.example")',
    "' OR 1=1 --",
    "\x00",
    "ä" * 3000,
]
# Every form a spreadsheet may read as the start of a formula: fullwidth, small
# and super-/subscript twins of = + - @, the minus sign, and blanks, tabs, line
# breaks or invisible characters in front.
FORMULA_FORMS = [
    "=1+1",
    "＝1+1",
    "﹦1+1",
    "⁼1+1",
    "＋49 621",
    "﹢49 621",
    "₊49 621",
    "－2+3",
    "﹣2+3",
    "\N{MINUS SIGN}2+3",
    "＠SUM(A1:A2)",
    "﹫SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "\n＝1+1",
    " =1+1",
    "\N{NO-BREAK SPACE}+1",
    "\N{IDEOGRAPHIC SPACE}＝1+1",
    "\N{ZERO WIDTH SPACE}=1+1",
    "\N{ZERO WIDTH NO-BREAK SPACE}@A1",
    "\x1f=1+1",
]
hostile_text = st.one_of(
    st.sampled_from(FORMULA_FORMS), st.sampled_from(ATTACKS), st.text(max_size=200)
)


# Attributes a browser follows as a URL: a javascript: URL there runs. In any other
# attribute (an <input value> that shows what was typed) it is just text.
URL_ATTRIBUTES = {"action", "data", "formaction", "href", "src", "xlink:href"}


def injected_markup(html):
    """Places where an attack string (they all call alert) would run: script
    bodies, event-handler attributes and javascript: URLs."""
    soup = BeautifulSoup(html, "html.parser")
    found = [str(s)[:80] for s in soup.find_all("script") if "alert(" in s.text]
    for element in soup.find_all(True):
        for attribute, value in element.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            executable = attribute.startswith("on") or (
                attribute in URL_ATTRIBUTES
                and value.strip().lower().startswith("javascript:")
            )
            if executable and "alert(" in value:
                found.append(f"{element.name} {attribute}={value[:40]}")
    return found
