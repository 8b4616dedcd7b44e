from django.urls import reverse

from core.shared.structured_data import publisher


def home_data(page, request):
    search = request.build_absolute_uri(reverse("search"))
    return {
        "@type": "WebSite",
        "name": "Praxisportal Großstadtnetzwerk",
        "url": page.get_full_url(request),
        "inLanguage": "de",
        "publisher": publisher(request),
        "potentialAction": {
            "@type": "SearchAction",
            "target": f"{search}?q={{search_term_string}}",
            "query-input": "required name=search_term_string",
        },
    }
