"""Tags as the pages show them."""

from django.utils.functional import cached_property


class TopicsMixin:
    """`topics`: a page's tags by name, from a prefetch of `tagged_items__tag`
    where listings made one, else in one query."""

    @cached_property
    def topics(self):
        if "tagged_items" in getattr(self, "_prefetched_objects_cache", {}):
            tags = [item.tag for item in self.tagged_items.all()]
        else:
            tags = list(self.tags.all())
        return sorted(tags, key=lambda tag: tag.name)
