"""Logging helpers: personal data never reaches the log lines."""

import ipaddress
import logging
import re

__all__ = ["RedactPersonalData", "redact"]

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w.])(?:\+|0)\d[\d /()-]{5,}\d(?![\w.])")
# Anything that could be an IPv4 or IPv6 address; ipaddress decides.
ADDRESS_CANDIDATE = re.compile(
    r"(?<![0-9A-Fa-f.:])[0-9A-Fa-f.:]*[.:][0-9A-Fa-f.:]+(?![\w.:])"
)


def _is_address(token):
    try:
        ipaddress.ip_address(token)
    except ValueError:
        return False
    return True


def _address(match):
    token = match.group().rstrip(".")
    tail = match.group()[len(token) :]
    if _is_address(token):
        return "[IP]" + tail
    if token.startswith(":") and _is_address(token[1:]):  # "IP:203.0.113.9"
        return ":[IP]" + tail
    return match.group()


def redact(text):
    text = EMAIL.sub("[E-Mail]", text)
    text = ADDRESS_CANDIDATE.sub(_address, text)
    return PHONE.sub("[Telefon]", text)


class RedactPersonalData(logging.Filter):
    """Replaces emails, IP addresses and phone numbers in messages and tracebacks.

    Exception texts are formatted here, so a traceback quoting a database row
    (e.g. an IntegrityError naming an email) is redacted as well.
    """

    formatter = logging.Formatter()

    def filter(self, record):
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = redact(self.formatter.formatException(record.exc_info))
            record.exc_info = None
        return True
