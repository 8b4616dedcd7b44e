"""Upload rules for documents (set as WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

from pathlib import Path

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from core.releases import apply_upload_rule

# Windows PE, ELF and Mach-O programs, whatever their file name claims.
EXECUTABLE_SIGNATURES = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa\xce")
FORMAT_NAMES = "PDF, DOCX, XLSX, PPTX, ODT, CSV, ZIP"


class PortalDocumentForm(BaseDocumentForm):
    """Uploads: allowed formats only and never a program, with German messages.

    A new or replaced file waits for a network editor's release (portal/releases.py).
    """

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, user=user, **kwargs)

    def save(self, commit=True):
        if self.instance._state.adding or "file" in self.changed_data:
            apply_upload_rule(self.instance, self.user)
        return super().save(commit=commit)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):  # unchanged on edit
            return upload
        extension = Path(upload.name).suffix.lower().lstrip(".")
        if extension not in settings.WAGTAILDOCS_EXTENSIONS:
            raise forms.ValidationError(
                _(
                    "„%(name)s“ kann nicht hochgeladen werden: erlaubt sind nur "
                    "%(formats)s."
                ),
                code="invalid_extension",
                params={"name": upload.name, "formats": FORMAT_NAMES},
            )
        if _starts_with(upload, EXECUTABLE_SIGNATURES):
            raise forms.ValidationError(
                _("„%(name)s“ ist ein Programm; Programme werden nicht angenommen."),
                code="executable",
                params={"name": upload.name},
            )
        return upload


def _starts_with(upload, signatures):
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    return head.startswith(signatures)
