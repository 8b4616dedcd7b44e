"""The member area's meeting material, summarised from the seed report."""

MEMBER_AREA_INTRO = (
    "<p>Material der Netzwerktreffen für die Mitgliedskommunen. Die Treffen bieten "
    "einen vertraulichen Rahmen für kollegialen Austausch und Vernetzung.</p>"
)
MEETING = {
    "slug": "standortbestimmung-kommunaler-bildungsplanung",
    "title": "Netzwerktreffen „Standortbestimmung kommunaler Bildungsplanung“",
    "place": "online",
    "intro": "Ablauf und Material des digitalen Netzwerktreffens.",
}
MEETING_AGENDA = [
    "Abfrage mit Mentimeter: Wo steht die kommunale Bildungsplanung?",
    "Blick in die Wissenschaft mit Prof. Dr. Stephan Maykus, Hochschule Osnabrück",
    "Blick in die Praxis: Mannheim (Heike Fleischmann), Augsburg (Klaus Maciol), "
    "Kaiserslautern (Dirk Andres)",
    "Kommentar des critical friend Felix Brümmer, Stadt Neumünster",
    "Kollegialer Austausch im vertraulichen Rahmen",
]
PRIVATE_DOCUMENT = {
    "title": "Ablauf und Material zum Netzwerktreffen (intern)",
    "description": "Ablauf des Treffens für die Mitgliedskommunen.",
    "document_type": "praesentation",
    "publisher": "Transferagentur für Großstädte",
    "filename": "netzwerktreffen-ablauf-intern.pdf",
}
