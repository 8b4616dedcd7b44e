"""The network's two public forms, as the seed describes joining and proposing."""

JOIN_FORM = {
    "slug": "mitglied-werden",
    "title": "Mitglied werden",
    "intro": (
        "<p>Das Großstadtnetzwerk ist ein bundesweites Netzwerk von Kommunen, die "
        "ein datenbasiertes kommunales Bildungsmanagement aufbauen und "
        "weiterentwickeln. <b>Ein Einstieg ist jederzeit möglich.</b> Schreiben Sie "
        "uns, wenn Ihre Kommune mitmachen möchte; wir melden uns.</p>"
    ),
    "subject": "Neue Anfrage: Mitglied werden",
    "fields": [
        ("Kommune", "singleline", True, "", ""),
        ("Bundesland", "dropdown", True, "", "STATES"),
        ("Ansprechperson", "singleline", True, "Vor- und Nachname", ""),
        ("Funktion oder Fachbereich", "singleline", False, "", ""),
        ("E-Mail", "email", True, "", ""),
        ("Telefon", "singleline", False, "", ""),
        (
            "Ihre Nachricht",
            "multiline",
            False,
            "Woran arbeitet Ihre Kommune gerade? Was erhoffen Sie sich vom Netzwerk?",
            "",
        ),
    ],
}
SUGGEST_FORM = {
    "slug": "praxis-vorschlagen",
    "title": "Praxis vorschlagen",
    "intro": (
        "<p>Sie kennen gute Praxis kommunaler Bildungsplanung? Schlagen Sie sie vor. "
        "Die Netzwerkredaktion meldet sich bei Ihnen, bevor ein Praxisprofil "
        "entsteht.</p>"
    ),
    "subject": "Neuer Praxisvorschlag",
    "fields": [
        ("Titel der Praxis", "singleline", True, "", ""),
        ("Kommune", "singleline", True, "", ""),
        (
            "Ansätze",
            "checkboxes",
            False,
            "",
            "datenbasiert\nsozialräumlich\npartizipativ",
        ),
        (
            "Kurzbeschreibung",
            "multiline",
            True,
            "Worum geht es, wer ist beteiligt, was hat sich verändert?",
            "",
        ),
        ("Weiterführender Link", "url", False, "z. B. eine Seite der Kommune", ""),
        ("Ihr Name", "singleline", True, "", ""),
        ("E-Mail", "email", True, "", ""),
    ],
}
