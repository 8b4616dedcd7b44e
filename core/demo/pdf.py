"""A minimal real PDF for demo documents: text pages in a standard font.

Enough for the downloads library and the text extraction to have something to
work on without shipping binary files.
"""

import textwrap

LINE_WIDTH = 88
LINES_PER_PAGE = 48
FONT_SIZE = 10
LEADING = 14
TOP = 800
LEFT = 56


def _escape(line):
    text = line.encode("cp1252", errors="replace")
    return text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _lines(title, paragraphs):
    lines = [title, ""]
    for paragraph in paragraphs:
        lines += textwrap.wrap(paragraph, LINE_WIDTH) + [""]
    return lines


def _page_stream(lines, font_size=FONT_SIZE):
    parts = [b"BT /F1 %d Tf %d TL %d %d Td" % (font_size, LEADING, LEFT, TOP)]
    parts += [b"(" + _escape(line) + b") Tj T*" for line in lines]
    parts.append(b"ET")
    return b"\n".join(parts)


def _document(objects):
    """Serialise numbered objects with a cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def simple_pdf(title, paragraphs):
    lines = _lines(title, paragraphs)
    pages = [
        lines[start : start + LINES_PER_PAGE]
        for start in range(0, len(lines), LINES_PER_PAGE)
    ]
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>"
    )
    first_page = 4  # 1 catalog, 2 page tree, 3 font
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        font,
    ]
    for index, page_lines in enumerate(pages):
        stream = _page_stream(page_lines)
        content_number = first_page + 2 * index + 1
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % content_number
        )
        objects.append(
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        )
    return _document(objects)
