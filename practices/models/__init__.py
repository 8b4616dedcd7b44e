from .pages import CityPage, PracticeIndexPage, PracticePage, PracticeStatus
from .relations import (
    CityContact,
    PracticeContact,
    PracticeDepartment,
    PracticeDownload,
    RelatedPractice,
    TaggedPractice,
)

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
    "TaggedPractice",
]
