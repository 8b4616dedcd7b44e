"""The network meeting's report and its PDF, from the seed.

Quotes are the speakers' words from the seed; the rest summarises it. The
seed reports the Mentimeter poll only in words, so the demo report has no
survey chart: invented figures would read as the meeting's result.
"""

ARTICLE_KINDS = [  # name, slug, reports of an event
    ("Großstadtnetzwerk", "grossstadtnetzwerk", True),
    ("Fachtag", "fachtag", True),
    ("Workshop", "workshop", True),
    ("Interview", "interview", False),
    ("Blick in die Wissenschaft", "blick-in-die-wissenschaft", False),
]

SECTION_INTROS = {
    "aktuelles": (
        "<p>Berichte aus den Treffen des Großstadtnetzwerks, von Fachtagen und aus "
        "Gesprächen mit Praxis und Wissenschaft.</p>"
    ),
}

REPORT = {
    "slug": "standortbestimmung-kommunaler-bildungsplanung",
    "title": "Standortbestimmung kommunaler Bildungsplanung",
    "place": "online",
    "teaser": (
        "Datenbasiert, sozialräumlich, partizipativ: Das Großstadtnetzwerk hat "
        "Bilanz gezogen, wo integrierte Bildungsplanung in den Kommunen steht – mit "
        "einem Blick in die Wissenschaft und drei Beispielen aus der Praxis."
    ),
    "tags": ["datenbasiert", "sozialräumlich", "partizipativ", "Integrierte Planung"],
}

QUOTE_TRUST = (
    "Vertrauen ist die Basis einer integrierten Planung. Wir müssen innerhalb der "
    "Verwaltung auf Vertrauen zwischen unterschiedlichen Bereichen und Professionen "
    "setzen, aber auch nach außen hin das Vertrauen in die Kommunalverwaltung als "
    "ein gestaltender Akteur stärken."
)
QUOTE_FOUNDATIONS = (
    "Wir haben in vielen Bereichen des datenbasierten und kooperativen Arbeitens in "
    "den Kommunen deutschlandweit bereits die Grundsteine gelegt. Jetzt geht es "
    "darum, die integrierte Bildungsplanung qualitativ weiter zu entwickeln."
)
QUOTE_RESPONSIBILITY = (
    "Wir als Kommunalverwaltung haben eine große Verantwortung für gelingende "
    "Bildungsprozesse – diese sollten wir selbstbewusst wahrnehmen und "
    "Bildungslandschaften aktiv gestalten."
)
QUOTE_MAYKUS = (
    "Bildung muss vor Ort erlebt und gestaltet werden. Ein zukunftsfähiges Modell "
    "der Bildungsplanung muss demnach als bildungsplanerisches "
    "Stadtentwicklungskonzept gedacht werden."
)

PRINCIPLES = [
    {
        "title": "Datenbasierung",
        "claim": "Daten bieten Kommunikationsanlässe",
        "text": (
            "Um integriert planen zu können, bietet sich die Etablierung einer "
            "fachbereichsübergreifenden Datenbasis als gemeinsame Planungsgrundlage "
            "an."
        ),
    },
    {
        "title": "Sozialraumorientierung",
        "claim": "Der Raum als verbindendes Element",
        "text": (
            "Die Integration von Daten und Berichtssystemen kann eine breitere Basis "
            "an steuerungsrelevanten Informationen für Sozialräume bereitstellen. Die "
            "Fokussierung auf einen sozialräumlichen Ansatz geht dann über die "
            "Betrachtung einzelner Institutionen und Angebote hinaus und nimmt die "
            "Lebens- und Bildungsräume in den Blick."
        ),
    },
    {
        "title": "Partizipation",
        "claim": "Gemeinsam handeln und gestalten",
        "text": (
            "Mit dem Ansatz einer integrierten Bildungsplanung rückt eine konsequente "
            "Einbindung relevanter Akteurinnen und Akteure vor Ort in den Vordergrund. "
            "Dies erfordert eine kritische Auseinandersetzung mit bestehenden "
            "Ansätzen vor Ort sowie die Entwicklung neuer Formate einer partizipativ "
            "ausgerichteten Bildungsplanung."
        ),
    },
]

PRINCIPLES_BLOCK = {
    "heading": "Drei Grundsätze integrierter Bildungsplanung",
    "principles": PRINCIPLES,
}

POLL_SUMMARY = (
    "Die Ergebnisse der Mentimeter-Abfrage zeigten, dass sich vielerorts bereits "
    "ein Verständnis einer kommunalen Bildungsplanung etabliert hat. Dabei stand in "
    "den vergangenen Jahren insbesondere der Aufbau und die Weiterentwicklung von "
    "Monitoringsystemen und Berichtsformaten zur Bündelung und Systematisierung von "
    "Daten als Planungsgrundlage im Fokus der Debatte. Die größten "
    "Entwicklungspotenziale lassen sich hingegen bei der Umsetzung eines "
    "sozialräumlichen und partizipativen Ansatzes kommunaler Bildungsplanung "
    "identifizieren."
)
POLL_CONCLUSION = (
    "Dabei zeigt der Blick in die Praxis: Eine datenbasierte, sozialräumliche und "
    "partizipative Bildungsplanung ist keine Methode oder ein isoliertes "
    "Steuerungsinstrument, das – einmal eingeführt – automatisiert umgesetzt werden "
    "kann. Integrierte Planung ist vielmehr ein stetiger Dialog darüber, was gute "
    "Bildung ausmacht, welche drängenden Handlungsbedarfe bestehen und wie lokale "
    "Bildungsräume aktiv gestaltet werden können."
)

