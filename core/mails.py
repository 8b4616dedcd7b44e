"""What the apps' mails share: templates by name, link tokens, the errors a
failed attempt raises, and the default site's settings for tasks."""

import hashlib
import secrets
import smtplib

from django.core.mail import EmailMessage
from django.template.loader import render_to_string

__all__ = ["MAIL_ERRORS", "hash_token", "new_token", "templated_message"]

# What an unreachable or refusing mail server raises; the caller retries.
MAIL_ERRORS = (smtplib.SMTPException, OSError)


def new_token():
    return secrets.token_urlsafe(32)


def hash_token(token):
    # Only this is stored: a leaked table confirms nothing.
    return hashlib.sha256(token.encode()).hexdigest()


def templated_message(template, context, to, **kwargs):
    """A mail from `<template>_subject.txt` (one line) and `<template>.txt`."""
    subject = render_to_string(f"{template}_subject.txt", context)
    body = render_to_string(f"{template}.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=to, **kwargs)
