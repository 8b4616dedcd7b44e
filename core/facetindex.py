"""Facet counts over a large listing from bitsets held in memory.

Counting every facet with SQL means one aggregate over the whole catalogue per
facet and request: seconds at 100,000 practices. Here each (dimension, value)
is one Python integer used as a bitset over the listing's entries, kept in the
listing's default order. Filtering is OR within a dimension and AND across
them; a count is `int.bit_count()`. The index is built from a few narrow
queries once per content version and process, so a publish is visible at once;
an index over pages (`replayed_index`) is instead brought up to date with the
pages that changed (`core.pagechanges`), which takes milliseconds, not seconds.
"""

from array import array
from dataclasses import dataclass, field
from functools import cached_property

from core.cache import FACETS, GLOBAL, LISTINGS, tag_versions, versioned_key


def bitset(bits, length):
    """An int with these bits set, filled as bytes (OR-ing ints one by one is
    quadratic)."""
    buffer = bytearray(length // 8 + 1)
    for bit in bits:
        buffer[bit >> 3] |= 1 << (bit & 7)
    return int.from_bytes(buffer, "little")


@dataclass
class FacetIndex:
    ids: list  # entry ids in the default order; bit n is ids[n]
    masks: dict = field(default_factory=dict)  # dimension → value → bitset
    labels: dict = field(default_factory=dict)  # dimension → value → label
    orders: dict = field(default_factory=dict)  # sort → bit positions in that order
    # sort → function(index) giving its bit positions, for orders read when asked
    order_loaders: dict = field(default_factory=dict)

    @classmethod
    def build(cls, ids, dimensions, orders=None, order_loaders=None):
        """`dimensions`: key → iterable of (entry id, value, label)."""
        ids = list(ids)
        # Packed when every id is an integer: a list holds an object per id.
        # Listings mixing kinds key some entries by string, and `None` marks
        # a bit that stands for no entry; those stay a list.
        packed = array("q", ids) if all(type(i) is int for i in ids) else ids
        index = cls(ids=packed, orders=orders or {})
        index.order_loaders = order_loaders or {}
        del ids
        position = index.positions
        size = len(index.ids) // 8 + 1
        for key, rows in dimensions.items():
            # Bytes first: OR-ing into a growing int per row is quadratic.
            buffers, labels = {}, {}
            for entry_id, value, label in rows:
                bit = position.get(entry_id)
                if bit is None or value in (None, ""):
                    continue
                value = str(value)
                buffer = buffers.get(value)
                if buffer is None:
                    buffer = buffers[value] = bytearray(size)
                buffer[bit >> 3] |= 1 << (bit & 7)
                labels[value] = label
            index.masks[key] = {
                value: int.from_bytes(buffer, "little")
                for value, buffer in buffers.items()
            }
            index.labels[key] = labels
        return index

    @cached_property
    def everything(self):
        """Every entry; `None` in `ids` marks a bit that stands for no entry."""
        if None not in self.ids:
            return (1 << len(self.ids)) - 1
        return bitset(self.positions.values(), len(self.ids))

    def mask_of(self, ids):
        """The bitset of these entry ids (those not in the index are left out)."""
        positions = self.positions
        bits = (positions[entry_id] for entry_id in ids if entry_id in positions)
        return bitset(bits, len(self.ids))

    @cached_property
    def positions(self):
        """Entry id → bit."""
        return {entry_id: bit for bit, entry_id in enumerate(self.ids) if entry_id}

    def matching(self, selected, skip=None):
        """Entries that pass every selected filter except the one of `skip`."""
        result = self.everything
        for key, values in selected.items():
            if key == skip or not values:
                continue
            masks = self.masks.get(key, {})
            union = 0
            for value in values:
                union |= masks.get(value, 0)
            result &= union
        return result

    def counts(self, key, mask):
        labels = self.labels.get(key, {})
        counted = (
            (value, labels[value], (bits & mask).bit_count())
            for value, bits in self.masks.get(key, {}).items()
        )
        return [row for row in counted if row[2]]

    def most_shared(self, values, exclude=(), limit=10):
        """Ids of up to `limit` entries sharing the most of `values`
        ((dimension, value) pairs), equal shares in the default order;
        entries sharing none, and those in `exclude`, are left out."""
        masks = [self.masks.get(key, {}).get(str(value), 0) for key, value in values]
        # at_least[n]: the entries sharing n or more of the values seen so far.
        at_least = [self.everything] + [0] * len(masks)
        for mask in masks:
            for shared in range(len(masks), 0, -1):
                at_least[shared] |= at_least[shared - 1] & mask
        left = self.everything & ~self.mask_of(exclude)
        found = []
        for shared in range(len(masks), 0, -1):
            if len(found) >= limit:
                break
            tier = at_least[shared] & left
            found += self.ids_in_order(tier, 0, limit - len(found))
            left &= ~tier
        return found

    def ids_in_order(self, mask, start, stop, order=None):
        """Ids of the set bits from the `start`-th to the `stop`-th."""
        if order is None:
            # Bits are already in the default order: walk the binary digits.
            digits = bin(mask)[:1:-1]  # lowest bit first
            found, position = [], digits.find("1")
            while position != -1 and len(found) < stop:
                found.append(position)
                position = digits.find("1", position + 1)
            positions = found[start:stop]
        else:
            digits = bin(mask)[:1:-1]  # testing a digit is O(1), shifting is not
            positions = []
            seen = 0
            for bit in self.order(order):
                if bit < len(digits) and digits[bit] == "1":
                    if seen >= start:
                        positions.append(bit)
                        if len(positions) == stop - start:
                            break
                    seen += 1
        return [self.ids[bit] for bit in positions]

    def order(self, name):
        bits = self.orders.get(name)
        if bits is None:
            bits = self.orders[name] = self.order_loaders[name](self)
        return bits

    def updated(self, gone, added):
        """A copy without the entries `gone` and with `added` in place.

        `added`: (entry id, {key: [(value, label)]}, successor) in the default
        order, where `successor` is the entry it goes before (None: the end) and
        no entry of `gone`. Orders other than the default are read again when
        asked. None when a successor is unknown: then only a rebuild will do.
        """
        ids = self.ids[:]
        masks = {key: dict(values) for key, values in self.masks.items()}
        labels = {key: dict(values) for key, values in self.labels.items()}
        positions = self.positions
        for bit in sorted(positions[pk] for pk in gone if pk in positions)[::-1]:
            del ids[bit]
            _each_mask(masks, lambda mask, bit=bit: _without_bit(mask, bit))
        for entry_id, values, successor in added:
            bit = len(ids)
            if successor is not None:
                if successor not in positions or successor in gone:
                    return None
                bit = ids.index(successor)
            ids.insert(bit, entry_id)
            _each_mask(masks, lambda mask, bit=bit: _with_zero_bit(mask, bit))
            for key, pairs in values.items():
                for value, label in pairs:
                    value = str(value)
                    dimension = masks.setdefault(key, {})
                    dimension[value] = dimension.get(value, 0) | 1 << bit
                    labels.setdefault(key, {})[value] = label
        return FacetIndex(
            ids=ids, masks=masks, labels=labels, order_loaders=self.order_loaders
        )


def _each_mask(masks, change):
    for values in masks.values():
        for value, mask in values.items():
            values[value] = change(mask)


def _without_bit(mask, bit):
    return (mask & ((1 << bit) - 1)) | ((mask >> (bit + 1)) << bit)


def _with_zero_bit(mask, bit):
    return (mask & ((1 << bit) - 1)) | ((mask >> bit) << (bit + 1))


class MatchList:
    """A lazy sequence of the entries in a bitset, for Django's Paginator."""

    def __init__(self, index, mask, load, order=None):
        self.index, self.mask, self.load, self.order = index, mask, load, order

    def __len__(self):
        return self.mask.bit_count()

    def count(self):
        return len(self)

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        start, stop = item.start or 0, min(item.stop or len(self), len(self))
        ids = self.index.ids_in_order(self.mask, start, stop, self.order)
        return self.load(ids)


class RankedMatchList(MatchList):
    """The entries of a bitset in an order given per request (e.g. relevance):
    `ranked` lists entry ids, best first; those outside the bitset drop out."""

    def __init__(self, index, mask, load, ranked):
        super().__init__(index, mask, load)
        positions = index.positions
        self.ranked = [
            pk for pk in ranked if pk in positions and mask >> positions[pk] & 1
        ]

    def __len__(self):
        return len(self.ranked)

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        return self.load(self.ranked[item])


def in_order(queryset, ids):
    """The rows of `queryset` with these ids, in the order of `ids`."""
    found = queryset.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


_built = {}


def cached_index(name, build):
    """The index for the current content version, built once per process.

    Held in process memory rather than the shared cache: a bitset index is
    cheaper to rebuild from three queries than to unpickle on every request.
    """
    key = versioned_key("facet-index", name, depends=(LISTINGS,))
    cached = _built.get(name)
    if cached is None or cached[0] != key:
        cached = _built[name] = (key, build())
    return cached[1]


@dataclass(frozen=True)
class _Held:
    index: FacetIndex
    versions: dict  # the global and `facets` versions it is current for
    cursor: object  # how far it has replayed the page changes


def replayed_index(name, build, update):
    """An index over pages, built once per global version and process and
    then kept current by `update(index, changed page ids)`, which returns
    the updated index or None to ask for a rebuild.

    Records no dependency of the page being rendered: what it shows of the
    index (a listing, a tag page) has versions of its own. Each update makes
    a new index, so a request still reading the old one is not disturbed.
    """
    from core import pagechanges

    versions = tag_versions((FACETS,))
    held = _built.get(name)
    if held is not None and held.versions[GLOBAL] == versions[GLOBAL]:
        if held.versions[FACETS] == versions[FACETS]:
            return held.index
        news = pagechanges.news(held.cursor)
        if news is not None:
            changed, cursor = news
            index = update(held.index, changed) if changed else held.index
            if index is not None:
                _built[name] = _Held(index, versions, cursor)
                return index
    cursor = pagechanges.start()
    index = build()
    _built[name] = _Held(index, versions, cursor)
    return index
