"""How many futures does a ProcessPoolExecutor report as running, and which can still be cancelled?
Submits `tasks` sleeping tasks to a pool of `workers` processes, looks after a short pause, then tries cancel().
Used by docs/python-java-map.md and docs/pitfalls.md.

    python3 docs/perf/process_pool_running.py 1 4 0.5     # max_workers=1, four 0.5 s tasks
    python3 docs/perf/process_pool_running.py 2 8 1.0     # max_workers=2, eight 1 s tasks
"""
import sys
import time
from concurrent import futures


def nap(seconds):
    time.sleep(seconds)
    return seconds


def main():
    workers, tasks, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    with futures.ProcessPoolExecutor(max_workers=workers) as executor:
        fs = [executor.submit(nap, seconds) for _ in range(tasks)]
        time.sleep(seconds / 2)
        running = sum(f.running() for f in fs)
        cancelled = [f.cancel() for f in fs]
        print("max_workers={}: {} of {} futures running; cancel() -> {}".format(workers, running, tasks, cancelled))


if __name__ == "__main__":
    main()
