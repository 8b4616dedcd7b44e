"""The three practice views of the seed report, summarised as practice profiles."""

INDEX_INTRO = (
    "<p>Wie planen Großstädte Bildung integriert? Hier berichten Mitgliedskommunen, "
    "wie sie vorgegangen sind, was gewirkt hat und was andere übernehmen können.</p>"
)

CITY_INTROS = {
    "mannheim": (
        "<p>Mannheim verbindet Bildungsplanung, Soziales, Kindertagesbetreuung und "
        "Jugendhilfe in einem integrierten Sozialmanagement.</p>"
    ),
    "augsburg": (
        "<p>Augsburg nutzt sein Bildungsmonitoring, um Bildungsteilhabe in der "
        "Stadtentwicklung mitzudenken, und beteiligt junge Menschen.</p>"
    ),
    "kaiserslautern": (
        "<p>Kaiserslautern stellt allen Führungskräften der Verwaltung mit KLAR eine "
        "gemeinsame Datenbasis zur Verfügung.</p>"
    ),
}

PRACTICES = [
    {
        "city": "mannheim",
        "slug": "integriertes-sozialmanagement",
        "title": "Integriertes Sozialmanagement (ISM)",
        "teaser": (
            "Vier Fachbereiche haben gemeinsam sechs Steuerungsinstrumente für eine "
            "integrierte, sozialräumliche Planung entwickelt."
        ),
        "quote_person": "Heike Fleischmann",
        "quote_text": (
            "Die sozialräumliche Orientierung erlaubt uns eine gezielte Zuordnung "
            "der vorhandenen Mittel und Ressourcen zu den einzelnen Quartieren."
        ),
        "situation": (
            "<p>Bildung, Soziales, Kindertagesbetreuung und Jugendhilfe planten "
            "lange nebeneinander. Mannheim wollte ein fachbereichs- und "
            "dezernatsübergreifendes Sozialmanagement aufbauen; es gilt in der Stadt "
            "als Schlüsselprojekt.</p>"
        ),
        "procedure": (
            "<p>Über zwei Jahre arbeitete eine Projektgruppe aus vier Fachbereichen "
            "zusammen. Sie verständigte sich zuerst auf ein gemeinsames Verständnis "
            "integrierter Planung und leitete daraus Instrumente ab.</p>"
        ),
        "results": (
            "<p>Entstanden sind sechs Steuerungsinstrumente zur integrierten Planung. "
            "Sie bilden die gemeinsame Grundlage der beteiligten Fachbereiche und "
            "erlauben es, Mittel gezielt den Quartieren zuzuordnen.</p>"
        ),
        "success_factors": (
            "<p>Integriertes Sozialmanagement ist eine Daueraufgabe: Es braucht "
            "feste Arbeitsstrukturen über Dezernatsgrenzen hinweg und Vertrauen "
            "zwischen den Professionen.</p>"
        ),
        "transferability": (
            "<p>Übertragbar ist vor allem der Weg: erst ein gemeinsames Verständnis, "
            "dann Instrumente, die alle Beteiligten tragen.</p>"
        ),
        "departments": [
            ("Bildung", "40"),
            ("Arbeit und Soziales", "50"),
            ("Tageseinrichtungen für Kinder", "56"),
            ("Jugendamt und Gesundheitsamt", "58"),
        ],
        "status": "laufend",
        "start_year": 2019,
        "approaches": ["sozialräumlich", "datenbasiert"],
        "topics": ["Integrierte Planung", "Steuerung", "Quartier"],
        "contacts": ["Heike Fleischmann"],
        "links": [("Website der Stadt Mannheim", "https://www.mannheim.de/")],
    },
    {
        "city": "augsburg",
        "slug": "bildungsmonitoring",
        "title": "Bildungsmonitoring muss nicht kompliziert sein",
        "teaser": (
            "Augsburgs Bildungsmonitoring nimmt auch die Rahmenbedingungen der "
            "Bildungsteilhabe in den Blick und führte so zur integrierten "
            "Bildungsplanung."
        ),
        "situation": (
            "<p>Das Augsburger Bildungsmonitoring sollte nicht nur Bildungsdaten "
            "sammeln, sondern auch zeigen, welche Bedingungen der Stadtentwicklung "
            "und der Jugendhilfe Bildungsteilhabe beeinflussen.</p>"
        ),
        "procedure": (
            "<p>Unter dem Dach „Bildung integriert“ wurden verschiedene Referate "
            "strukturell miteinander verbunden. Der Bildungsbericht bündelt die "
            "Daten für die gemeinsame Planung.</p>"
        ),
        "results": (
            "<p>Aus dem Monitoring ist eine integrierte Bildungsplanung entstanden, "
            "die Augsburg schrittweise weiterentwickelt. 2020 erschien der dritte "
            "Bildungsbericht.</p>"
        ),
        "transferability": (
            "<p>Ein Monitoring muss nicht perfekt sein, um zu wirken: Entscheidend "
            "ist, dass die Daten Fragen der Planung beantworten.</p>"
        ),
        "status": "laufend",
        "start_year": 2012,
        "approaches": ["datenbasiert"],
        "topics": ["Bildungsmonitoring", "Bildungsbericht", "Stadtentwicklung"],
        "contacts": ["Klaus Maciol"],
        "links": [("Website der Stadt Augsburg", "https://www.augsburg.de/")],
    },
    {
        "city": "augsburg",
        "slug": "kinderferienprogramm",
        "title": "Ein Kinderferienprogramm, das die Richtigen erreicht",
        "teaser": (
            "Klug kombinierte Daten sorgen dafür, dass das städtische "
            "Kinderferienprogramm vor allem Kinder aus sozial benachteiligten "
            "Familien erreicht."
        ),
        "situation": (
            "<p>Das städtische Kinderferienprogramm erreichte nicht unbedingt die "
            "Kinder, die am meisten davon profitieren.</p>"
        ),
        "procedure": (
            "<p>Vorhandene Daten aus verschiedenen Referaten wurden kombiniert, um "
            "zu sehen, in welchen Stadtteilen Kinder aus benachteiligten Familien "
            "leben und wie sie das Angebot bisher nutzten.</p>"
        ),
        "results": (
            "<p>Das Angebot wurde so verbessert, dass es vor allem Kinder aus sozial "
            "benachteiligten Familien erreicht. Es war der Anfang der integrierten "
            "Bildungsplanung in Augsburg.</p>"
        ),
        "status": "abgeschlossen",
        "start_year": 2016,
        "end_year": 2018,
        "approaches": ["datenbasiert", "sozialräumlich"],
        "topics": ["Ferienprogramm", "Armutsprävention"],
        "contacts": ["Klaus Maciol"],
    },
    {
        "city": "augsburg",
        "slug": "jugendbeteiligung-stadtentwicklung",
        "title": "Junge Menschen gestalten die Stadtentwicklung mit",
        "teaser": (
            "Mit dem Stadtjugendring, Trägern der Jugendhilfe und Schulen entwickelt "
            "Augsburg ein Konzept zur Beteiligung junger Menschen."
        ),
        "quote_person": "Klaus Maciol",
        "quote_text": (
            "In Augsburg orientieren wir uns am Ansatz der aktivierenden "
            "Gemeinwesenarbeit und entwickeln gemeinsam mit dem Stadtjugendring, "
            "weiteren Trägern der Jugendhilfe sowie Schulen ein Konzept zur "
            "Partizipation junger Menschen an der Stadtentwicklung."
        ),
        "situation": (
            "<p>Junge Menschen sind von Entscheidungen der Stadtentwicklung "
            "betroffen, kommen in Planungsprozessen aber selten zu Wort.</p>"
        ),
        "procedure": (
            "<p>Nach dem Ansatz der aktivierenden Gemeinwesenarbeit arbeiten "
            "Stadtjugendring, Jugendhilfeträger und Schulen gemeinsam an einem "
            "Beteiligungskonzept.</p>"
        ),
        "status": "geplant",
        "start_year": 2022,
        "approaches": ["partizipativ"],
        "topics": ["Jugendbeteiligung", "Stadtentwicklung"],
        "contacts": ["Klaus Maciol"],
    },
    {
        "city": "kaiserslautern",
        "slug": "klar-informations-und-steuerungssystem",
        "title": "KLAR – Informations- und Steuerungssystem",
        "teaser": (
            "Mit der Steuerungssoftware KLAR (Kaiserslautern-Analyse-Recherche) "
            "erhalten alle Führungskräfte eine abgestimmte, konsistente Datenbasis."
        ),
        "quote_person": "Dirk Andres",
        "quote_text": (
            "Mit KLAR haben wir ein integriertes Informations- und Steuerungssystem "
            "geschaffen, das für alle Führungskräfte zur Verfügung steht."
        ),
        "situation": (
            "<p>Daten lagen in den Fachbereichen verstreut und waren für "
            "Entscheidungen schwer zugänglich.</p>"
        ),
        "procedure": (
            "<p>Die Stabsstelle Zentralcontrolling baute mit KLAR eine Datenbank "
            "auf, die perspektivisch allen Fachbereichen eine gemeinsame Grundlage "
            "bietet. Der Start brachte Herausforderungen mit sich, die das Team "
            "schrittweise löste.</p>"
        ),
        "results": (
            "<p>Führungskräfte sehen die Daten, Zusammenhänge und Entwicklungen, "
            "die sie für ihre Entscheidungen brauchen – niedrigschwellig und ohne "
            "eigene Auswertung.</p>"
        ),
        "status": "laufend",
        "start_year": 2018,
        "approaches": ["datenbasiert"],
        "topics": ["Steuerung", "Bildungsmonitoring"],
        "contacts": ["Dirk Andres"],
        "links": [
            ("Website der Stadt Kaiserslautern", "https://www.kaiserslautern.de/")
        ],
    },
]
