#!/usr/bin/env python3
"""Paired timing of two commands: does B take less time than A on this machine, now?

Usage (from the repository root):
  bench/pairs.py PAIRS 'COMMAND A' 'COMMAND B'
  e.g. bench/pairs.py 20 '/tmp/old/policy-explorer sweep ...' 'target/policy-explorer sweep ...'

A and B run in turn (A then B, then B then A, ...), each as a whole process through `sh -c`; a pair is kept only
when nothing else used more than a tenth of a core during either run, until PAIRS pairs are kept (at most 8 x PAIRS
tries). Printed: the median and minimum wall time and the median CPU time of each, and the median over the pairs of
B's wall time over A's. On a shared host the machine's own speed drifts (the same build's median moved by a third
within half an hour here): two commands timed minutes apart differ by that drift, two taken in turn do not, so
only the paired ratio decides whether a change helped. A median of 14-20 pairs moves by about 2-3 % between
repeats on 2 cores; a change is worth keeping when it moves the ratio by more than that, repeatedly.
Where the process may (as root), each run gets its session's scheduling group at the highest weight, so that a
background job of the machine does not take its place.
"""
import os
import statistics
import subprocess
import sys
import time

from bench import busy_seconds


def favoured():
    """In the child: a session of its own, its scheduling group at nice -20 where allowed (root); else as is."""
    os.setsid()
    try:
        with open("/proc/self/autogroup", "w") as f:
            f.write("-20")
    except OSError:
        pass


def run(cmd):
    """(wall s, CPU s of the command, whether it had the machine to itself)."""
    before = busy_seconds()
    start = time.monotonic()
    child = subprocess.Popen(["sh", "-c", cmd], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             preexec_fn=favoured)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("failed (exit %d): %s" % (os.waitstatus_to_exitcode(status), cmd))
    cpu = usage.ru_utime + usage.ru_stime
    if before is None:  # no /proc/stat: what else ran cannot be told, every pair is kept
        return wall, cpu, True
    return wall, cpu, (busy_seconds() - before) - cpu < 0.1 * wall


def main(argv):
    if len(argv) != 3 or not argv[0].isdigit() or int(argv[0]) < 1:
        sys.exit(__doc__)
    wanted, a, b = int(argv[0]), argv[1], argv[2]
    pairs, tries = [], 0
    while len(pairs) < wanted and tries < 8 * wanted:
        tries += 1
        a_first = tries % 2 == 1
        first, second = run(a if a_first else b), run(b if a_first else a)
        if first[2] and second[2]:
            ra, rb = (first, second) if a_first else (second, first)
            pairs.append((ra, rb))
        else:
            time.sleep(1)
    if not pairs:
        sys.exit("no pair had the machine to itself in %d tries" % tries)
    walls_a = [p[0][0] for p in pairs]
    walls_b = [p[1][0] for p in pairs]
    print("pairs %d of %d tries; load %s" % (len(pairs), tries, os.getloadavg()[0]))
    print("  A  wall median %.3f s (min %.3f), CPU median %.2f s" % (
        statistics.median(walls_a), min(walls_a), statistics.median(p[0][1] for p in pairs)))
    print("  B  wall median %.3f s (min %.3f), CPU median %.2f s" % (
        statistics.median(walls_b), min(walls_b), statistics.median(p[1][1] for p in pairs)))
    print("  B / A, median over the pairs: %.3f" % statistics.median(wb / wa for wa, wb in zip(walls_a, walls_b)))


if __name__ == "__main__":
    main(sys.argv[1:])
