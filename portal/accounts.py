"""Members' login and logout in the portal's look (editors use /admin/)."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.utils.decorators import method_decorator

from portal.models import MemberAreaPage
from portal.shared.forms import DescribedErrorsMixin
from portal.shared.ratelimit import ratelimit

LOGIN_WINDOW = 300  # seconds


class MemberLoginForm(DescribedErrorsMixin, AuthenticationForm):
    pass


@method_decorator(
    ratelimit("login", settings.LOGIN_RATELIMIT_POSTS, LOGIN_WINDOW), name="dispatch"
)
class MemberLoginView(auth_views.LoginView):
    template_name = "portal/login.html"
    form_class = MemberLoginForm

    def get_default_redirect_url(self):
        area = MemberAreaPage.objects.live().first()
        return area.get_url(self.request) if area else "/"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["member_area_url"] = self.get_default_redirect_url()
        # A logged-in user sent here again lacks the group the page requires.
        context["lacks_access"] = self.request.user.is_authenticated and bool(
            self.request.GET.get(self.redirect_field_name)
        )
        return context


class MemberLogoutView(auth_views.LogoutView):
    next_page = "/"
