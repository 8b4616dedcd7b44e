"""Spreadsheet exports of Wagtail's listings whose cells stay inert text."""

from core.shared.text import neutralise_formula

__all__ = ["NeutralisedExportMixin"]


class NeutralisedExportMixin:
    """For Wagtail's SpreadsheetExportMixin views: every exported cell neutralised."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value)
