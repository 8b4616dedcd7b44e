from .pages import MeetingIndexPage, MeetingKind, MeetingPage, TaggedMeeting
from .registrations import MailKind, MeetingMail, Registration, RegistrationStatus

__all__ = [
    "MailKind",
    "MeetingIndexPage",
    "MeetingKind",
    "MeetingMail",
    "MeetingPage",
    "Registration",
    "RegistrationStatus",
    "TaggedMeeting",
]
