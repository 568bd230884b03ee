#!/usr/bin/env python3
"""Writes synthetic-timeseries.csv: a made-up 10-minute run in exactly the format of upstream's
experiments/run_simple_benchmark.py (belgio99/k8s-carbonrouter 31c2c5f, the writer.writerow calls of
test_policy_with_sampling), for tests. No cluster ran it: the carbon follows carbon_scenario.json at 15 s a
point from its first point, and the requests split by a fixed rule (more p30 when carbon is high)."""
import csv
import json
from pathlib import Path

here = Path(__file__).parent
pattern = json.loads((here.parent / "upstream/experiments/carbon_scenario.json").read_text())["pattern"]
header = ["timestamp", "elapsed_seconds", "delta_requests", "mean_precision",
          "credit_balance", "credit_velocity", "engine_avg_precision",
          "carbon_now", "carbon_next",
          "requests_precision_30", "requests_precision_50", "requests_precision_100",
          "commanded_weight_30", "commanded_weight_50", "commanded_weight_100",
          "queue_depth_total", "queue_depth_p30", "queue_depth_p50", "queue_depth_p100",
          "replicas_router", "replicas_consumer", "replicas_target",
          "ceiling_router", "ceiling_consumer", "ceiling_target",
          "throttle_factor"]
with open(here / "synthetic-timeseries.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(header)
    for i in range(1, 121):
        elapsed = i * 5.0 + 0.1 * (i % 3)
        now = pattern[int(elapsed // 15) % 40]
        nxt = pattern[(int(elapsed // 15) + 1) % 40]
        p30 = 20 if now < 100 else 50 if now < 250 else 70
        p100 = 60 if now < 100 else 30 if now < 250 else 10
        p50 = 100 - p30 - p100
        total = 1000
        r30, r50 = total * p30 // 100, total * p50 // 100
        r100 = total - r30 - r50
        prec = (0.3 * r30 + 0.5 * r50 + 1.0 * r100) / total
        balance = round(0.85 - prec, 4)
        w.writerow([f"2025-11-18T18:{30 + i * 5 // 60:02d}:{i * 5 % 60:02d}.000000Z", f"{elapsed:.1f}", total,
                    f"{prec:.4f}", f"{balance:.4f}", f"{0.0:.4f}", f"{prec:.4f}", f"{now:.1f}", f"{nxt:.1f}",
                    r30, r50, r100, p30, p50, p100, 0, 0, 0, 0, 1, 3, 3, "", "", "", f"{0.0:.4f}"])
