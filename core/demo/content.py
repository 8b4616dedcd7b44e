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
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "intro": (
            "Die Transferagentur für Großstädte möchte das Praxisportal "
            "Großstadtnetzwerk für alle Menschen zugänglich machen. Grundlage sind "
            "die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und die "
            "Richtlinie (EU) 2016/2102. Diese Erklärung gilt für die öffentlichen "
            "Seiten des Portals und den internen Bereich für Mitglieder."
        ),
        "notice": (
            "Die Prüfergebnisse beschreiben den Stand dieser Software. Anschrift und "
            "E-Mail-Adresse sind Beispielangaben aus den Demodaten – vor dem "
            "Livegang durch die Kontaktdaten der herausgebenden Stelle ersetzen."
        ),
        "sections": [
            (
                "Stand der Vereinbarkeit mit den Anforderungen",
                "<p>Dieses Portal ist mit der BITV 2.0 (WCAG 2.1, Stufe AA) "
                "<strong>teilweise vereinbar</strong>. Die Seiten selbst erfüllen die "
                "geprüften Anforderungen; Ausnahmen betreffen Dokumente und Texte, "
                "die im folgenden Abschnitt genannt sind.</p>",
            ),
            (
                "Nicht barrierefreie Inhalte",
                "<ul>"
                "<li>PDF-Dokumente in den Downloads und im internen Bereich stammen "
                "zum Teil von den Mitgliedskommunen und sind nicht durchgehend "
                "barrierefrei (zum Beispiel ohne Tags für die Lesereihenfolge). Die "
                "Themendossiers erzeugt das Portal selbst als getaggte PDF-Dateien "
                "(PDF/UA-1); diese wurden nicht zusätzlich von Hand geprüft. Wenn Sie "
                "ein Dokument in anderer Form brauchen, schreiben Sie uns.</li>"
                "<li>In Kurztexten, die ohne Formatierung gepflegt werden "
                "(Kurzbeschreibungen, Kurzbiografien, Namen), können englische "
                "Ausdrücke nicht als Englisch gekennzeichnet werden; Vorlesesoftware "
                "spricht sie dann deutsch aus. In Fließtexten kennzeichnet die "
                "Redaktion sie mit der Schaltfläche „EN“.</li>"
                "<li>Die Redaktionsoberfläche (Wagtail) ist nicht Gegenstand dieser "
                "Erklärung; sie ist in Teilen englisch beschriftet.</li>"
                "</ul>",
            ),
            (
                "Erstellung dieser Erklärung",
                "<p>Diese Erklärung wurde am 26. November 2026 erstellt. Sie beruht "
                "auf einer Selbstbewertung durch das Entwicklungsteam.</p>"
                "<p>Automatisiert geprüft – bei jeder Änderung der Software, in einem "
                "echten Browser (Chromium):</p>"
                "<ul>"
                "<li>jede Seitenart, die Suche mit Treffern und Filtern, die Formulare "
                "mit Fehlermeldungen, die Anmeldeseite, die Fehlerseite „Seite nicht "
                "gefunden“ und alle Schritte der Heftbestellung mit dem Prüfwerkzeug "
                "axe-core (Regeln für WCAG 2.0 und 2.1, Stufen A und AA, sowie "
                "bewährte Praktiken): keine Verstöße;</li>"
                "<li>genau eine Hauptüberschrift je Seite und keine übersprungenen "
                "Überschriftenebenen;</li>"
                "<li>Linktexte, die auch ohne Umgebung verständlich sind, und keine "
                "gleichlautenden Links zu verschiedenen Zielen;</li>"
                "<li>Kennzeichnung englischer Ausdrücke mit der Sprache Englisch;</li>"
                "<li>Darstellung ohne waagerechtes Scrollen bei 320 Pixel Breite "
                "(entspricht 400\u00a0% Vergrößerung);</li>"
                "<li>keine Animationen und kein weiches Scrollen, wenn im System "
                "„Bewegung reduzieren“ eingestellt ist;</li>"
                "<li>Kontrast von mindestens 4,5:1 für alle Text- und "
                "Hintergrundfarben des Stylesheets, 3:1 für Rahmen und "
                "Fokusmarkierung;</li>"
                "<li>die ganze Heftbestellung allein mit der Tastatur, mit stets "
                "sichtbarem Fokus in der Lesereihenfolge;</li>"
                "<li>Fehlermeldungen in Formularen: Zusammenfassung am Anfang, die den "
                "Fokus erhält und zu den Feldern verlinkt; jede Meldung ist mit "
                "ihrem Feld verknüpft.</li>"
                "</ul>"
                "<p>Von Hand geprüft: die Darstellung aller Seitenarten in 1280 und "
                "375 Pixel Breite. Noch nicht geprüft wurde die Bedienung mit "
                "Screenreadern (etwa NVDA oder VoiceOver) und mit Spracheingabe.</p>",
            ),
            (
                "Feedback und Kontakt",
                "<p>Sind Ihnen Barrieren aufgefallen, oder brauchen Sie einen Inhalt "
                "in anderer Form? Schreiben Sie an "
                '<a href="mailto:grossstadtnetzwerk@example.org">'
                "grossstadtnetzwerk@example.org</a> oder an die Transferagentur für "
                "Großstädte, Musterstraße 1, 10115 Berlin. Wir antworten in der "
                "Regel innerhalb von zwei Wochen.</p>",
            ),
            (
                "Schlichtungsverfahren",
                "<p>Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort "
                "erhalten, können Sie einen Antrag auf ein Schlichtungsverfahren "
                "stellen: bei der Schlichtungsstelle nach § 16 des "
                "Behindertengleichstellungsgesetzes (BGG) beim Beauftragten der "
                "Bundesregierung für die Belange von Menschen mit Behinderungen. Sie "
                "hilft, Streit über Barrieren ohne Gericht beizulegen; das Verfahren "
                "ist kostenfrei, einen Rechtsbeistand brauchen Sie nicht.</p>"
                "<p>Schlichtungsstelle nach dem Behindertengleichstellungsgesetz, "
                "Mauerstraße 53, 10117 Berlin, E-Mail: "
                '<a href="mailto:info@schlichtungsstelle-bgg.de">'
                "info@schlichtungsstelle-bgg.de</a>, Website: "
                '<a href="https://www.schlichtungsstelle-bgg.de/">'
                "www.schlichtungsstelle-bgg.de</a></p>",
            ),
        ],
        "setting": "accessibility_page",
    },
]
