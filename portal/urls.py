from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts.logins import (
    MemberLoginView,
    MemberLogoutView,
    admin_login,
    password_reset_urlpatterns,
)
from core import views as portal_views
from core.admin_access import NetworkPageTypesUsageReportView
from core.contract import declared_urlpatterns
from core.feeds import feed_urlpatterns
from portal import health
from portal.api import api_router
from search import views as search_views

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("admin/login/", admin_login),
    # Ahead of Wagtail's own: the report counts every city's drafts.
    path(
        "admin/reports/page-types-usage/",
        require_admin_access(NetworkPageTypesUsageReportView.as_view()),
    ),
    path(
        "admin/reports/page-types-usage/results/",
        require_admin_access(
            NetworkPageTypesUsageReportView.as_view(results_only=True)
        ),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("api/v2/", api_router.urls),
    path("feeds/", include(feed_urlpatterns())),
    path("daten/", include("practices.urls")),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", portal_views.robots_txt, name="robots_txt"),
    path("dokumente/", include(wagtaildocs_urls)),
    path("suche/", search_views.search, name="search"),
    path(
        "suche/autocomplete/",
        search_views.autocomplete,
        name="search_autocomplete",
    ),
    path("schlagwort/", portal_views.tag_overview, name="tags"),
    path("schlagwort/<slug:slug>/", portal_views.tag_page, name="tag"),
    path("themendossiers/", include("dossiers.urls")),
    # Below the contact page /kontakt/, which Wagtail serves.
    path("kontakt/", include("contacts.urls")),
    path("benachrichtigungen/", include("alerts.urls")),
    path("barriere-melden/", include("accessibility.urls")),
    path("anmelden/", MemberLoginView.as_view(), name="login"),
    path("abmelden/", MemberLogoutView.as_view(), name="logout"),
    *password_reset_urlpatterns,
    *declared_urlpatterns(),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Images and videos only: documents go through Wagtail's serve view, which
    # checks the collection's view restrictions; media/documents/ must never be
    # public. Videos, their captions and posters are public like images.
    for folder in (
        "original_images",
        "images",
        "media",
        "media_captions",
        "media_thumbnails",
    ):
        urlpatterns += static(
            f"{settings.MEDIA_URL}{folder}/", document_root=settings.MEDIA_ROOT / folder
        )

urlpatterns += [path("", include(wagtail_urls))]
