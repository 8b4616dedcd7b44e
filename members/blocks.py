"""The blocks of meeting material: the report blocks members need."""

from core.blocks import ContactPersonBlock, DownloadsBlock
from core.shared.blocks import BaseContentBlock

__all__ = ["MeetingBodyBlock"]


class MeetingBodyBlock(BaseContentBlock):
    downloads = DownloadsBlock()
    contact = ContactPersonBlock()
