"""A deterministic corpus for bench/search_quality.py, beside the demo content.

Twenty practice profiles in six further cities, written so that the judged
queries in search_quality_set.tsv can be answered from what their pages show:
compounds whose parts stand apart, hyphenated words, acronyms, loanwords,
numbers, names of contact and quoted persons, and topic tags that the text
itself never names. Built the way the demo loader builds practices, so every
page goes through publishing, the portal index and Wagtail's own index alike.
"""

CITIES = [
    ("Dortmund", "dortmund", "NW"),
    ("Leipzig", "leipzig", "SN"),
    ("Nürnberg", "nuernberg", "BY"),
    ("Bremen", "bremen", "HB"),
    ("Münster", "muenster", "NW"),
    ("Essen", "essen", "NW"),
]

PEOPLE = [
    ("Aylin Demir", "Koordinatorin Übergangsmanagement", "dortmund"),
    ("Jörg Weißenborn", "Fachberater Kindertagesstätten", "dortmund"),
    ("Miriam Sauerbrey", "Leiterin der Bildungsberatung", "leipzig", "Dr."),
    ("Tobias Okonkwo", "Referent für Datenanalyse", "leipzig"),
    ("Sabine Großkopf", "Sachgebietsleiterin Schulsozialarbeit", "nuernberg"),
    ("Henrik Lindqvist", "Koordinator Quartiersentwicklung", "bremen"),
    ("Fatma Yıldız", "Elternbegleiterin", "muenster"),
    ("Konstantin Pfeiffer", "Streetworker", "essen"),
]

TOPICS = [
    "Übergang Schule–Beruf",
    "Frühe Bildung",
    "Schulsozialarbeit",
    "Gesundheit",
    "Digitalisierung",
    "Sprachbildung",
]

