"""The library's demo section and the seed report as a PDF, which the report
(built later, in the second pass) links by its title; the PDF repeats the
report's principles and poll in the seed's words.
"""

LIBRARY = {
    "slug": "downloads",
    "title": "Downloads",
    "intro": (
        "<p>Berichte, Dossiers, Präsentationen und Handreichungen aus dem Netzwerk. "
        "Bei jeder Datei stehen Format und Größe.</p>"
    ),
}

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

REPORT_PARAGRAPHS = [
    "1. Datenbasierung: „Daten bieten Kommunikationsanlässe“ Um integriert planen "
    "zu können, bietet sich die Etablierung einer fachbereichsübergreifenden "
    "Datenbasis als gemeinsame Planungsgrundlage an.",
    "2. Sozialraumorientierung: „Der Raum als verbindendes Element“ Die Integration "
    "von Daten und Berichtssystemen kann eine breitere Basis an "
    "steuerungsrelevanten Informationen für Sozialräume bereitstellen. Die "
    "Fokussierung auf einen sozialräumlichen Ansatz geht dann über die Betrachtung "
    "einzelner Institutionen und Angebote hinaus und nimmt die Lebens- und "
    "Bildungsräume in den Blick.",
    "3. Partizipation: „Gemeinsam handeln und gestalten“ Mit dem Ansatz einer "
    "integrierten Bildungsplanung rückt eine konsequente Einbindung relevanter "
    "Akteurinnen und Akteure vor Ort in den Vordergrund. Dies erfordert eine "
    "kritische Auseinandersetzung mit bestehenden Ansätzen vor Ort sowie die "
    "Entwicklung neuer Formate einer partizipativ ausgerichteten Bildungsplanung.",
    "Die Ergebnisse der Mentimeter-Abfrage zeigten, dass sich vielerorts bereits "
    "ein Verständnis einer kommunalen Bildungsplanung etabliert hat. Dabei stand in "
    "den vergangenen Jahren insbesondere der Aufbau und die Weiterentwicklung von "
    "Monitoringsystemen und Berichtsformaten zur Bündelung und Systematisierung von "
    "Daten als Planungsgrundlage im Fokus der Debatte. Die größten "
    "Entwicklungspotenziale lassen sich hingegen bei der Umsetzung eines "
    "sozialräumlichen und partizipativen Ansatzes kommunaler Bildungsplanung "
    "identifizieren.",
    "Dabei zeigt der Blick in die Praxis: Eine datenbasierte, sozialräumliche und "
    "partizipative Bildungsplanung ist keine Methode oder ein isoliertes "
    "Steuerungsinstrument, das – einmal eingeführt – automatisiert umgesetzt werden "
    "kann. Integrierte Planung ist vielmehr ein stetiger Dialog darüber, was gute "
    "Bildung ausmacht, welche drängenden Handlungsbedarfe bestehen und wie lokale "
    "Bildungsräume aktiv gestaltet werden können.",
]
