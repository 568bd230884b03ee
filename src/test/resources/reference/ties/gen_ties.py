"""Random small cases biased to land integer weights on exact .5 ties; keeps the ones the real engine ties on."""
import json, random, subprocess, sys, os
rnd = random.Random(int(sys.argv[1]))
N = int(sys.argv[2])
out = sys.argv[3]
os.makedirs(out + "/cases", exist_ok=True); os.makedirs(out + "/expected", exist_ok=True)
PRESETS = [
    [{"name": "precision-100", "precision": 1.0, "carbonIntensity": 1.0}, {"name": "precision-50", "precision": 0.5, "carbonIntensity": 0.5}],
    [{"name": "precision-100", "precision": 1.0, "carbonIntensity": 1.0}, {"name": "precision-50", "precision": 0.5, "carbonIntensity": 0.6}, {"name": "precision-30", "precision": 0.3, "carbonIntensity": 0.3}],
    [{"name": "precision-100", "precision": 1.0, "carbonIntensity": 1.0}, {"name": "precision-60", "precision": 0.6, "carbonIntensity": 0.6}, {"name": "precision-20", "precision": 0.2, "carbonIntensity": 0.2}],
    [{"name": "precision-100", "precision": 1.0, "carbonIntensity": 1.0}, {"name": "precision-80", "precision": 0.8, "carbonIntensity": 0.8}],
    [{"name": "precision-100", "precision": 1.0, "carbonIntensity": 1.0}, {"name": "precision-50", "precision": 0.5, "carbonIntensity": 0.6}, {"name": "precision-30", "precision": 0.3, "carbonIntensity": 0.3}, {"name": "precision-10", "precision": 0.1, "carbonIntensity": 0.1}],
]
def is_tie(x):
    f = x - int(x)
    return abs(f - 0.5) < 1e-9
kept = 0
for i in range(N):
    pol = rnd.choice(["credit-greedy", "credit-greedy", "forecast-aware", "forecast-aware-global"])
    band = rnd.choice([1.0, 0.5, 2.0, 1.5])
    n = rnd.choice([3, 4, 6])
    step = rnd.choice([10, 20, 40, 5])
    inten = [float(rnd.choice(range(60, 300, step))) for _ in range(n)]
    case = {"name": f"tie-{i}", "policy": pol,
            "config": {"targetError": rnd.choice([0.15, 0.1, 0.2, 0.25]), "creditMin": -band, "creditMax": band,
                       "creditWindow": rnd.choice([5, 10, 300])},
            "flavours": rnd.choice(PRESETS),
            "initialBalance": round(rnd.choice(range(-40, 41)) * band / 40.0, 6),
            "intensity": inten}
    if rnd.random() < 0.5:
        case["config"]["creditSensitivity"] = rnd.choice([0.5, 0.25, 0.1, 0.2])
    if rnd.random() < 0.4:
        case["slotMinutes"] = 1
        case["deployment"] = {"evaluationSeconds": rnd.choice([15, 20, 30]), "feedback": "expected", "demandForecast": "flat"}
    p = f"{out}/cases/tie-{i}.json"
    json.dump(case, open(p, "w"), indent=1)
    res = subprocess.run(["python3", "/work/shared/oracle/run_upstream.py", p], capture_output=True, text=True,
                         env={**os.environ, "UPSTREAM_DE": "/tmp/versions/de/HEAD/decision-engine"})
    if res.returncode != 0:
        os.remove(p); continue
    steps = json.loads(res.stdout)["steps"]
    ties = sum(1 for s in steps for v in s["weights"].values() if is_tie(v / sum(s["weights"].values()) * 100))
    if ties == 0:
        os.remove(p); continue
    open(f"{out}/expected/tie-{i}.json", "w").write(res.stdout)
    kept += 1
    print(p, pol, ties, flush=True)
print("kept", kept)
