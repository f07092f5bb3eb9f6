"""The original notes' second program (wait) with the wait moved INSIDE the with block: how many futures are done
after wait(timeout=1.0)? Prints the split, then kills the workers (the 10**12 sum would run for hours).
Used by lesson 2 and docs/why-my-timeout-doesnt-work.md.

    python3 docs/perf/wait_inside.py          # the platform's default start method (fork on Linux)
    python3 docs/perf/wait_inside.py spawn    # the macOS and Windows default
"""
import multiprocessing
import os, sys, time
from concurrent import futures
WORK_LIST = [10000000, 1000000, 1000000000, 1000000000000, 1000000000,]
def sum_generator(n):
    return sum(n for n in range(1, n+1))
def main():
    if sys.argv[1:]:
        multiprocessing.set_start_method(sys.argv[1])
    start = time.time()
    with futures.ProcessPoolExecutor(max_workers=min(10, len(WORK_LIST))) as executor:
        futures_list = [executor.submit(sum_generator, work) for work in WORK_LIST]
        result = futures.wait(futures_list, timeout=1.0)
        print("done %d, not done %d after %.2fs" % (len(result.done), len(result.not_done), time.time() - start))
        for p in list(executor._processes.values()): p.kill()
        sys.stdout.flush(); os._exit(0)
if __name__ == '__main__':
    main()
