"""The blocks of meeting material: the report blocks members need."""

from core.blocks import BaseContentBlock, ContactPersonBlock, DownloadsBlock

__all__ = ["MeetingBodyBlock"]


class MeetingBodyBlock(BaseContentBlock):
    downloads = DownloadsBlock()
    contact = ContactPersonBlock()
