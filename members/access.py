"""The member area's access rules: group, page restriction, private collection.

Everything here is idempotent, so saving the area page again only fills in what
is missing; a restriction editors set in the admin's privacy dialog stays as is.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

MEMBERS_GROUP = "Mitglieder"
MEMBERS_COLLECTION = "Intern"


def members_group():
    group, _ = Group.objects.get_or_create(name=MEMBERS_GROUP)
    return group


def members_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=MEMBERS_COLLECTION).first()
    collection = existing or root.add_child(name=MEMBERS_COLLECTION)
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection,
            restriction_type=CollectionViewRestriction.GROUPS,
        )
        restriction.groups.add(members_group())
    return collection


@transaction.atomic
def ensure_member_area(page):
    """Only members may see the area; their documents go to a private collection."""
    if not PageViewRestriction.objects.filter(page=page).exists():
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(members_group())
    return members_collection()
