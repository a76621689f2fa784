# Start methods name the processes: set_start_method/get_start_method/get_context, and the
# Process, pool worker and executor worker names each context gives (SpawnPoolWorker-N, ...).
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
def who(_=None):
    return mp.current_process().name
if __name__ == '__main__':
    print(mp.get_start_method(allow_none=True))
    mp.set_start_method('spawn')
    print(mp.get_start_method())
    try:
        mp.set_start_method('fork')
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        mp.get_context('nope')
    except ValueError as e:
        print("ValueError:", e)
    p = mp.Process(target=who); print(p.name, type(p).__name__)
    with mp.Pool(1) as pool:
        print(pool.map(who, [1]))
    with ProcessPoolExecutor(1) as ex:
        print(ex.submit(who).result())
    ctx = mp.get_context('fork')
    q = ctx.Process(target=who); print(q.name, type(q).__name__, ctx.get_start_method())
    with ctx.Pool(1) as pool:
        print(pool.map(who, [1]))
    with ProcessPoolExecutor(1, mp_context=ctx) as ex:
        print(ex.submit(who).result())
    print(type(mp.get_context()).__name__, type(ctx).__name__)
