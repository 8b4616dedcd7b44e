from .pages import CityPage, PracticeIndexPage, PracticePage, PracticeStatus
from .relations import (
    CityContact,
    PracticeContact,
    PracticeDepartment,
    PracticeDownload,
    RelatedPractice,
    TaggedPractice,
)
from .reminders import ReviewReminder

__all__ = [
    "CityContact",
    "CityPage",
    "PracticeContact",
    "PracticeDepartment",
    "PracticeDownload",
    "PracticeIndexPage",
    "PracticePage",
    "PracticeStatus",
    "RelatedPractice",
    "ReviewReminder",
    "TaggedPractice",
]
