"""Logging from asyncio tasks.

The `logging` module works the same inside coroutines as anywhere else: get a logger per
module or component with `logging.getLogger(name)`, configure handlers and formats once at
startup, and call `logger.info(...)` and friends from any task. A few things are worth
knowing when many tasks interleave:

* Loggers are found by dotted name and form a tree: "shop.orders" and "shop.payments" are
  children of "shop", which is a child of the root logger. A record goes to the handlers of
  its logger and then of every ancestor, so configuring "shop" (or the root) once covers
  every component below it.
* Records carry `funcName`, which inside a task is the coroutine's name, but nothing says
  *which* task logged. A `logging.Filter` attached to the handler can add that: it runs for
  every record, in the task that logged, so `asyncio.current_task()` is the right task.
* Per-request context (an order id, a connection number) is what `LoggerAdapter` is for:
  wrap the logger once per request and every message carries the context.
* `logger.exception(...)` inside an `except` block logs the traceback of the exception being
  handled, so a task can report its failure and keep the rest of the program running.
* Formatting is lazy: pass the values as arguments (`log.debug("got %s", item)`) instead of
  formatting the string yourself, and records below the logger's level cost almost nothing.

To keep this example's output identical on every run, the format has no `%(asctime)s`; real
programs usually start their format with it ("%(asctime)s %(levelname)s ...").
"""
import asyncio
import logging
import sys


class TaskFilter(logging.Filter):
    """Add `record.task`, the name of the asyncio task that made the record."""

    def filter(self, record):
        try:
            task = asyncio.current_task()
        except RuntimeError:  # logged outside a running event loop
            task = None
        record.task = task.get_name() if task else "main"
        return True  # a filter may also drop records by returning False


def configure_logging():
    # One handler on the "shop" logger covers "shop.orders", "shop.payments", ...
    handler = logging.StreamHandler(sys.stdout)  # the default stream is sys.stderr
    handler.addFilter(TaskFilter())
    handler.setFormatter(logging.Formatter("%(task)-10s %(levelname)-7s %(name)-13s %(message)s"))
    shop = logging.getLogger("shop")
    shop.addHandler(handler)
    shop.setLevel(logging.DEBUG)
    # Do not pass the records on to the root logger as well (it has no handler here; with
    # one, each record would be printed twice).
    shop.propagate = False


orders_log = logging.getLogger("shop.orders")
payments_log = logging.getLogger("shop.payments")


class OrderAdapter(logging.LoggerAdapter):
    """Prefix every message with the order it is about."""

    def process(self, msg, kwargs):
        return "order #%d: %s" % (self.extra["order"], msg), kwargs


async def charge(order_id, amount):
    payments_log.debug("charging %.2f for order #%d", amount, order_id)
    await asyncio.sleep(0.01)
    if amount > 100:
        raise ValueError("card declined for %.2f" % amount)
    return "receipt-%d" % order_id


async def process_order(order_id, amount):
    log = OrderAdapter(orders_log, {"order": order_id})
    log.info("received, amount %.2f", amount)
    try:
        receipt = await charge(order_id, amount)
    except ValueError:
        # exception() logs at ERROR level and appends the traceback.
        log.exception("payment failed")
        return None
    log.info("paid, %s", receipt)
    return receipt


async def main():
    orders_log.info("opening the shop")
    # Each order runs in its own named task; the filter puts the name on every record.
    tasks = [
        asyncio.create_task(process_order(order_id, amount), name="order-%d" % order_id)
        for order_id, amount in [(1, 25.0), (2, 250.0), (3, 60.5)]
    ]
    receipts = await asyncio.gather(*tasks)
    orders_log.info("receipts: %s", receipts)
    # Records below the logger's level are dropped before any formatting happens.
    logging.getLogger("shop").setLevel(logging.INFO)
    payments_log.debug("not shown: DEBUG is below INFO now")
    orders_log.info("closing the shop")


configure_logging()
asyncio.run(main())
