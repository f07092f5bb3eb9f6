"""The original notes' third program with the as_completed loop moved INSIDE the with block.

Prints what as_completed(timeout=0.1) raises while the tasks still run, then stops the worker processes at
once (so that the measurement does not wait a minute for the 10**9 sum).

    python3 docs/perf/as_completed_inside_block.py fork     # Linux default
    python3 docs/perf/as_completed_inside_block.py spawn    # macOS and Windows default
"""
import os
import sys
import time
import multiprocessing
from concurrent import futures

WORK_LIST = [100, 10000, 1000000000, 10000, 10,]


def sum_generator(n):
    return sum(n for n in range(1, n+1))


def main():
    start = time.time()
    with futures.ProcessPoolExecutor(max_workers=min(10, len(WORK_LIST))) as executor:
        futures_list = [executor.submit(sum_generator, work) for work in WORK_LIST]
        try:
            for future in futures.as_completed(futures_list, timeout=0.1):
                print('Future Result :', future.result(), '%.2fs' % (time.time() - start), flush=True)
        except futures.TimeoutError as e:
            print('TimeoutError:', e, '%.2fs' % (time.time() - start), flush=True)
        for process in executor._processes.values():   # measurement only: do not wait for the big sum
            process.terminate()
        os._exit(0)


if __name__ == '__main__':
    multiprocessing.set_start_method(sys.argv[1] if len(sys.argv) > 1 else 'fork')
    main()
