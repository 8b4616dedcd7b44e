"""Reading the admin's exports as German Excel does."""

import csv
import io

BOM = "\ufeff".encode()


def csv_content(response_or_content):
    content = response_or_content
    if not isinstance(content, bytes):
        content = b"".join(content.streaming_content)
    assert content.startswith(BOM), content[:20]
    return content.decode("utf-8-sig")


def csv_rows(response_or_content):
    """Lists of cells: UTF-8 after a byte-order mark, separated by ";"."""
    return list(
        csv.reader(io.StringIO(csv_content(response_or_content)), delimiter=";")
    )


def csv_dicts(response_or_content):
    text = io.StringIO(csv_content(response_or_content))
    return list(csv.DictReader(text, delimiter=";"))
