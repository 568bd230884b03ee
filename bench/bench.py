#!/usr/bin/env python3
"""Benchmarks as commands: a heavy command of the explorer, timed whole (JVM start included), beside the
upstream Python decision engine's cost for the same evaluations, measured by this same run.

Usage (from the repository root, after `mvn package`):
  bench/bench.py sweep              # the year sweep: 100 targetError points x 7 strategies x 17,520 steps
  bench/bench.py compare            # the deployed year: 7 strategies x 2,102,400 ticks
  bench/bench.py draws 100          # compare --draws 100 of the deployed year with forecast error
  options: --runs N (default 5), --python-runs N (passes per strategy of each Python timing, default 1),
           --no-python, --java-opts '...',
           --idle (before each run, wait up to 2 minutes for the machine to be 90 % idle over 2 s),
           --launcher FILE (default target/policy-explorer: the jar with the class-data-sharing archive
           `mvn package` dumps), --jar FILE (java -jar FILE instead, no archive)
The seven strategies are upstream's six and precision-tier (--policy): the ones the Python engine is timed on
(receding-horizon, the explorer's own eighth, has no upstream counterpart and is left out of every workload).
Environment: UPSTREAM_DE, a checkout of the upstream decision-engine folder
  (git clone https://github.com/belgio99/k8s-carbonrouter; UPSTREAM_DE=k8s-carbonrouter/decision-engine);
  without it the ratio is not printed.

Each run's wall time is a monotonic clock around the child process, its CPU the kernel's accounting of
the finished child (user + system), its peak the child's largest resident set; the load average is read
before each run, and "others" is the CPU time the rest of the machine used while the run ran (on a shared
machine, a run with others near 0 is the product's figure). Printed: min / median / max of the runs, and the
ratio (the Python engine's CPU seconds on one core for the same evaluations, divided by the run's wall seconds)
for each, against the Python engine timed right before that run.
The Python engine is timed as upstream's SchedulerEngine.evaluate runs it (policy.evaluate, ledger.update,
ScalingDirective, ScheduleDecision; Prometheus export stubbed), 17,520 snapshots of a 96-slot horizon, three
flavours, per strategy; precision-tier has no upstream counterpart and is counted at credit-greedy's cost.
"""
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
import types
from datetime import datetime, timedelta, timezone

POLICIES = ["credit-greedy", "forecast-aware", "forecast-aware-global", "precision-tier", "p100",
            "round-robin", "random"]
YEAR_STEPS = 17_520
DEPLOYED_TICKS = 2_102_400


def workload(kind, draws, java):
    """The command and how many evaluations of each strategy it asks for."""
    out = os.path.join(tempfile.gettempdir(), "policy-explorer-bench-%d.out" % os.getpid())
    seven = ["--policy", ",".join(POLICIES)]
    if kind == "sweep":
        cmd = java + ["sweep", "src/test/resources/bench/year-half-hourly.yaml", "--param",
                      "targetError=0.01:1:0.01"] + seven + ["--out", out, "--force"]
        return cmd, 100 * YEAR_STEPS, out
    if kind == "compare":
        cmd = java + ["compare", "src/test/resources/bench/year-deployed.yaml"] + seven + [
            "--format", "json", "--out", out, "--force"]
        return cmd, DEPLOYED_TICKS, out
    if kind == "draws":
        cmd = java + ["compare", "src/test/resources/bench/year-deployed-draws.yaml", "--draws", str(draws)] + seven + [
            "--format", "json", "--out", out, "--force"]
        # every strategy on every draw and on the actual curve, as the user asked for them
        return cmd, (draws + 1) * DEPLOYED_TICKS, out
    sys.exit("unknown benchmark " + kind)


def busy_seconds():
    """CPU seconds the whole machine has spent busy since boot (Linux /proc/stat), or None elsewhere."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return None
    return (sum(v) - v[3] - v[4]) / os.sysconf("SC_CLK_TCK")


def wait_idle(limit=120.0):
    """Waits (at most limit seconds) until the machine was at least 90 % idle over the last 2 s."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        b0 = busy_seconds()
        if b0 is None:
            return
        time.sleep(2)
        if busy_seconds() - b0 < 0.1 * 2 * os.cpu_count():
            return


def run_once(cmd, env, idle=False):
    if idle:
        wait_idle()
    load = os.getloadavg()[0]
    b0 = busy_seconds()
    t0 = time.monotonic()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), err.decode(errors="replace")[-2000:]))
    cpu = usage.ru_utime + usage.ru_stime
    # what the rest of the machine used meanwhile: a run that shared its cores with other work reads slower
    others = max(0.0, busy_seconds() - b0 - cpu) if b0 is not None else float("nan")
    return wall, cpu, usage.ru_maxrss / 1024, load, others


def stub_prometheus():
    mod = types.ModuleType("prometheus_client")

    class Metric:
        def __init__(self, *a, **k):
            pass

        def labels(self, *a, **k):
            return self

        def set(self, *a, **k):
            pass

        def inc(self, *a, **k):
            pass

    mod.Counter = mod.Gauge = Metric
    core = types.ModuleType("prometheus_client.core")
    core.GaugeMetricFamily = Metric
    core.REGISTRY = types.SimpleNamespace(register=lambda *a, **k: None)
    registry = types.ModuleType("prometheus_client.registry")
    registry.Collector = object
    sys.modules.update({"prometheus_client": mod, "prometheus_client.core": core,
                        "prometheus_client.registry": registry})


