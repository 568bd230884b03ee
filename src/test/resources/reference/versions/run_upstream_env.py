#!/usr/bin/env python3
"""Differential oracle: run the upstream Python decision engine on a case file.

A copy of /work/shared/oracle/run_upstream.py adapted for older commits (see ADAPTED below).

Usage: run_upstream.py CASE.json > RESULT.json
Environment:
  UPSTREAM_DE   path to the upstream 'decision-engine' folder (current version)
  UPSTREAM_PT   path to the last upstream precision_tier.py (removed upstream later)

The case format is the one documented in shared/reference/README.md.
The simulation loop mirrors the upstream SchedulerEngine.evaluate():
policy.evaluate -> ledger.update(avg_precision) -> ScalingDirective -> ScheduleDecision.

With a "deployment" block ({"evaluationSeconds": E, "feedback": "none"|"expected",
"demandForecast": "curve"|"flat"}) the loop is the deployed one: an evaluation every
E seconds (tick k in slot floor(k*E/S), S the slot length, floor(steps*S/E) ticks);
before each evaluation but the first, the metrics poll feeds the ledger the realised
precision of the requests routed since the last tick (router: the previous decision's
integer flavourWeights; skipped when that slot's demand is 0), as
SchedulerSession.process_feedback does, then the evaluation runs (planned precision).
demandForecast "flat" gives the engine demand_now = demand_next = 100 (the deployed
DemandEstimator, which is never fed). Each tick is one output step, with "slot" and
"realisedPrecision" (null when no feedback ran).
"""
import importlib.util
import json
import os
import sys
import types
from datetime import datetime, timedelta, timezone


def _stub_prometheus():
    mod = types.ModuleType("prometheus_client")

    class _Metric:
        def __init__(self, *a, **k):
            pass

        def labels(self, *a, **k):
            return self

        def set(self, *a, **k):
            pass

        def inc(self, *a, **k):
            pass

    mod.Counter = _Metric
    mod.Gauge = _Metric
    core = types.ModuleType("prometheus_client.core")
    core.GaugeMetricFamily = _Metric

    class _Reg:
        def register(self, *a, **k):
            pass

    core.REGISTRY = _Reg()
    registry = types.ModuleType("prometheus_client.registry")
    registry.Collector = object
    sys.modules["prometheus_client"] = mod
    sys.modules["prometheus_client.core"] = core
    sys.modules["prometheus_client.registry"] = registry


def load_upstream():
    _stub_prometheus()
    de = os.environ["UPSTREAM_DE"]
    sys.path.insert(0, de)
    import scheduler.engine as engine  # noqa: E402
    from scheduler import models, ledger  # noqa: E402

    builders = dict(engine._POLICY_BUILDERS)
    pt = os.environ.get("UPSTREAM_PT")
    if pt:
        spec = importlib.util.spec_from_file_location(
            "scheduler.strategies.precision_tier", pt,
            submodule_search_locations=None)
        mod = importlib.util.module_from_spec(spec)
        mod.__package__ = "scheduler.strategies"
        spec.loader.exec_module(mod)
        builders["precision-tier"] = mod.PrecisionTierPolicy
    return builders, models, ledger


def parse_flavours(models, raw):
    out = []
    for item in raw:
        precision = float(item.get("precision", 1.0))
        if precision > 1.0:
            precision /= 100.0
        precision = max(0.0, min(precision, 1.0))
        name = item.get("name") or models.precision_key(precision)
        out.append(models.FlavourProfile(
            name=str(name), precision=precision,
            carbon_intensity=float(item.get("carbonIntensity", 0.0)),
            enabled=bool(item.get("enabled", True))))
    # the upstream registry keys flavours by name (last one wins, first position kept)
    merged = {}
    for f in out:
        merged[f.name] = f
    return list(merged.values())


