# CPython starts as_completed's clock at the first next(), not at the call. Run: python3 docs/perf/as_completed_clock.py
import time, concurrent.futures as futures
with futures.ThreadPoolExecutor(2) as executor:
    slow = executor.submit(time.sleep, 1.0)
    call = time.monotonic()
    it = futures.as_completed([slow], timeout=0.3)
    time.sleep(0.5)              # longer than the timeout, before the first next()
    first = time.monotonic()
    try:
        next(it)
    except futures.TimeoutError as e:
        now = time.monotonic()
        print('TimeoutError: %s, %.2f s after next(), %.2f s after the call' % (e, now - first, now - call))
    print(futures.TimeoutError is TimeoutError)
