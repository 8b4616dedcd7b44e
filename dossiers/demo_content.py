"""Theme dossier 1, assembled from the seed report and its five practices.

The texts summarise the report of the network meeting; quotes are verbatim and
attributed to their speakers.
"""

import datetime

INDEX_INTRO = (
    "<p>Die Themendossiers bündeln Praxisprofile, Fachbeiträge und Stimmen aus dem "
    "Netzwerk zu einem Schwerpunkt. Alle Ausgaben stehen als PDF bereit; solange "
    "der Vorrat reicht, schicken wir Ihnen die gedruckten Hefte kostenfrei zu.</p>"
)

DOSSIER = {
    "slug": "integrierte-bildungsplanung",
    "title": "Integrierte Bildungsplanung – datenbasiert, sozialräumlich, partizipativ",
    "issue_number": 1,
    "subtitle": (
        "Eine Standortbestimmung kommunaler Bildungsplanung aus dem "
        "Großstadtnetzwerk, mit fünf Praxisbeispielen aus drei Städten"
    ),
    "publication_date": datetime.date(2026, 10, 15),
    "stock": 250,
    "max_per_order": 5,
    "approaches": ["datenbasiert", "sozialräumlich", "partizipativ"],
    "topics": ["Integrierte Planung", "Bildungsmonitoring", "Steuerung"],
    "intro": (
        "<p>Wie weit ist die kommunale Bildungsplanung in deutschen Großstädten? "
        "Beim Treffen des Großstadtnetzwerks zeigte eine gemeinsame Abfrage: Die "
        "meisten Kommunen haben ihr Bildungsmonitoring und ihre Berichte in den "
        "letzten Jahren ausgebaut. Die größten Aufgaben liegen heute darin, Planung "
        "konsequent auf die Quartiere auszurichten und die Menschen vor Ort "
        "einzubeziehen.</p>"
        "<p>Dieses Dossier folgt den drei Grundsätzen, auf die sich das Netzwerk "
        "verständigt hat – datenbasiert, sozialräumlich, partizipativ – und zeigt an "
        "Beispielen aus Mannheim, Augsburg und Kaiserslautern, wie Städte sie "
        "umsetzen. Ein Blick aus der Wissenschaft ordnet ein, wohin sich integrierte "
        "Bildungsplanung entwickeln kann.</p>"
    ),
}

CHAPTERS = [
    {
        "title": "Wo die Großstädte stehen",
        "paragraph": (
            "<p>Integrierte Bildungsplanung ist kein Instrument, das man einmal "
            "einführt und das dann von selbst läuft. Sie ist ein fortwährendes "
            "Gespräch darüber, was gute Bildung vor Ort bedeutet, wo der Bedarf am "
            "größten ist und wie sich Bildungsräume gemeinsam gestalten lassen.</p>"
            "<p>Die Grundlagen sind vielerorts gelegt: Monitoringsysteme und "
            "Berichte bündeln Daten als gemeinsame Planungsbasis. Entwicklungsbedarf "
            "sehen die Städte vor allem beim sozialräumlichen und beim partizipativen "
            "Arbeiten.</p>"
        ),
        "quote": (
            "Vertrauen ist die Basis einer integrierten Planung. Wir müssen "
            "innerhalb der Verwaltung auf Vertrauen zwischen unterschiedlichen "
            "Bereichen und Professionen setzen, aber auch nach außen hin das "
            "Vertrauen in die Kommunalverwaltung als ein gestaltender Akteur stärken.",
            "Felix Brümmer",
        ),
        "practices": [],
    },
    {
        "title": "Datenbasiert: Daten bieten Kommunikationsanlässe",
        "paragraph": (
            "<p>Eine Datenbasis, die über Fachbereiche hinweg abgestimmt ist, wird "
            "zur gemeinsamen Grundlage der Planung – und zum Anlass, dass Ämter und "
            "Professionen miteinander sprechen. Augsburg und Kaiserslautern zeigen, "
            "dass dafür kein perfektes System nötig ist, sondern Daten, die Fragen "
            "der Planung beantworten.</p>"
        ),
        "practices": ["bildungsmonitoring", "klar-informations-und-steuerungssystem"],
    },
    {
        "title": "Sozialräumlich: Der Raum als verbindendes Element",
        "paragraph": (
            "<p>Werden Daten und Berichte verknüpft, zeigt sich, was einzelne "
            "Quartiere brauchen. Der Blick wandert von einzelnen Einrichtungen und "
            "Angeboten zu den Lebens- und Bildungsräumen der Menschen – und Mittel "
            "lassen sich dorthin lenken, wo sie am meisten bewirken.</p>"
        ),
        "practices": ["integriertes-sozialmanagement", "kinderferienprogramm"],
    },
    {
        "title": "Partizipativ: Gemeinsam handeln und gestalten",
        "paragraph": (
            "<p>Integrierte Planung bezieht die Akteurinnen und Akteure vor Ort von "
            "Anfang an ein. Das verlangt einen ehrlichen Blick auf die bisherige "
            "Beteiligung und neue Formate, in denen auch junge Menschen mitreden.</p>"
        ),
        "quote": (
            "Wir als Kommunalverwaltung haben eine große Verantwortung für "
            "gelingende Bildungsprozesse – diese sollten wir selbstbewusst wahrnehmen "
            "und Bildungslandschaften aktiv gestalten.",
            "Felix Brümmer",
        ),
        "practices": ["jugendbeteiligung-stadtentwicklung"],
    },
    {
        "title": "Blick in die Wissenschaft",
        "expert": {
            "heading": "Bildungsplanung als Stadtentwicklung denken",
            "person": "Stephan Maykus",
            "text": (
                "<p>Aus Sicht der Forschung zu kommunalen Bildungslandschaften "
                "entsteht Bildung dort, wo Menschen leben. Ein tragfähiges Modell der "
                "Bildungsplanung verbindet deshalb Schule, Kinder- und Jugendhilfe "
                "und Stadtentwicklung zu einem gemeinsamen Konzept.</p>"
                "<p>Für die Kommunen heißt das: Die Grundsteine datenbasierter und "
                "kooperativer Arbeit sind gelegt; jetzt geht es darum, die "
                "integrierte Planung qualitativ weiterzuentwickeln.</p>"
            ),
        },
        "quote": (
            "Bildung muss vor Ort erlebt und gestaltet werden. Ein zukunftsfähiges "
            "Modell der Bildungsplanung muss demnach als bildungsplanerisches "
            "Stadtentwicklungskonzept gedacht werden.",
            "Stephan Maykus",
        ),
        "practices": [],
    },
]