def main():
    case = json.load(open(sys.argv[1]))
    builders, models, ledger_mod = load_upstream()
    cfg = models.SchedulerConfig()  # the engine's env defaults
    c = case.get("config", {})
    cfg.apply_overrides(c)
    if "creditSensitivity" in c:
        cfg.credit_sensitivity = float(c["creditSensitivity"])
    # ADAPTED for commits before 65bb211 (2025-11-22), whose apply_overrides does not read the throttle
    # settings: the deployed engine took them from its Deployment's environment (THROTTLE_MIN,
    # THROTTLE_INTENSITY_FLOOR, THROTTLE_INTENSITY_CEILING, read by SchedulerConfig.from_env), so the case's
    # values are given here as that environment would. At later commits this repeats apply_overrides.
    for key, attr in (("throttleMin", "throttle_min"), ("throttleIntensityFloor", "throttle_intensity_floor"),
                      ("throttleIntensityCeiling", "throttle_intensity_ceiling")):
        if c.get(key) is not None:
            setattr(cfg, attr, float(c[key]))
    cfg.policy_name = case["policy"]
    # the engine's own default flavours when the scenario names none
    defaults = [{"name": "precision-100", "precision": 1.0, "carbonIntensity": 1.0},
                {"name": "precision-50", "precision": 0.5, "carbonIntensity": 0.6},
                {"name": "precision-30", "precision": 0.3, "carbonIntensity": 0.3}]
    flavours = parse_flavours(models, case.get("flavours") or defaults)
    bounds = case.get("componentBounds") or {}
    ledger = ledger_mod.CreditLedger(
        target_error=cfg.target_error, credit_min=cfg.credit_min,
        credit_max=cfg.credit_max, credit_sensitivity=cfg.credit_sensitivity,
        window_size=cfg.smoothing_window)
    if "initialBalance" in case:
        ledger._balance = float(case["initialBalance"])
    policy = builders[case["policy"]](ledger)

    intensity = case["intensity"]
    demand = case.get("demand")
    repeat = bool(case.get("repeat", False))
    horizon = int(case.get("horizonSlots", 96))
    slot_minutes = float(case.get("slotMinutes", 30))
    steps = int(case.get("steps", len(intensity)))
    n = len(intensity)
    t0 = datetime(2030, 1, 1, tzinfo=timezone.utc)

    def at(series, i):
        if series is None:
            return None
        if i < len(series):
            return series[i]
        return series[i % len(series)] if repeat else None

    deployment = case.get("deployment")
    ticks = []  # (slot, feedback?) per output step
    if deployment is None:
        ticks = [(t, False) for t in range(steps)]
    else:
        e_ms = round(float(deployment["evaluationSeconds"]) * 1000)
        s_ms = round(slot_minutes * 60000)
        count = max(1, (steps * s_ms) // e_ms)
        ticks = [((k * e_ms) // s_ms, k > 0) for k in range(count)]
    feedback = (deployment or {}).get("feedback", "expected") if deployment else "none"
    flat_demand = bool(deployment) and deployment.get("demandForecast", "curve") == "flat"
    precision_of = {f.name: f.precision for f in flavours}

    results = []
    previous = None  # the last decision's integer flavour weights
    previous_slot = None
    for t, poll in ticks:
        realised = None
        if poll and feedback == "expected" and previous is not None:
            d_prev = at(demand, previous_slot) if demand else 100.0
            total = sum(w for w in previous.values() if w > 0)
            if d_prev and total > 0:
                realised = sum(precision_of.get(name, 1.0) * w
                               for name, w in previous.items() if w > 0) / total
                ledger.update(realised)
        now = at(intensity, t)
        schedule = []
        for k in range(horizon):
            v = at(intensity, t + k)
            if v is None:
                break
            start = t0 + timedelta(minutes=slot_minutes * (t + k))
            schedule.append(models.ForecastPoint(
                start=start, end=start + timedelta(minutes=slot_minutes),
                forecast=None if v is None else float(v)))
        nxt = schedule[1].forecast if len(schedule) > 1 else schedule[0].forecast
        d_now = at(demand, t) if demand else 100.0
        d_next = at(demand, t + 1) if demand else 100.0
        if d_next is None:
            d_next = d_now
        if flat_demand:
            d_now = d_next = 100.0
        snap = models.ForecastSnapshot(
            intensity_now=float(now), intensity_next=float(nxt),
            demand_now=float(d_now), demand_next=float(d_next),
            schedule=schedule)
        res = policy.evaluate(flavours, snap)
        bal = ledger.update(res.avg_precision)
        vel = ledger.velocity()
        scaling = models.ScalingDirective.from_state(
            credit_balance=bal, config=cfg, forecast=snap, component_bounds=bounds)
        dec = models.ScheduleDecision.from_policy(res, flavours, cfg, bal, vel, scaling, snap)
        previous, previous_slot = dict(dec.flavour_weights), t
        step = {} if deployment is None else {"slot": t, "realisedPrecision": realised}
        results.append({
            **step,
            "weights": res.weights,
            "avgPrecision": res.avg_precision,
            "balance": bal,
            "velocity": vel,
            "throttle": scaling.throttle,
            "creditsRatio": scaling.credits_ratio,
            "intensityRatio": scaling.intensity_ratio,
            "ceilings": scaling.ceilings,
            "flavourWeights": dec.flavour_weights,
            "diagnostics": {k: v for k, v in res.diagnostics.fields.items()},
        })
    json.dump({"steps": results}, sys.stdout, indent=1, sort_keys=False)


if __name__ == "__main__":
    main()
