"""The read-only Wagtail API v2 at /api/v2/: public, live content only.

Wagtail's own endpoints let a logged-in member see what their groups may see;
an open-data interface must answer every client the same, so these endpoints
ignore the session and leave out everything behind a view restriction.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site

from core.models.documents import private_collection_filter

__all__ = ["api_router"]


class PortalPagination(WagtailPagination):
    """An offset past the end lists nothing; Wagtail would hand the database an
    offset beyond its integer range (a 500)."""

    def paginate_queryset(self, queryset, request, view=None):
        page = super().paginate_queryset(queryset, request, view)
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return queryset.none()
        return page


class OpenDataMixin:
    # No session or basic auth: the answer is the same for everyone, and an
    # API without authentication needs no CSRF exemption. Set here, not in a
    # global REST_FRAMEWORK setting, so Wagtail's admin API keeps its session.
    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    pagination_class = PortalPagination

    def filter_queryset(self, queryset):
        # Wagtail checks the values of number and boolean filters only; a bad
        # date or related id (`?approaches=x`) fails when the filter is built.
        try:
            return super().filter_queryset(queryset)
        except (ValueError, ValidationError) as error:
            raise BadRequestError(f"invalid filter value: {error}") from error

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response


class PublicPagesAPIViewSet(OpenDataMixin, PagesAPIViewSet):
    @cached_property
    def public_pages(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        return (
            Page.objects.live()
            .public()  # looks the restrictions up once, when first called
            .descendant_of(site.root_page, inclusive=True)
            .order_by("path")
        )

    def get_base_queryset(self):
        return self.public_pages

    def get_queryset(self):
        queryset = super().get_queryset().select_related("locale")
        optimise = getattr(queryset.model, "api_optimise", None)
        return optimise(queryset) if optimise else queryset


class PublicDocumentsAPIViewSet(OpenDataMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        return (
            self.model.objects.public()
            .select_related("city__page")
            .prefetch_related("tags")
            .order_by("id")
        )


class PublicImagesAPIViewSet(OpenDataMixin, ImagesAPIViewSet):
    def get_queryset(self):
        return (
            get_image_model()
            .objects.exclude(private_collection_filter())
            .prefetch_related("tags")
            .order_by("id")
        )


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
