"""Exported cells stay text: every form of a formula start is neutralised."""

import pytest

from core.text import CONTROL_CHARACTERS, neutralise_formula
from tests.markup import FORMULA_FORMS


@pytest.mark.parametrize("value", FORMULA_FORMS)
def test_every_form_of_a_formula_start_is_prefixed(value):
    assert neutralise_formula(value) == "'" + CONTROL_CHARACTERS.sub("", value)


@pytest.mark.parametrize(
    "value", ["Augsburg", "1+1", "– Gedanke", "E-Mail", "'=1+1", "", " "]
)
def test_plain_text_is_left_alone(value):
    assert neutralise_formula(value) == value


def test_values_other_than_text_are_left_alone():
    assert neutralise_formula(7) == 7
    assert neutralise_formula(None) is None
