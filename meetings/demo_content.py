"""The demo meetings, summarised in our own words from the seed report."""

INDEX_INTRO = (
    "<p>Netzwerktreffen, Fachtage, Werkstätten und Online-Formate des "
    "Großstadtnetzwerks: Hier melden Sie sich an, und nach jeder Veranstaltung "
    "finden Sie den Bericht und die vorgestellten Praxisprofile.</p>"
)

PAST_MEETING = {
    "slug": "standortbestimmung-kommunaler-bildungsplanung",
    "title": "Netzwerktreffen: Standortbestimmung kommunaler Bildungsplanung",
    "kind": "online-format",
    "days_ago": 21,
    "start": (10, 0),
    "end": (13, 0),
    "teaser": (
        "Digitales Netzwerktreffen: Wo steht die integrierte Bildungsplanung in den "
        "Großstädten? Eine Abfrage, ein Impuls aus der Wissenschaft und drei Beispiele "
        "aus Mannheim, Augsburg und Kaiserslautern."
    ),
    "description": (
        "<p>Das Netzwerk hat gemeinsam Bilanz gezogen: Datenbasierte Planung ist in "
        "vielen Kommunen schon angekommen, beim sozialräumlichen und beim "
        "partizipativen Ansatz liegen die größten Entwicklungschancen. Begleitet "
        "wurde das Treffen von Felix Brümmer aus Neumünster, der den Blick von außen "
        "einbrachte.</p>"
    ),
    "cities": ["mannheim", "augsburg", "kaiserslautern"],
    "tags": ["Integrierte Planung"],
    "approaches": ["datenbasiert", "sozialräumlich", "partizipativ"],
    "capacity": 60,
    "programme": [
        (
            (10, 0),
            (10, 20),
            "Begrüßung und Abfrage: Wo stehen wir?",
            ["Daniel März"],
            "Eine kurze Online-Abfrage zeigt, was sich in den Kommunen bewährt hat.",
        ),
        (
            (10, 20),
            (11, 0),
            "Blick in die Wissenschaft",
            ["Stephan Maykus"],
            "Bildungsplanung als Teil der Stadtentwicklung denken.",
        ),
        (
            (11, 0),
            (12, 15),
            "Blick in die Praxis: drei Städte",
            ["Heike Fleischmann", "Klaus Maciol", "Dirk Andres"],
            "Integriertes Sozialmanagement, Bildungsmonitoring und das "
            "Informationssystem KLAR.",
        ),
        (
            (12, 15),
            (13, 0),
            "Kommentar und kollegialer Austausch",
            ["Felix Brümmer"],
            "Was heißt das für die eigene Kommune?",
        ),
    ],
    "practices": [
        "integriertes-sozialmanagement",
        "bildungsmonitoring",
        "klar-informations-und-steuerungssystem",
    ],
}

UPCOMING_MEETING = {
    "slug": "werkstatt-beteiligung-junger-menschen",
    "title": "Online-Werkstatt: Junge Menschen an der Bildungsplanung beteiligen",
    "kind": "online-format",
    "days_ahead": 30,
    "start": (10, 0),
    "end": (12, 30),
    "teaser": (
        "Wie kommen Kinder und Jugendliche in die Bildungsplanung? Augsburg stellt "
        "seinen Weg vor, danach tauschen sich die Kommunen in kleinen Gruppen aus."
    ),
    "description": (
        "<p>Beteiligung ist der Ansatz, bei dem die Kommunen des Netzwerks den "
        "größten Entwicklungsbedarf sehen. In dieser Werkstatt geht es um "
        "praktische Fragen: Welche Formate erreichen junge Menschen, wie fließen "
        "ihre Hinweise in die Planung ein, und wer muss in der Verwaltung mitziehen?"
        "</p><p>Den Zugangslink erhalten Sie nach der Bestätigung Ihrer Anmeldung "
        "per E-Mail.</p>"
    ),
    "cities": ["augsburg"],
    "tags": ["Jugendbeteiligung"],
    "approaches": ["partizipativ", "sozialräumlich"],
    "capacity": 30,
    "access_url": "https://konferenz.example.org/grossstadtnetzwerk-werkstatt",
    "programme": [
        ((10, 0), (10, 15), "Ankommen und Einführung", ["Daniel März"], ""),
        (
            (10, 15),
            (11, 0),
            "Beteiligung junger Menschen in Augsburg",
            ["Klaus Maciol"],
            "Wie Stadtjugendring, Träger und Schulen gemeinsam planen.",
        ),
        ((11, 0), (12, 15), "Austausch in Kleingruppen", [], ""),
        ((12, 15), (12, 30), "Ergebnisse und Ausblick", ["Daniel März"], ""),
    ],
    "practices": ["jugendbeteiligung-stadtentwicklung"],
}