def snapshots(models, steps=YEAR_STEPS, horizon=96):
    """A year of half-hourly snapshots with a 96-slot schedule, built once (not timed)."""
    curve = [180 + 140 * math.sin(2 * math.pi * i / 48) for i in range(steps + horizon)]
    t0 = datetime(2030, 1, 1, tzinfo=timezone.utc)
    points = [models.ForecastPoint(start=t0 + timedelta(minutes=30 * i), end=t0 + timedelta(minutes=30 * (i + 1)),
                                   forecast=curve[i]) for i in range(steps + horizon)]
    return [models.ForecastSnapshot(intensity_now=curve[t], intensity_next=curve[t + 1], demand_now=100.0,
                                    demand_next=100.0, schedule=points[t:t + horizon]) for t in range(steps)]


def python_cost_per_eval(policy, builders, models, ledger_mod, snaps):
    """CPU seconds of one core per evaluation of the upstream engine, for one strategy."""
    cfg = models.SchedulerConfig()
    cfg.policy_name = policy
    flavours = [models.FlavourProfile("precision-100", 1.0, 1.0), models.FlavourProfile("precision-50", 0.5, 0.6),
                models.FlavourProfile("precision-30", 0.3, 0.3)]
    ledger = ledger_mod.CreditLedger(cfg.target_error, cfg.credit_min, cfg.credit_max, cfg.credit_sensitivity,
                                     cfg.smoothing_window)
    engine = builders[policy](ledger)
    bounds = {"router": {"min": 1, "max": 10}}
    start = time.process_time()
    for s in snaps:
        res = engine.evaluate(flavours, s)
        bal = ledger.update(res.avg_precision)
        vel = ledger.velocity()
        sc = models.ScalingDirective.from_state(bal, cfg, s, bounds)
        models.ScheduleDecision.from_policy(res, flavours, cfg, bal, vel, sc, s)
    return (time.process_time() - start) / len(snaps)


def python_engine():
    """A function that times the upstream engine now: passes -> {strategy: CPU s per evaluation, the median of
    that many passes}; None without UPSTREAM_DE."""
    de = os.environ.get("UPSTREAM_DE")
    if not de:
        return None
    stub_prometheus()
    sys.path.insert(0, de)
    import scheduler.engine as engine  # noqa: E402
    from scheduler import models, ledger  # noqa: E402
    builders = dict(engine._POLICY_BUILDERS)
    snaps = snapshots(models)

    def costs(passes):
        return {p: statistics.median(python_cost_per_eval(p if p in builders else "credit-greedy", builders, models,
                                                          ledger, snaps) for _ in range(passes))
                for p in POLICIES}
    return costs


def spread(values, fmt):
    return " / ".join(fmt % v for v in (min(values), statistics.median(values), max(values)))


def main(argv):
    args = {"--runs": "5", "--jar": None, "--launcher": "target/policy-explorer", "--java-opts": "",
            "--python-runs": "1"}
    positional, python = [], True
    args["--idle"] = False
    i = 0
    while i < len(argv):
        if argv[i] == "--no-python":
            python = False
        elif argv[i] == "--idle":
            args["--idle"] = True
        elif argv[i] in args:
            args[argv[i]] = argv[i + 1]
            i += 1
        else:
            positional.append(argv[i])
        i += 1
    if not positional:
        sys.exit(__doc__)
    kind = positional[0]
    draws = int(positional[1]) if len(positional) > 1 else 100
    env = dict(os.environ)
    if args["--jar"]:
        java = ["java"] + args["--java-opts"].split() + ["-jar", args["--jar"]]
    else:
        java = [args["--launcher"]]
        env["JAVA_OPTS"] = args["--java-opts"]
    cmd, evals_per_strategy, out = workload(kind, draws, java)
    print("command: " + ("JAVA_OPTS='%s' " % env["JAVA_OPTS"] if "JAVA_OPTS" in env and env["JAVA_OPTS"] else "")
          + " ".join(cmd))
    print("machine: %d cores, %s" % (os.cpu_count(), os.uname().machine))
    idle = args["--idle"]
    measure = python_engine() if python else None
    passes = int(args["--python-runs"])
    run_once(cmd, env)  # one run not counted: the page cache and the CPU governor settle
    runs, measured = [], []
    for _ in range(int(args["--runs"])):
        if measure:
            # the Python engine timed right before each run: the machine's speed drifts (by a third within half an
            # hour on a shared host), and a ratio of two costs taken minutes apart carries that drift
            measured.append(measure(passes))
        runs.append(run_once(cmd, env, idle))
    os.remove(out)
    walls, cpus, peaks, loads, others = zip(*runs)
    print("runs: %d; min / median / max" % len(runs))
    print("  wall s   %s" % spread(walls, "%.2f"))
    print("  cpu s    %s" % spread(cpus, "%.2f"))
    print("  peak MB  %s" % spread(peaks, "%.0f"))
    print("  load 1m  %s (before each run)" % spread(loads, "%.2f"))
    print("  others   %s (CPU s the rest of the machine used during each run)" % spread(others, "%.2f"))
    if not measure:
        print("python: " + ("UPSTREAM_DE not set, " if python else "") + "no ratio")
        return
    python_s = [sum(c[p] for p in POLICIES) * evals_per_strategy for c in measured]
    print("python engine, us per evaluation (median of the %d timings): " % len(measured)
          + ", ".join("%s %.1f" % (p, statistics.median(c[p] for c in measured) * 1e6) for p in POLICIES))
    print("python engine, one core, for the same %.3g evaluations: %s s (timed right before each run)" % (
        evals_per_strategy * len(POLICIES), spread(python_s, "%.0f")))
    print("  ratio    %s (python s / wall s, each run against the timing taken right before it; load %.2f after)"
          % (spread([py / w for py, w in zip(python_s, walls)], "%.0f"), os.getloadavg()[0]))


if __name__ == "__main__":
    main(sys.argv[1:])
