# asyncio.sleep() and loop.call_later()/call_at() with delays beyond machine ints and floats
# and other number types: CPython checks `delay <= 0` and adds `loop.time() + delay`, so a
# big int sleeps (long), a Fraction works, a Decimal and a str fail with those operations'
# errors, a NaN deadline is due at once.
import asyncio
from decimal import Decimal
from fractions import Fraction


async def main():
    loop = asyncio.get_running_loop()
    for d in [10**30, -10**30, Fraction(1, 1000), Fraction(-1, 2), float("inf"), True]:
        t = asyncio.create_task(asyncio.sleep(d, "slept"))
        await asyncio.sleep(0.01)
        print(repr(d), t.done())
        t.cancel()
    for d in [Decimal("0.001"), "1", None, 10**400]:
        try:
            await asyncio.sleep(d)
        except (TypeError, OverflowError) as e:
            print(repr(d)[:12], type(e).__name__, e)
    print(await asyncio.sleep(Decimal(0), "decimal zero"))
    h = loop.call_later(10**30, print, "never")
    print(h.when() > 1e29)
    h.cancel()
    h = loop.call_at(10**30, print, "never")
    print(h.when() == 10**30)
    h.cancel()
    loop.call_later(Fraction(1, 100), print, "fraction timer")
    loop.call_later(float("nan"), print, "nan timer")
    for d in ["1", Decimal(1), 10**400]:
        try:
            loop.call_later(d, print)
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
    await asyncio.sleep(0.05)


asyncio.run(main())
