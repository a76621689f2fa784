# strptime with week numbers (%U/%W) and ISO week dates (%G/%V/%u): CPython's dates, day
# of the year (also past a year's end), Feb 29 without a year, and its ISO directive errors.
import datetime as dt, time
cases = [('2024-W05-1', '%G-W%V-%u'), ('2024-W01-7', '%G-W%V-%u'), ('2021-W52-5', '%G-W%V-%u'), ('2024 05 1', '%Y %U %w'), ('2024 00 0', '%Y %U %w'), ('2024 00 1', '%Y %W %w'),
         ('2023 52 6', '%Y %W %w'), ('2024 53 2', '%Y %W %w'), ('2024 10 Mon', '%Y %W %a'), ('2024-W05', '%G-W%V'), ('2024 05', '%G %u'), ('2024 05 1', '%Y %V %u'), ('05 1', '%V %u'),
         ('2024 100', '%Y %j'), ('2024 366', '%Y %j'), ('2023 366', '%Y %j'), ('02-29', '%m-%d'), ('2024 05 001', '%G %V %j'), ('2024 03 15 100', '%Y %m %d %j'), ('Tuesday 2024 10', '%A %Y %U')]
for a in cases:
    try: print(a, dt.datetime.strptime(*a))
    except ValueError as e: print(a, 'ValueError', e)
    try: print(a, tuple(time.strptime(*a)))
    except ValueError as e: print(a, 'ValueError', e)
for a in [('2024 05 1 001', '%G %V %u %j'), ('2024 2020 05 1', '%Y %G %V %u')]:
    try: print(dt.datetime.strptime(*a))
    except ValueError as e: print(e)
import time
for a in [('2020-W53-5', '%G-W%V-%u'), ('2021-W01-1', '%G-W%V-%u'), ('2019-W01-1', '%G-W%V-%u'), ('2026-W53-7', '%G-W%V-%u'), ('1999-W52-7', '%G-W%V-%u'), ('2024 53 6', '%Y %U %w'), ('2022 00 0', '%Y %W %w')]:
    try: print(a, dt.datetime.strptime(*a), tuple(time.strptime(*a)))
    except ValueError as e: print(a, e)
