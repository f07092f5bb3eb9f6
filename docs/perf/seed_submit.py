"""The seed's first program (submit), finished as lesson 1 finishes it: it prints its results and the time
it really took. Used by docs/performance.md to compare Python with the Java lesson on the same work list.

    python3 docs/perf/seed_submit.py            # ProcessPoolExecutor, as in the seed
    python3 docs/perf/seed_submit.py threads    # ThreadPoolExecutor, to see the GIL
    python3 docs/perf/seed_submit.py sequential # no pool: one sum after the other
"""
import sys
import time
from concurrent import futures

WORK_LIST = [10_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000]


def sum_generator(n):
    return sum(n for n in range(1, n + 1))


def main():
    if sys.argv[1:] == ["sequential"]:
        start = time.time()
        results = [sum_generator(work) for work in WORK_LIST]
        print("sequential: Result -> {} Time : {:.2f}s".format(results, time.time() - start))
        return
    pool = futures.ThreadPoolExecutor if sys.argv[1:] == ["threads"] else futures.ProcessPoolExecutor
    workers = min(10, len(WORK_LIST))
    start = time.time()
    with pool(max_workers=workers) as executor:
        futures_list = [executor.submit(sum_generator, work) for work in WORK_LIST]
    results = [future.result() for future in futures_list]
    print("{}: Result -> {} Time : {:.2f}s".format(pool.__name__, results, time.time() - start))


if __name__ == "__main__":
    main()
