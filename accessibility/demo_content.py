"""Demo texts: the portal in Leichte Sprache (rules of the Netzwerk Leichte
Sprache: short sentences, one statement a line, hard words explained), the
planned sign-language videos as text, and the accessibility statement."""

# Sections: ("section", heading, lines) or ("word", word, explanation).
EASY_HOME = {
    "slug": "leichte-sprache",
    "title": "Das Praxis-Portal in Leichter Sprache",
    "intro": "Hier erklären wir das Praxis-Portal in Leichter Sprache.\n"
    "Sie lesen: Was ist das Portal? Und was finden Sie hier?",
    "blocks": [
        (
            "section",
            "Was ist das Praxis-Portal?",
            "Das Praxis-Portal ist eine Internet-Seite.\n"
            "Die Seite gehört zum Groß-Stadt-Netzwerk.\n"
            "Im Groß-Stadt-Netzwerk arbeiten große Städte zusammen.\n"
            "Die Städte sind in ganz Deutschland.\n"
            "Die Städte wollen gute Bildung für alle Menschen.",
        ),
        (
            "word",
            "Bildung",
            "Bildung heißt: Menschen lernen etwas.\n"
            "Kinder lernen in der Kita und in der Schule.\n"
            "Erwachsene lernen im Beruf und in der Freizeit.",
        ),
        (
            "section",
            "Was machen die Städte?",
            "Die Städte planen Bildung.\n"
            "Das heißt: Die Städte überlegen genau.\n"
            "Was brauchen die Menschen in der Stadt zum Lernen?\n"
            "Wo fehlt noch etwas?\n"
            "Dann machen die Städte einen Plan.",
        ),
        (
            "word",
            "Bildungs-Planung",
            "Eine Stadt schaut sich genau an:\n"
            "Welche Kitas und Schulen gibt es?\n"
            "Wer braucht Hilfe beim Lernen?\n"
            "Dann macht die Stadt einen Plan für gute Bildung.",
        ),
        (
            "section",
            "3 wichtige Ideen",
            "Die Städte im Netzwerk haben 3 wichtige Ideen.\n"
            "1. Idee: Die Städte sammeln Zahlen.\n"
            "Zum Beispiel: Wie viele Kinder gehen in eine Kita?\n"
            "Mit den Zahlen können die Städte besser planen.\n"
            "2. Idee: Die Städte schauen auf jeden Stadt-Teil.\n"
            "Jeder Stadt-Teil ist anders.\n"
            "Jeder Stadt-Teil braucht andere Hilfe.\n"
            "3. Idee: Die Städte fragen die Menschen.\n"
            "Die Menschen vor Ort wissen viel.\n"
            "Die Städte planen zusammen mit den Menschen.",
        ),
        (
            "section",
            "Was finden Sie im Portal?",
            "Im Portal finden Sie Beispiele aus den Städten.\n"
            "Die Beispiele heißen: Praxis-Profile.\n"
            "Ein Praxis-Profil erzählt: So plant eine Stadt Bildung.\n"
            "Im Portal gibt es auch Hefte zu einem Thema.\n"
            "Die Hefte heißen: Themen-Dossiers.\n"
            "Sie können die Hefte lesen.\n"
            "Sie können die Hefte auch kostenlos bestellen.\n"
            "Und es gibt Berichte von den Treffen der Städte.",
        ),
        (
            "section",
            "Wer macht das Portal?",
            "Das Portal macht die Transfer-Agentur für Groß-Städte.\n"
            "Die Transfer-Agentur hilft den Städten bei der Bildungs-Planung.",
        ),
    ],
}

