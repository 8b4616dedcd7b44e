from django.conf import settings


def masked_database_location():
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return str(db["NAME"])
    host = db.get("HOST") or "localhost"
    port = db.get("PORT") or ""
    return f"{host}{':' if port else ''}{port}/{db.get('NAME', '')}"


def describe_unreachable(error):
    """One line for the operator instead of a traceback; the password is never shown."""
    reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
    location = masked_database_location()
    return (
        f"Fehler: Die Datenbank aus DATABASE_URL ({location}) ist nicht erreichbar"
        f"{': ' + reason if reason else ''}"
    )