PRACTICES = [
    {
        "city": "dortmund",
        "slug": "uebergang-schule-beruf",
        "title": "Übergänge von der Schule in den Beruf begleiten",
        "teaser": (
            "Die Kommunale Koordinierung begleitet Jugendliche mit einer "
            "Berufsorientierung ab Klasse 8 und einer Jugendberufsagentur."
        ),
        "quote_person": "Aylin Demir",
        "quote_text": "Kein Abschluss ohne Anschluss: Wir verlieren niemanden.",
        "situation": (
            "<p>Viele Jugendliche verließen die Schule ohne Ausbildungsplatz.</p>"
            "<p>Beratung gab es an vielen Stellen, aber ohne Absprache.</p>"
        ),
        "procedure": (
            "<p>Eine Jugendberufsagentur bündelt die Beratung von Arbeitsagentur, "
            "Jobcenter und Jugendhilfe unter einem Dach.</p>"
        ),
        "results": (
            "<p>Der Anteil der Jugendlichen ohne Anschluss sank von 12 auf 7 "
            "Prozent.</p>"
        ),
        "status": "laufend",
        "start_year": 2015,
        "approaches": ["datenbasiert"],
        "topics": ["Übergang Schule–Beruf"],
        "contacts": ["Aylin Demir"],
        "departments": [("Schulverwaltungsamt", "40")],
    },
    {
        "city": "dortmund",
        "slug": "kita-sozialarbeit",
        "title": "Kita-Sozialarbeit in Familienzentren",
        "teaser": (
            "Sozialarbeiterinnen beraten Eltern direkt in der Kita, bevor "
            "Probleme groß werden."
        ),
        "situation": (
            "<p>Familien in belasteten Stadtteilen fanden selten den Weg in die "
            "Beratungsstellen.</p>"
        ),
        "procedure": (
            "<p>In 30 Familienzentren gibt es feste Sprechstunden.</p>"
            "<p>Die Fachkräfte arbeiten eng mit dem Allgemeinen Sozialen Dienst "
            "zusammen.</p>"
        ),
        "status": "laufend",
        "start_year": 2019,
        "approaches": ["sozialräumlich"],
        "topics": ["Frühe Bildung"],
        "contacts": ["Jörg Weißenborn"],
        "departments": [("Jugendamt", "51")],
    },
    {
        "city": "leipzig",
        "slug": "bildungsmonitoring-dashboard",
        "title": "Ein Dashboard für das kommunale Bildungsmonitoring",
        "teaser": (
            "Leipzig zeigt Kennzahlen zu Kitas, Schulen und Weiterbildung in einem "
            "interaktiven Dashboard und stellt die Daten als Open Data bereit."
        ),
        "quote_person": "Tobias Okonkwo",
        "quote_text": "Transparenz schafft Vertrauen in die Planung.",
        "situation": (
            "<p>Der gedruckte Bericht erschien nur alle vier Jahre und war bei "
            "Erscheinen veraltet.</p>"
        ),
        "procedure": (
            "<p>Das Team baute eine Webanwendung, die jährlich aktualisiert wird.</p>"
        ),
        "status": "laufend",
        "start_year": 2021,
        "approaches": ["datenbasiert"],
        "topics": ["Bildungsmonitoring", "Digitalisierung"],
        "contacts": ["Tobias Okonkwo"],
    },
    {
        "city": "leipzig",
        "slug": "lernen-vor-ort",
        "title": "Lernen vor Ort: Bildungsberatung im Stadtteil",
        "teaser": (
            "Aus dem Bundesprogramm „Lernen vor Ort“ ist eine dauerhafte "
            "Bildungsberatung für Erwachsene entstanden."
        ),
        "situation": (
            "<p>Erwachsene, die einen Abschluss nachholen wollten, kannten die "
            "Angebote der Weiterbildung kaum.</p>"
        ),
        "procedure": (
            "<p>Beraterinnen sind an festen Tagen in Stadtteilbibliotheken "
            "ansprechbar.</p>"
        ),
        "status": "abgeschlossen",
        "start_year": 2009,
        "end_year": 2014,
        "approaches": ["sozialräumlich"],
        "topics": [],
        "contacts": ["Miriam Sauerbrey"],
    },
    {
        "city": "nuernberg",
        "slug": "schulsozialarbeit-grundschulen",
        "title": "Schulsozialarbeit an allen Grundschulen",
        "teaser": (
            "An 48 Grundschulen arbeiten Fachkräfte der Schulsozialarbeit mit "
            "Lehrkräften und Eltern zusammen."
        ),
        "quote_person": "Sabine Großkopf",
        "quote_text": "Früh hinschauen hilft mehr als spät eingreifen.",
        "situation": (
            "<p>Auffälligkeiten wurden oft erst in der weiterführenden Schule "
            "bearbeitet.</p>"
        ),
        "procedure": (
            "<p>Der Stadtrat beschloss den schrittweisen Ausbau in drei Stufen.</p>"
        ),
        "status": "abgeschlossen",
        "start_year": 2019,
        "end_year": 2023,
        "approaches": ["sozialräumlich"],
        "topics": ["Schulsozialarbeit"],
        "contacts": ["Sabine Großkopf"],
        "departments": [("Jugendamt", "51")],
    },
    {
        "city": "nuernberg",
        "slug": "mint-bildung-maedchen",
        "title": "MINT-Bildung für Mädchen",
        "teaser": (
            "Workshops im Makerspace wecken bei Schülerinnen das Interesse an "
            "Technik und Naturwissenschaften."
        ),
        "procedure": (
            "<p>Hochschulen und Unternehmen bieten in den Ferien Kurse zum "
            "Programmieren und Löten an.</p>"
        ),
        "status": "laufend",
        "start_year": 2020,
        "approaches": ["partizipativ"],
        "topics": [],
        "contacts": [],
    },
    {
        "city": "bremen",
        "slug": "quartiersbildungszentren",
        "title": "Quartiersbildungszentren als Orte für Familien",
        "teaser": (
            "Kita, Grundschule und Beratung unter einem Dach: Bremen baut "
            "Quartiersbildungszentren in benachteiligten Stadtteilen."
        ),
        "situation": (
            "<p>Angebote für Familien lagen verstreut und waren schwer zu finden.</p>"
        ),
        "status": "laufend",
        "start_year": 2012,
        "approaches": ["sozialräumlich"],
        "topics": ["Quartier"],
        "contacts": ["Henrik Lindqvist"],
    },
    {
        "city": "bremen",
        "slug": "planung-in-den-quartieren",
        "title": "Planung in den Quartieren gemeinsam verantworten",
        "teaser": (
            "Ortsämter, Schulen und Träger stimmen ihre Angebote in Konferenzen "
            "je Stadtteil ab."
        ),
        "quote_person": "Henrik Lindqvist",
        "quote_text": "Die Menschen im Stadtteil wissen am besten, was fehlt.",
        "procedure": (
            "<p>Zweimal im Jahr tagt eine Stadtteilkonferenz mit allen Beteiligten.</p>"
        ),
        "status": "laufend",
        "start_year": 2017,
        "approaches": ["sozialräumlich", "partizipativ"],
        "topics": [],
        "contacts": ["Henrik Lindqvist"],
    },
    {
        "city": "muenster",
        "slug": "eltern-ganztagsschule",
        "title": "Eltern als Partner in der Ganztagsschule",
        "teaser": (
            "Die Beteiligung der Eltern gelingt, wenn Schulen sie früh und in "
            "ihrer Sprache einladen."
        ),
        "quote_person": "Fatma Yıldız",
        "quote_text": "Wer eingeladen wird, kommt auch.",
        "procedure": (
            "<p>Elternbegleiterinnen übersetzen bei Elternabenden und besuchen "
            "Familien zu Hause.</p>"
        ),
        "status": "laufend",
        "start_year": 2018,
        "approaches": ["partizipativ"],
        "topics": ["Sprachbildung"],
        "contacts": ["Fatma Yıldız"],
    },
    {
        "city": "muenster",
        "slug": "sprachfoerderung-daz",
        "title": "Sprachförderung für neu zugewanderte Kinder (DaZ)",
        "teaser": (
            "Deutsch als Zweitsprache von der Kita bis zur Berufsschule: ein "
            "Förderkonzept aus einem Guss."
        ),
        "procedure": (
            "<p>Sprachstandserhebungen zeigen, wo Förderung ansetzen muss.</p>"
        ),
        "status": "laufend",
        "start_year": 2016,
        "approaches": ["datenbasiert"],
        "topics": ["Sprachbildung"],
        "contacts": [],
    },
    {
        "city": "essen",
        "slug": "streetwork",
        "title": "Streetwork und aufsuchende Jugendarbeit",
        "teaser": (
            "Straßensozialarbeit erreicht junge Menschen, die keine Einrichtung "
            "mehr aufsuchen."
        ),
        "quote_person": "Konstantin Pfeiffer",
        "quote_text": "Wir gehen dorthin, wo die Jugendlichen sind.",
        "situation": (
            "<p>Jugendliche trafen sich abends auf Plätzen und in Parks.</p>"
        ),
        "status": "laufend",
        "start_year": 2011,
        "approaches": ["sozialräumlich"],
        "topics": [],
        "contacts": ["Konstantin Pfeiffer"],
    },
    {
        "city": "essen",
        "slug": "bildungs-und-teilhabepaket",
        "title": "Leistungen aus dem Bildungs- und Teilhabepaket bekannter machen",
        "teaser": (
            "Mit Lotsinnen in Schulen ruft Essen mehr Mittel aus dem BuT für "
            "Lernförderung, Mittagessen und Ausflüge ab."
        ),
        "procedure": (
            "<p>Ein vereinfachter Antrag auf einer Seite ersetzt vier Formulare.</p>"
        ),
        "status": "laufend",
        "start_year": 2013,
        "approaches": ["datenbasiert"],
        "topics": ["Armutsprävention"],
        "contacts": [],
    },
    {
        "city": "essen",
        "slug": "coaching-schulleitungen",
        "title": "Coaching für Schulleitungen",
        "teaser": (
            "Schulleiterinnen und Schulleiter in schwieriger Lage erhalten ein "
            "Jahr lang Coaching und kollegiale Beratung."
        ),
        "procedure": (
            "<p>Das Mentoring übernehmen erfahrene Schulleitungen im Ruhestand.</p>"
        ),
        "status": "abgeschlossen",
        "start_year": 2021,
        "end_year": 2024,
        "approaches": ["partizipativ"],
        "topics": [],
        "contacts": [],
    },
    {
        "city": "dortmund",
        "slug": "praeventionskette",
        "title": "Eine Präventionskette gegen Kinderarmut",
        "teaser": (
            "Von der Geburt bis zum Berufseinstieg greifen Angebote ineinander, "
            "damit kein Kind verloren geht."
        ),
        "procedure": (
            "<p>Willkommensbesuche nach der Geburt sind das erste Glied der Kette.</p>"
        ),
        "status": "laufend",
        "start_year": 2014,
        "approaches": ["sozialräumlich"],
        "topics": ["Armutsprävention", "Frühe Bildung"],
        "contacts": ["Aylin Demir"],
    },
    {
        "city": "leipzig",
        "slug": "sozialraumanalyse",
        "title": "Sozialraumanalyse als Grundlage der Schulentwicklungsplanung",
        "teaser": (
            "Kleinräumige Daten zu Geburten, Zuzug und Bildungsabschlüssen "
            "steuern, wo neue Schulen gebaut werden."
        ),
        "procedure": (
            "<p>Die Stadt ist in 63 Ortsteile gegliedert; für jeden gibt es ein "
            "Profil.</p>"
        ),
        "status": "laufend",
        "start_year": 2016,
        "approaches": ["datenbasiert", "sozialräumlich"],
        "topics": [],
        "contacts": ["Tobias Okonkwo"],
    },
    {
        "city": "nuernberg",
        "slug": "ganztag-jugendhilfe",
        "title": "Ganztagsschule und Jugendhilfe verzahnen",
        "teaser": (
            "Vor dem Rechtsanspruch auf Ganztagsbetreuung ab 2026 planen Schulamt "
            "und Jugendamt die Betreuung gemeinsam."
        ),
        "procedure": (
            "<p>Eine gemeinsame Bedarfsplanung ersetzt zwei getrennte Pläne.</p>"
        ),
        "status": "geplant",
        "start_year": 2025,
        "approaches": ["datenbasiert"],
        "topics": [],
        "contacts": ["Sabine Großkopf"],
    },
    {
        "city": "bremen",
        "slug": "digitalstrategie-schulen",
        "title": "Eine Digitalstrategie für alle Schulen",
        "teaser": (
            "Geräte, WLAN und Fortbildung werden für alle Schulen nach einem "
            "gemeinsamen Plan beschafft."
        ),
        "procedure": (
            "<p>Ein Medienentwicklungsplan legt fest, was jede Schule erhält.</p>"
        ),
        "status": "laufend",
        "start_year": 2020,
        "approaches": ["datenbasiert"],
        "topics": ["Digitalisierung"],
        "contacts": [],
    },
    {
        "city": "muenster",
        "slug": "gesundheitsfoerderung-kita",
        "title": "Gesundheitsförderung in Kindertagesstätten",
        "teaser": (
            "Bewegung, Ernährung und Zahngesundheit gehören in den Alltag jeder Kita."
        ),
        "status": "laufend",
        "start_year": 2015,
        "approaches": ["sozialräumlich"],
        "topics": ["Gesundheit", "Frühe Bildung"],
        "contacts": [],
    },
    {
        "city": "essen",
        "slug": "integrationsmonitoring",
        "title": "Zuwanderung begleiten: das Integrationsmonitoring",
        "teaser": (
            "Jährliche Kennzahlen zeigen, wie zugewanderte Familien in Kita, "
            "Schule und Arbeit ankommen."
        ),
        "status": "laufend",
        "start_year": 2017,
        "approaches": ["datenbasiert"],
        "topics": ["Bildungsmonitoring"],
        "contacts": [],
    },
    {
        "city": "dortmund",
        "slug": "ferienakademie",
        "title": "Ferienakademie für Jugendliche",
        "teaser": (
            "In den Sommerferien bereiten sich Jugendliche zwei Wochen lang auf "
            "Prüfungen vor."
        ),
        "status": "abgeschlossen",
        "start_year": 2016,
        "end_year": 2019,
        "approaches": ["partizipativ"],
        "topics": [],
        "contacts": [],
    },
]


def build():
    """Create the corpus once (a second call changes nothing) and publish it."""
    from core.demo.helpers import ensure_child_page
    from core.models import City, Person, Tag
    from core.text import german_slugify
    from practices.demo import build_practice
    from practices.models import CityPage, PracticeIndexPage

    index = PracticeIndexPage.objects.get()
    pages = {}
    for name, slug, state in CITIES:
        city, _ = City.objects.get_or_create(
            slug=slug, defaults={"name": name, "federal_state": state}
        )
        intro = f"<p>Praxisprofile der Mitgliedskommune {name}.</p>"
        pages[slug] = ensure_child_page(
            index, CityPage, slug, title=name, city=city, intro=intro
        )
    for name, role, city_slug, *title in PEOPLE:
        Person.objects.get_or_create(
            name=name,
            defaults={
                "title": "".join(title),
                "role": role,
                "city": City.objects.get(slug=city_slug),
            },
        )
    for name in TOPICS:
        Tag.objects.get_or_create(name=name, defaults={"slug": german_slugify(name)})
    for data in PRACTICES:
        build_practice(pages[data["city"]], data)
