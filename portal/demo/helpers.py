from wagtail.models import Page


def ensure_child_page(parent, page_class, slug, **fields):
    """Return the child page with `slug`, creating and publishing it if missing.

    Existing pages stay untouched so editors' changes survive a second run.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def root_page():
    return Page.get_first_root_node()