EASY_USAGE = {
    "slug": "so-benutzen-sie-das-portal",
    "title": "So benutzen Sie das Portal",
    "intro": "Hier erklären wir: So finden Sie sich im Portal zurecht.",
    "blocks": [
        (
            "section",
            "Oben auf jeder Seite",
            "Oben auf jeder Seite ist ein Such-Feld.\n"
            "Darunter ist ein Menü.\n"
            "Im Menü finden Sie alle Bereiche vom Portal.\n"
            "Auf dem Handy tippen Sie zuerst auf: Menü.",
        ),
        (
            "section",
            "Etwas suchen",
            "Sie suchen etwas Bestimmtes?\n"
            "Dann schreiben Sie ein Wort in das Such-Feld.\n"
            "Zum Beispiel: Schule.\n"
            "Dann klicken Sie auf: Suchen.\n"
            "Sie sehen eine Liste mit Treffern.\n"
            "Sie wollen nur Texte in Leichter Sprache?\n"
            "Dann klicken Sie bei Art auf: Leichte Sprache.",
        ),
        (
            "section",
            "Beispiele aus den Städten ansehen",
            "Im Menü finden Sie: Praxisprofile.\n"
            "Dort sehen Sie alle Beispiele aus den Städten.\n"
            "Die Liste ist lang.\n"
            "Mit einem Filter wird die Liste kürzer.\n"
            "Zum Beispiel: Sie wollen nur Beispiele aus Mannheim.\n"
            "Dann klicken Sie bei Kommune auf: Mannheim.\n"
            "Dann klicken Sie auf: Suchen.",
        ),
        ("link", "practices", "Zu den Beispielen aus den Städten"),
        (
            "section",
            "Ein Heft bestellen",
            "Sie möchten ein Themen-Dossier auf Papier?\n"
            "Das Heft ist kostenlos.\n"
            "Sie brauchen dafür kein Konto.\n"
            "Öffnen Sie im Menü: Themendossiers.\n"
            "Klicken Sie auf: Druckausgaben kostenfrei bestellen.\n"
            "Schreiben Sie die Zahl der Hefte in das Feld.\n"
            "Schreiben Sie Ihren Namen und Ihre Adresse in die Felder.\n"
            "Prüfen Sie Ihre Angaben.\n"
            "Dann schicken Sie die Bestellung ab.\n"
            "Sie bekommen eine E-Mail mit einem Link.\n"
            "Klicken Sie auf den Link.\n"
            "Erst dann schicken wir Ihnen die Hefte.",
        ),
        (
            "word",
            "Link",
            "Ein Link ist ein Wort im Internet.\n"
            "Sie klicken auf das Wort.\n"
            "Dann kommen Sie auf eine andere Seite.",
        ),
        (
            "section",
            "Uns schreiben",
            "Sie haben eine Frage?\n"
            "Dann schreiben Sie uns.\n"
            "Unten auf jeder Seite steht: Kontakt-Formular.\n"
            "Klicken Sie darauf.\n"
            "Schreiben Sie Ihren Namen, Ihre E-Mail-Adresse und Ihre Frage.\n"
            "Dann klicken Sie auf: Nachricht senden.\n"
            "Sie bekommen eine E-Mail mit einem Link.\n"
            "Klicken Sie auf den Link.\n"
            "Dann bekommen wir Ihre Nachricht.",
        ),
        ("link", "contact", "Zum Kontakt-Formular"),
    ],
}

