"""asyncio.Timeout state errors: reschedule before entering, entering twice."""
import asyncio


async def main():
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(cm), cm.expired())


asyncio.run(main())
