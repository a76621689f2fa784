"""Parsing a web server log with `re` and `collections`.

Each line of the log is matched against one verbose pattern with named groups; the matches
feed a few Counters and a defaultdict, and `re.sub` with a function masks addresses.
"""

import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [14/Jul/2023:10:01:12 +0000] "GET /index.html HTTP/1.1" 200 5120
10.0.0.7 - alice [14/Jul/2023:10:01:15 +0000] "POST /api/login HTTP/1.1" 302 0
192.168.1.10 - - [14/Jul/2023:10:02:01 +0000] "GET /static/app.js HTTP/1.1" 200 40211
172.16.4.2 - - [14/Jul/2023:10:02:09 +0000] "GET /missing HTTP/1.1" 404 153
10.0.0.7 - alice [14/Jul/2023:10:03:30 +0000] "GET /api/items?page=2 HTTP/1.1" 200 1874
this line is garbage
172.16.4.2 - - [14/Jul/2023:10:04:44 +0000] "DELETE /api/items/17 HTTP/1.1" 500 98
"""

# re.VERBOSE lets the pattern carry its own commentary.
LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})     # client address
    \s-\s(?P<user>\S+)\s                # identd is always '-', then the user
    \[(?P<when>[^\]]+)\]\s              # timestamp in brackets
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\sHTTP/[\d.]+"\s
    (?P<status>\d{3})\s(?P<size>\d+)
""", re.VERBOSE)

print("pattern has", LINE.groups, "groups:", sorted(LINE.groupindex, key=LINE.groupindex.get))

statuses = Counter()
bytes_by_ip = defaultdict(int)
paths = Counter()
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.fullmatch(line)
    if m is None:
        print(f"line {number}: not a log line: {line!r}")
        continue
    statuses[m["status"]] += 1
    bytes_by_ip[m["ip"]] += int(m["size"])
    # Strip the query string: the part of the path before '?'.
    paths[re.sub(r"\?.*", "", m["path"])] += 1

print("statuses:", dict(sorted(statuses.items())))
print("errors (4xx/5xx):", sum(n for s, n in statuses.items() if re.match(r"[45]", s)))
for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]):
    print(f"  {ip:<15} {total:>7} bytes")
print("most requested:", paths.most_common(2))

# findall with several groups returns tuples; with one group, strings.
print(re.findall(r"(\d+):(\d+):\d+", LOG)[:3])
print(re.findall(r"/api/(\w+)", LOG))

# A function as the replacement: keep the first two octets of each address.
def mask(m):
    return f"{m[1]}.{m[2]}.x.x"

print(re.sub(r"\b(\d+)\.(\d+)\.\d+\.\d+\b", mask, LOG.splitlines()[0]))

# split keeps captured separators.
print(re.split(r"\s*([,;])\s*", "a , b;c,d"))