SCIENCE_HEADING = "Blick in die Wissenschaft mit Prof. Dr. Stephan Maykus"

PRACTICE_HEADING = "Blick in die Praxis – Ansätze integrierter Bildungsplanung"
PRACTICE_VIEWS = [
    {
        "heading": "Mannheim: Integriertes Sozialmanagement ist eine Daueraufgabe",
        "person": "Heike Fleischmann",
        "quote": (
            "Die sozialräumliche Orientierung erlaubt uns eine gezielte Zuordnung "
            "der vorhandenen Mittel und Ressourcen zu den einzelnen Quartieren."
        ),
        "text": (
            "<p>Heike Fleischmann berichtete über den Prozess, ein modernes, "
            "fachbereichs- und dezernatsübergreifendes integriertes Sozialmanagement "
            "(ISM) einzuführen, das als wichtiges Schlüsselprojekt gilt. In den "
            "letzten zwei Jahren hat eine Projektgruppe aus vier Fachbereichen sechs "
            "Steuerungsinstrumente zur integrierten Planung entwickelt.</p>"
        ),
        "practice": "integriertes-sozialmanagement",
    },
    {
        "heading": "Augsburg: Bildungsmonitoring muss nicht kompliziert sein",
        "person": "Klaus Maciol",
        "quote": (
            "In Augsburg orientieren wir uns am Ansatz der aktivierenden "
            "Gemeinwesenarbeit und entwickeln gemeinsam mit dem Stadtjugendring, "
            "weiteren Trägern der Jugendhilfe sowie Schulen ein Konzept zur "
            "Partizipation junger Menschen an der Stadtentwicklung."
        ),
        "text": (
            "<p>Klaus Maciol berichtete über den Augsburger Ansatz integrierter "
            "Bildungsplanung. Anspruch ist, über das Bildungsmonitoring auch die "
            "Rahmenbedingungen der Bildungsteilhabe in den Blick zu nehmen. "
            "Angefangen hat es damit, das städtische Kinderferienprogramm zu "
            "verbessern.</p>"
        ),
        "practice": "bildungsmonitoring",
    },
    {
        "heading": (
            "Kaiserslautern: Basis für eine niedrigschwellige Datenbeschaffung und "
            "Datenanalyse"
        ),
        "person": "Dirk Andres",
        "quote": (
            "Mit KLAR haben wir ein integriertes Informations- und Steuerungssystem "
            "geschaffen, das für alle Führungskräfte zur Verfügung steht und ihnen "
            "genau die Daten, Zusammenhänge und Entwicklungen anzeigt, die sie zur "
            "Entscheidung benötigen."
        ),
        "text": (
            "<p>Dirk Andres schilderte, wie Kaiserslautern mit dem integrierten "
            "Informationssystem KLAR (Kaiserslautern-Analyse-Recherche) startete, "
            "welche Herausforderungen es gab und worin der Mehrwert des Tools "
            "liegt.</p>"
        ),
        "practice": "klar-informations-und-steuerungssystem",
    },
]

NETWORK_TEXT = (
    "Das Großstadtnetzwerk der Transferagentur für Großstädte ist ein bundesweites "
    "Netzwerk von Kommunen, die ein datenbasiertes kommunales Bildungsmanagement "
    "aufbauen und weiterentwickeln, um für aktuelle Herausforderungen im "
    "Bildungsbereich ressortübergreifende Lösungen zu erarbeiten. Die Treffen "
    "fördern den städteübergreifenden Praxis- und Erfahrungsaustausch und bieten "
    "die Zeit sowie einen vertraulichen Rahmen für kollegialen Austausch und "
    "Vernetzung. Ein Einstieg ins Großstadtnetzwerk ist jederzeit möglich."
)

REPORT_DOCUMENT = {
    "title": "Standortbestimmung kommunaler Bildungsplanung – Bericht",
    "description": (
        "Der Bericht vom Treffen des Großstadtnetzwerks: drei Grundsätze "
        "integrierter Bildungsplanung, die Ergebnisse der Abfrage und der Blick in "
        "Wissenschaft und Praxis."
    ),
    "document_type": "dokumentation",
    "publisher": "Transferagentur für Großstädte",
    "filename": "standortbestimmung-kommunaler-bildungsplanung.pdf",
    "tags": ["datenbasiert", "sozialräumlich", "partizipativ"],
}
