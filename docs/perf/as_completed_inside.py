"""The original notes' third program (as_completed) with the loop moved INSIDE the with block, under a given start
method: how many futures are unfinished when as_completed(timeout=0.1) gives up? Prints the results it got and
the TimeoutError, then kills the workers (the 10**9 sum would run on for about half a minute).
Used by docs/pitfalls.md and docs/why-my-timeout-doesnt-work.md.

    python3 docs/perf/as_completed_inside.py fork     # the Linux default
    python3 docs/perf/as_completed_inside.py spawn    # the macOS and Windows default
"""
import sys, time, multiprocessing as mp
from concurrent import futures
WORK_LIST = [100, 10000, 1000000000, 10000, 10,]
def sum_generator(n):
    return sum(n for n in range(1, n+1))
def main():
    mp.set_start_method(sys.argv[1])
    futures_list = []
    start=time.time()
    with futures.ProcessPoolExecutor(max_workers=min(10, len(WORK_LIST))) as executor:
        for work in WORK_LIST:
            futures_list.append(executor.submit(sum_generator, work))
        try:
            for future in futures.as_completed(futures_list, timeout=0.1):
                print('Future Result : {}'.format(future.result()))
        except futures.TimeoutError as e:
            print('TimeoutError:', e, 'at %.2fs' % (time.time()-start))
        import os
        for p in list(executor._processes.values()): p.kill()
        sys.stdout.flush(); os._exit(0)
if __name__ == '__main__':
    main()
