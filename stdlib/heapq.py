"""heapq: heap queue algorithm (CPython's sift order, so results match exactly)."""


def heappush(heap, item):
    if not isinstance(heap, list):
        raise TypeError('heappush() argument 1 must be list, not %s' % type(heap).__name__)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    if not isinstance(heap, list):
        raise TypeError('heappop() argument must be list, not %s' % type(heap).__name__)
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    if not isinstance(heap, list):
        raise TypeError('heapreplace() argument 1 must be list, not %s' % type(heap).__name__)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if not isinstance(heap, list):
        raise TypeError('heappushpop() argument 1 must be list, not %s' % type(heap).__name__)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    if not isinstance(x, list):
        raise TypeError('heapify() argument must be list, not %s' % type(x).__name__)
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _select(n, iterable, key, largest):
    # matches CPython's checks and their order: n == 1 goes through max()/min(); a sized
    # input no longer than n is simply sorted; otherwise n must be an integer (the range
    # below raises CPython's TypeError) and at most n items are taken ahead of the rest.
    if n == 1:
        missing = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    counter = range(0, -n, -1) if largest else range(n)
    head = [elem for _, elem in zip(counter, it)]
    if not head:
        return head
    head.extend(it)
    return sorted(head, key=key, reverse=largest)[:len(counter)]


def nlargest(n, iterable, key=None):
    return _select(n, iterable, key, True)


def nsmallest(n, iterable, key=None):
    return _select(n, iterable, key, False)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted inputs into one sorted stream; like CPython, a heap holds the
    head of each input (with its input's position breaking ties), so the order of equal
    items and of unsorted inputs is the same."""
    if reverse:
        heapify_, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        heapify_, pop, replace, direction = heapify, heappop, heapreplace, 1
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append([value if key is None else key(value), order * direction, value, it])
            break
    heapify_(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(h, entry)
        except StopIteration:
            pop(h)
    if h:
        yield h[0][2]
        yield from h[0][3]


# The native versions replace the ones above, as CPython's C accelerator does.
from _heapq import (heappush, heappop, heapreplace, heappushpop, heapify,
                    _heappop_max, _heapreplace_max, _heapify_max)