EASY_STATEMENT = {
    "slug": "barrierefreiheit",
    "title": "Erklärung zur Barriere-Freiheit in Leichter Sprache",
    "intro": "Hier lesen Sie: Wie gut können alle Menschen das Portal benutzen?",
    "blocks": [
        (
            "word",
            "Barriere",
            "Eine Barriere ist ein Hindernis.\n"
            "Zum Beispiel: Ein Text ist zu schwer.\n"
            "Oder: Eine Taste funktioniert nicht.",
        ),
        (
            "section",
            "Das Portal soll für alle Menschen gut sein",
            "Alle Menschen sollen das Portal gut benutzen können.\n"
            "Auch Menschen mit Behinderung.\n"
            "Das steht auch in einem Gesetz.\n"
            "Das Gesetz heißt: BITV 2.0.",
        ),
        (
            "word",
            "BITV 2.0",
            "Das ist die Abkürzung für:\n"
            "Barriere-freie Informations-Technik-Verordnung.\n"
            "Das Gesetz sagt: Die Internet-Seiten von Ämtern müssen "
            "barriere-frei sein.",
        ),
        (
            "section",
            "Das ist schon gut",
            "Sie können das Portal mit der Tastatur benutzen.\n"
            "Sie können die Schrift größer machen.\n"
            "Vorlese-Programme können die Seiten vorlesen.\n"
            "Es gibt Texte in Leichter Sprache.\n"
            "Es gibt eine Seite für Gebärden-Sprache.",
        ),
        (
            "section",
            "Das ist noch nicht gut",
            "Manche PDF-Dateien sind nicht barriere-frei.\n"
            "Diese PDF-Dateien kommen von den Städten.\n"
            "Vorlese-Programme lesen manche englischen Wörter falsch vor.\n"
            "Die Videos in Gebärden-Sprache kommen erst noch.\n"
            "Wir arbeiten daran.",
        ),
        (
            "section",
            "Sie finden eine Barriere?",
            "Dann sagen Sie uns bitte Bescheid.\n"
            "Dafür gibt es ein Formular.\n"
            "Das Formular ist auf der Seite: Erklärung zur Barrierefreiheit.\n"
            "Schreiben Sie in das Formular:\n"
            "Auf welcher Seite ist die Barriere?\n"
            "Was ist das Problem?\n"
            "Sie möchten eine Antwort?\n"
            "Dann schreiben Sie auch Ihre E-Mail-Adresse dazu.",
        ),
        ("link", "statement", "Zum Formular: Barriere melden"),
        (
            "section",
            "Sie sind mit unserer Antwort nicht zufrieden?",
            "Dann können Sie die Schlichtungs-Stelle fragen.",
        ),
        (
            "word",
            "Schlichtungs-Stelle",
            "Die Schlichtungs-Stelle hilft bei Streit.\n"
            "Zum Beispiel: Eine Internet-Seite hat eine Barriere.\n"
            "Das Amt hilft Ihnen nicht.\n"
            "Dann hilft die Schlichtungs-Stelle.\n"
            "Die Hilfe kostet nichts.",
        ),
        (
            "section",
            "Die Adresse von der Schlichtungs-Stelle",
            "Schlichtungs-Stelle BGG\nMauer-Straße 53\n10117 Berlin",
        ),
        ("link", "arbitration", "Zur Internet-Seite von der Schlichtungs-Stelle"),
    ],
}

