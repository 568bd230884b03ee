#!/usr/bin/env python3
"""Makes the historical-version reference cases: each case names a strategy as `name@commit`, and its expected
output is the real decision engine of that commit driven by run_upstream_env.py (beside this file: a copy of
/work/shared/oracle/run_upstream.py that also hands the case's throttle settings to the engine, as the
Deployment's environment did before 65bb211), given the case with the `@commit` suffix removed from the policy.

Usage: make_versions.py MIRROR_GIT_DIR OUT_DIR
Writes OUT_DIR/cases/NAME.json, OUT_DIR/expected/NAME.json, OUT_DIR/index.txt and OUT_DIR/provenance.txt
(one line per case: name, commit, driver).
"""
import json, os, subprocess, sys, tempfile

mirror, out = sys.argv[1:3]
here = os.path.dirname(os.path.abspath(__file__))
ref = os.path.dirname(here)  # src/test/resources/reference

# (historical policy, source case) pairs: curated per-slot cases, deployed-loop cases and the showdown protocol
VERSIONS = ["credit-greedy@781c6d5", "forecast-aware-global@781c6d5", "forecast-aware@3b01f99",
            "p100@cf04685", "round-robin@cf04685"]
SLOT_CASES = ["uk-day", "volatile", "rising", "falling", "extreme", "five-flavours-wide-credit",
              "disabled-and-sensitivity", "defaults"]
DEPLOYED = ["deployed-41-000", "deployed-41-005", "deployed-41-011", "deployed-41-017"]


def showdown_case(policy):
    """The showdown's protocol: the 40-point experiments/carbon_scenario.json pattern at 15 s a point, engine
    every 15 s with expected feedback, flat demand, flavours 100/50/30, credit -1..1, creditWindow 10."""
    pattern = json.loads(subprocess.run(["git", "--git-dir", mirror, "show",
                                         "HEAD:experiments/carbon_scenario.json"],
                                        capture_output=True, text=True, check=True).stdout)["pattern"]
    return {"name": "showdown protocol", "policy": policy,
            "config": {"targetError": 0.15, "creditMin": -1.0, "creditMax": 1.0, "creditWindow": 10},
            "flavours": [{"name": "precision-100", "precision": 1.0, "carbonIntensity": 1.0},
                         {"name": "precision-50", "precision": 0.5, "carbonIntensity": 0.6},
                         {"name": "precision-30", "precision": 0.3, "carbonIntensity": 0.3}],
            "componentBounds": {"router": {"min": 1, "max": 5}, "consumer": {"min": 1, "max": 10}},
            "intensity": [float(v) for v in pattern], "slotMinutes": 0.25, "repeat": True, "steps": 80,
            "horizonSlots": 8,
            "deployment": {"evaluationSeconds": 15, "feedback": "expected", "demandForecast": "flat"}}


def source(name):
    for d in ("cases", "deployment/cases"):
        for prefix in ("credit-greedy__", ""):
            p = os.path.join(ref, d, prefix + name + ".json")
            if os.path.exists(p):
                return json.load(open(p))
    raise SystemExit("no source case " + name)


def checkout(commit, root):
    d = os.path.join(root, commit)
    if not os.path.isdir(d):
        os.makedirs(d)
        tar = subprocess.run(["git", "--git-dir", mirror, "archive", commit, "decision-engine"],
                             capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", d], input=tar, check=True)
    return os.path.join(d, "decision-engine")


os.makedirs(out + "/cases", exist_ok=True)
os.makedirs(out + "/expected", exist_ok=True)
names, provenance = [], []
with tempfile.TemporaryDirectory() as tmp:
    for policy in VERSIONS:
        base, commit = policy.split("@")
        jobs = [(f"{base}@{commit}__{c}", source(c)) for c in SLOT_CASES + DEPLOYED]
        jobs.append((f"{base}@{commit}__showdown", showdown_case(policy)))
        for name, case in jobs:
            case = dict(case, policy=policy)
            # Before 65bb211 the throttle settings were the engine's environment, with other defaults (0.2) than
            # the explorer's (HEAD's 0.05): every case states them, so both sides run the same settings.
            config = dict(case.get("config", {}))
            for key, value in (("throttleMin", 0.05), ("throttleIntensityFloor", 150.0),
                               ("throttleIntensityCeiling", 350.0)):
                config.setdefault(key, value)
            case["config"] = config
            upstream = dict(case, policy=base)
            up = os.path.join(tmp, "case.json")
            json.dump(upstream, open(up, "w"))
            res = subprocess.run(["python3", os.path.join(here, "run_upstream_env.py"), up], capture_output=True,
                                 text=True, env={**os.environ, "UPSTREAM_DE": checkout(commit, tmp)})
            if res.returncode != 0:
                print("skipped", name, res.stderr.strip().splitlines()[-1:], file=sys.stderr)
                continue
            json.dump(case, open(f"{out}/cases/{name}.json", "w"), indent=1)
            open(f"{out}/expected/{name}.json", "w").write(res.stdout)
            names.append(name)
            provenance.append(f"{name} {commit} run_upstream_env.py (run_upstream.py + throttle settings as the environment; policy given without @{commit})")
            print(name, flush=True)
open(out + "/index.txt", "w").write("\n".join(names) + "\n")
open(out + "/provenance.txt", "w").write("\n".join(provenance) + "\n")
