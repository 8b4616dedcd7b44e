"""Network, people and approaches from the report on the network meeting.

Texts are summaries of the seed report; quotes are attributed to their speakers.
"""

NETWORK_INTRO = (
    "<p>Das Großstadtnetzwerk ist ein bundesweites Netzwerk von Kommunen, die ein "
    "datenbasiertes kommunales Bildungsmanagement aufbauen und weiterentwickeln. "
    "Hier teilen die Mitgliedsstädte gute Praxis: Praxisprofile, Themendossiers und "
    "Berichte aus den Netzwerktreffen.</p>"
)

APPROACHES_INTRO = (
    "Integrierte Bildungsplanung ist keine Methode, die einmal eingeführt von selbst "
    "läuft, sondern ein stetiger Dialog darüber, was gute Bildung vor Ort ausmacht. "
    "Drei Grundsätze haben sich im Netzwerk als tragfähig erwiesen."
)

APPROACHES = [
    {
        "name": "datenbasiert",
        "claim": "Daten bieten Kommunikationsanlässe",
        "description": (
            "Eine gemeinsame, fachbereichsübergreifende Datenbasis wird zur "
            "Planungsgrundlage, über die Ämter und Professionen miteinander ins "
            "Gespräch kommen."
        ),
    },
    {
        "name": "sozialräumlich",
        "claim": "Der Raum als verbindendes Element",
        "description": (
            "Verknüpfte Daten und Berichte zeigen, was in einzelnen Quartieren "
            "gebraucht wird. Der Blick geht über einzelne Einrichtungen hinaus auf die "
            "Lebens- und Bildungsräume der Menschen."
        ),
    },
    {
        "name": "partizipativ",
        "claim": "Gemeinsam handeln und gestalten",
        "description": (
            "Akteurinnen und Akteure vor Ort werden konsequent einbezogen. Dafür "
            "braucht es einen kritischen Blick auf bestehende Beteiligung und neue "
            "Formate der Zusammenarbeit."
        ),
    },
]

TOPICS = [
    "Bildungsmonitoring",
    "Bildungsbericht",
    "Integrierte Planung",
    "Steuerung",
    "Jugendbeteiligung",
    "Ferienprogramm",
    "Stadtentwicklung",
    "Armutsprävention",
    "Quartier",
]

CITIES = [
    {
        "name": "Mannheim",
        "slug": "mannheim",
        "federal_state": "BW",
        "population": 315_000,
        "latitude": "49.48776",
        "longitude": "8.46604",
        "website": "https://www.mannheim.de/",
        "member_since": 2019,
    },
    {
        "name": "Augsburg",
        "slug": "augsburg",
        "federal_state": "BY",
        "population": 300_000,
        "latitude": "48.37054",
        "longitude": "10.89779",
        "website": "https://www.augsburg.de/",
        "member_since": 2019,
    },
    {
        "name": "Kaiserslautern",
        "slug": "kaiserslautern",
        "federal_state": "RP",
        "population": 100_000,
        "latitude": "49.44430",
        "longitude": "7.76890",
        "website": "https://www.kaiserslautern.de/",
        "member_since": 2020,
    },
    {
        "name": "Neumünster",
        "slug": "neumuenster",
        "federal_state": "SH",
        "population": 80_000,
        "latitude": "54.07477",
        "longitude": "9.98195",
        "website": "https://www.neumuenster.de/",
        "member_since": 2020,
    },
]

# The practitioners' addresses are not public; visitors write through the form.
PEOPLE = [
    {
        "name": "Felix Brümmer",
        "role": "Bildungsplaner und Armutspräventionsmanager",
        "city": "neumuenster",
        "bio": (
            "Begleitete das digitale Großstadtnetzwerk als „critical friend“ und "
            "blickte von außen auf die Debatte zur integrierten Bildungsplanung."
        ),
    },
    {
        "name": "Stephan Maykus",
        "title": "Prof. Dr.",
        "role": "Professor für Soziale Arbeit",
        "organisation": "Hochschule Osnabrück",
        "bio": (
            "Lehrt Soziale Arbeit in Osnabrück und ist Privatdozent für "
            "Erziehungswissenschaft in Hamburg. Er beobachtet kommunale "
            "Bildungslandschaften seit vielen Jahren; er forscht zur Kooperation von "
            "Jugendhilfe und Ganztagsschule, zu kommunaler Bildungsplanung und zu "
            "inklusiven Bildungsstrukturen."
        ),
    },
    {
        "name": "Heike Fleischmann",
        "role": (
            "Leiterin der Abteilung Bildungsplanung/Schulentwicklung im Fachbereich "
            "Bildung"
        ),
        "city": "mannheim",
        "email": "h.fleischmann@example.org",
    },
    {
        "name": "Klaus Maciol",
        "role": "Bildungsmonitorer",
        "city": "augsburg",
        "email": "k.maciol@example.org",
    },
    {
        "name": "Dirk Andres",
        "role": "Leiter der Stabsstelle Zentralcontrolling",
        "city": "kaiserslautern",
        "email": "d.andres@example.org",
    },
    {
        "name": "Daniel März",
        "title": "Dr.",
        "role": "Ansprechperson für das Großstadtnetzwerk",
        "organisation": "Transferagentur für Großstädte",
        "email": "grossstadtnetzwerk@example.org",
        "public_contact": True,
    },
]

EXAMPLE_NOTICE = (
    "Beispieltext aus den Demodaten – vor dem Livegang durch den verbindlichen Text "
    "der herausgebenden Stelle ersetzen."
)

STANDARD_PAGES = [
    {
        "slug": "impressum",
        "title": "Impressum",
        "intro": "Angaben gemäß § 5 DDG und § 18 MStV.",
        "sections": [
            (
                "Herausgeber",
                "<p>Transferagentur für Großstädte<br/>Musterstraße 1<br/>"
                "10115 Berlin</p>",
            ),
            ("Kontakt", "<p>E-Mail: grossstadtnetzwerk@example.org</p>"),
            (
                "Verantwortlich für den Inhalt",
                "<p>Die jeweiligen Mitgliedskommunen für ihre Praxisprofile; im "
                "Übrigen die Transferagentur für Großstädte.</p>",
            ),
        ],
        "setting": "imprint_page",
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "intro": "Wie das Praxisportal mit personenbezogenen Daten umgeht.",
        "sections": [
            (
                "Verantwortliche Stelle",
                "<p>Transferagentur für Großstädte, Anschrift siehe Impressum.</p>",
            ),
            (
                "Besuch der Website",
                "<p>Das Portal lädt keine Schriften, Skripte oder Karten von fremden "
                "Servern und setzt keine Analyse-Werkzeuge ein. Der Server "
                "protokolliert technisch notwendige Zugriffsdaten.</p>",
            ),
            (
                "Cookies",
                "<p>Ein Sitzungscookie wird nur gesetzt, wenn Sie sich anmelden oder "
                "ein Formular absenden.</p>",
            ),
            (
                "Ihre Rechte",
                "<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und "
                "Einschränkung der Verarbeitung sowie ein Beschwerderecht bei einer "
                "Datenschutzaufsichtsbehörde.</p>",
            ),
        ],
        "setting": "privacy_page",
    },
]
