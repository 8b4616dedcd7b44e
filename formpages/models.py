"""The network's public forms ("Mitglied werden", "Praxis vorschlagen")."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from core.panels import NamedInlinePanel
from core.ratelimit import hit, too_many_requests
from core.visibility import CachedViewRestrictionsMixin

from .forms import NetworkFormMixin, submissions_view_class
from .tasks import send_form_notification

__all__ = ["FormPage", "FormPageField"]

FORM_INTRO_FEATURES = ["bold", "italic", "link", "ul"]


class FormPageField(AbstractFormField):
    page = ParentalKey(
        "formpages.FormPage", on_delete=models.CASCADE, related_name="form_fields"
    )

    class Meta(AbstractFormField.Meta):
        db_table = "portal_formpagefield"  # moved from the kernel, rows kept

    def __str__(self):
        return self.label


class FormPage(CachedViewRestrictionsMixin, AbstractEmailForm):
    """Editors define the fields; consent, honeypot and rate limit are fixed."""

    intro = RichTextField(_("Einleitung"), features=FORM_INTRO_FEATURES, blank=True)
    thank_you_text = RichTextField(
        _("Text nach dem Absenden"),
        features=FORM_INTRO_FEATURES,
        default="<p>Vielen Dank! Wir melden uns bei Ihnen.</p>",
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        NamedInlinePanel(
            "form_fields", heading=_("Formularfelder"), label=_("Formularfeld")
        ),
        FieldPanel("thank_you_text"),
        FieldPanel(
            "subject",
            help_text=_(
                "Betreff der Benachrichtigung. Sie geht an die Adresse aus den "
                "Portal-Einstellungen."
            ),
        ),
    ]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []

    class Meta:
        db_table = "portal_formpage"
        verbose_name = _("Formularseite")
        verbose_name_plural = _("Formularseiten")

    def get_submissions_list_view_class(self):
        return submissions_view_class()

    def get_form_class(self):
        return type("NetworkForm", (NetworkFormMixin, super().get_form_class()), {})

    def serve(self, request, *args, **kwargs):
        # The form builder owns POST handling; this only turns away floods.
        window = settings.FORM_RATELIMIT_WINDOW
        limit = settings.FORM_RATELIMIT_POSTS
        if request.method == "POST" and hit(request, "forms", limit, window):
            return too_many_requests(request, window)
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        # Stored first; the mail to the portal settings' address runs as a task.
        submission = self.get_submission_class().objects.create(
            form_data=form.submission_data(), page=self
        )
        send_form_notification.enqueue(submission.pk)
        return submission
