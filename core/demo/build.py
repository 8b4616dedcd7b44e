from wagtail.models import Site

from core.links import site_address
from core.models import (
    City,
    HomePage,
    Person,
    PortalSettings,
    StandardPage,
    Tag,
)

from . import content
from .helpers import ensure_child_page, root_page


def build_home():
    root = root_page()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title="Startseite",
            slug="startseite",
            hero_heading="Gute Praxis kommunaler Bildungsplanung",
            intro=content.NETWORK_INTRO,
            approaches_intro=content.APPROACHES_INTRO,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    hostname, port = site_address()
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname=hostname, port=port, is_default_site=True
    )
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()
    if site.root_page_id != home.pk:
        previous_root = site.root_page if site.pk else None
        site.root_page = home
        site.site_name = "Praxisportal Großstadtnetzwerk"
        site.save()
        if previous_root and previous_root.specific_class is not HomePage:
            previous_root.delete()
    return home, site


def build_tags():
    for order, approach in enumerate(content.APPROACHES, start=1):
        Tag.objects.get_or_create(
            name=approach["name"],
            defaults={
                "kind": Tag.Kind.APPROACH,
                "claim": approach["claim"],
                "description": approach["description"],
                "sort_order": order,
            },
        )
    for name in content.TOPICS:
        Tag.objects.get_or_create(name=name, defaults={"kind": Tag.Kind.TOPIC})


def build_cities_and_people():
    for data in content.CITIES:
        City.objects.get_or_create(slug=data["slug"], defaults=data)
    for data in content.PEOPLE:
        fields = dict(data)
        city_slug = fields.pop("city", None)
        fields["city"] = City.objects.get(slug=city_slug) if city_slug else None
        Person.objects.get_or_create(name=fields.pop("name"), defaults=fields)


def build_standard_pages(home, site):
    settings = PortalSettings.for_site(site)
    for data in content.STANDARD_PAGES:
        notice = data.get("notice", content.EXAMPLE_NOTICE)
        body = [{"type": "paragraph", "value": f"<p><em>{notice}</em></p>"}]
        for heading, html in data["sections"]:
            body.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
            body.append({"type": "paragraph", "value": html})
        page = ensure_child_page(
            home,
            StandardPage,
            data["slug"],
            title=data["title"],
            intro=data["intro"],
            body=body,
        )
        if getattr(settings, f"{data['setting']}_id") is None:
            setattr(settings, data["setting"], page)
    if not settings.contact_email:
        settings.contact_email = "grossstadtnetzwerk@example.org"
        settings.notification_email = "versand@example.org"
    settings.save()