SIGN_LANGUAGE = {
    "slug": "gebaerdensprache",
    "title": "Informationen in Deutscher Gebärdensprache",
    "intro": (
        "<p>Auf dieser Seite stellt sich das Praxisportal Großstadtnetzwerk in "
        "Deutscher Gebärdensprache (DGS) vor: was es enthält, wie Sie sich "
        "zurechtfinden und was die Erklärung zur Barrierefreiheit sagt.</p>"
    ),
    "notice": (
        "Die Videos in Deutscher Gebärdensprache werden zurzeit vorbereitet und "
        "folgen. Bis dahin lesen Sie hier den vollständigen Text jedes geplanten "
        "Videos. Sobald ein Video fertig ist, steht es über seinem Text."
    ),
    "videos": [
        (
            "Das Praxisportal kurz vorgestellt",
            "<p>Willkommen im Praxisportal des Großstadtnetzwerks. Im Netzwerk "
            "arbeiten große Städte aus ganz Deutschland zusammen. Sie wollen "
            "Bildung vor Ort gemeinsam planen: von der Kita über die Schule bis "
            "zur Weiterbildung.</p>"
            "<p>Dabei folgen die Städte drei Ansätzen. Datenbasiert: Sie nutzen "
            "Daten aus verschiedenen Ämtern als gemeinsame Grundlage. "
            "Sozialräumlich: Sie schauen auf die einzelnen Stadtteile und ihre "
            "Bedarfe. Partizipativ: Sie beziehen die Menschen und Einrichtungen "
            "vor Ort ein.</p>"
            "<p>Im Portal finden Sie Praxisprofile, in denen Städte ihre Arbeit "
            "beschreiben, Themendossiers zum Lesen und kostenlosen Bestellen, "
            "Berichte von Netzwerktreffen und Dokumente zum Herunterladen. Das "
            "Portal betreibt die Transferagentur für Großstädte.</p>",
        ),
        (
            "So finden Sie sich im Portal zurecht",
            "<p>Oben auf jeder Seite finden Sie das Suchfeld und das Menü. Auf dem "
            "Smartphone öffnen Sie das Menü mit der Schaltfläche „Menü“.</p>"
            "<p>Suche: Geben Sie ein Wort ein, zum Beispiel „Schule“, und wählen "
            "Sie „Suchen“. Links neben den Treffern grenzen Sie die Liste ein, "
            "etwa nach Art, Stadt oder Jahr.</p>"
            "<p>Praxisprofile: Unter „Praxisprofile“ filtern Sie die Beispiele "
            "nach Ansatz, Thema, Kommune, Bundesland und Stand.</p>"
            "<p>Themendossiers bestellen: Unter „Themendossiers“ wählen Sie "
            "„Druckausgaben kostenfrei bestellen“, geben Anzahl und Anschrift ein "
            "und bestätigen die Bestellung über den Link in der E-Mail, die Sie "
            "danach erhalten. Ein Konto brauchen Sie nicht.</p>"
            "<p>Kontakt: Unten auf jeder Seite führt „Kontaktformular“ zu einem "
            "Formular. Auch diese Nachricht bestätigen Sie über einen Link per "
            "E-Mail.</p>",
        ),
        (
            "Erklärung zur Barrierefreiheit",
            "<p>Das Portal soll für alle Menschen nutzbar sein. Es ist mit den "
            "Anforderungen der BITV 2.0 teilweise vereinbar. Nicht barrierefrei "
            "sind vor allem manche PDF-Dateien der Mitgliedskommunen.</p>"
            "<p>Wenn Sie auf eine Barriere stoßen, melden Sie sie bitte mit dem "
            "Formular „Barriere melden“ auf der Seite „Erklärung zur "
            "Barrierefreiheit“. Eine E-Mail-Adresse brauchen Sie nur, wenn Sie "
            "eine Antwort möchten.</p>"
            "<p>Sind Sie mit der Antwort nicht zufrieden, können Sie sich an die "
            "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz wenden: "
            "Schlichtungsstelle BGG, Mauerstraße 53, 10117 Berlin, "
            "www.schlichtungsstelle-bgg.de. Das Verfahren ist kostenlos.</p>",
        ),
        (
            "Weitere Informationen in Gebärdensprache und Leichter Sprache",
            "<p>Weitere Inhalte in Deutscher Gebärdensprache bietet das Portal "
            "derzeit nicht. In Leichter Sprache gibt es drei Seiten: das Portal in "
            "Kürze, die Bedienung des Portals und die Erklärung zur "
            "Barrierefreiheit. Sie erreichen sie über „Leichte Sprache“ oben auf "
            "jeder Seite.</p>",
        ),
    ],
}

STATEMENT_ARBITRATION_URL = "https://www.schlichtungsstelle-bgg.de/"

STATEMENT = {
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
    # Headings and HTML, each an h2 with its text.
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
    ],
    "feedback_intro": (
        "<p>Sind Ihnen Barrieren aufgefallen, oder brauchen Sie einen Inhalt in "
        "anderer Form? Melden Sie es uns mit diesem Formular. Sie können auch an "
        '<a href="mailto:grossstadtnetzwerk@example.org">'
        "grossstadtnetzwerk@example.org</a> schreiben oder an die Transferagentur "
        "für Großstädte, Musterstraße 1, 10115 Berlin. Wir antworten in der Regel "
        "innerhalb von zwei Wochen.</p>"
    ),
    "arbitration_text": (
        "<p>Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort "
        "erhalten, können Sie einen Antrag auf ein Schlichtungsverfahren stellen: "
        "bei der Schlichtungsstelle nach § 16 des Behindertengleichstellungsgesetzes "
        "(BGG) beim Beauftragten der Bundesregierung für die Belange von Menschen "
        "mit Behinderungen. Sie hilft, Streit über Barrieren ohne Gericht "
        "beizulegen; das Verfahren ist kostenfrei, einen Rechtsbeistand brauchen "
        "Sie nicht.</p>"
    ),
}
