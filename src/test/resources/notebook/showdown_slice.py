"""The notebook metrics of a small slice, by the upstream notebook's own code (pandas), for NotebookAccumulatorTest.

The functions below are copied from belgio99/k8s-carbonrouter experiments/ultimate_strategy_showdown.ipynb,
cells 3 (energy constants, demand attached by row index), 5 (calculate_carbon_emissions, reductions) and 9
(calculate_demand_metrics), unchanged but for the unused temporal metrics. The rows are the first five of
results/simple_20251118_182945_fixed/credit-greedy/timeseries.csv as credit_greedy_analysis.ipynb prints them
(df.head(): delta_requests, mean_precision, carbon_now and the p30/p50/p100 percentages, which give the
counts exactly). Run: python3 showdown_slice.py (pandas needed).
"""
import math
import pandas as pd

ENERGY_P30 = 0.30
ENERGY_P50 = 0.50
ENERGY_P100 = 1.00

HEAD = pd.DataFrame({
    'carbon_now': [80.0, 120.0, 120.0, 120.0, 160.0],
    'requests_precision_30': [224, 544, 625, 602, 954],
    'requests_precision_50': [163, 431, 520, 458, 768],
    'requests_precision_100': [1371, 1313, 1284, 1196, 882],
    'mean_precision': [0.8644, 0.7394, 0.7128, 0.7117, 0.5961],
})


def nonlinear_carbon_weight(c):
    if c <= 0:
        return 0.0
    base = 100.0
    x = c / base
    if x >= 1.0:
        return float(x ** 1.8)
    else:
        return float(x ** 0.4)


def calculate_carbon_emissions(df):
    energy_per_slot = (
        df['requests_precision_30'] * ENERGY_P30 +
        df['requests_precision_50'] * ENERGY_P50 +
        df['requests_precision_100'] * ENERGY_P100
    )
    carbon_per_slot = df['carbon_now'] * energy_per_slot
    total_requests_per_slot = (
        df['requests_precision_30'] +
        df['requests_precision_50'] +
        df['requests_precision_100']
    )
    baseline_carbon_per_slot = df['carbon_now'] * total_requests_per_slot * ENERGY_P100
    weights = df['carbon_now'].apply(nonlinear_carbon_weight)
    nonlinear_carbon_per_slot = carbon_per_slot * weights
    nonlinear_baseline_per_slot = baseline_carbon_per_slot * weights
    total_requests = float(total_requests_per_slot.sum())
    mean_precision = (
        (df['requests_precision_30'] * 0.30 +
         df['requests_precision_50'] * 0.50 +
         df['requests_precision_100'] * 1.00).sum() / max(total_requests, 1.0)
    )
    return {
        'total_carbon_linear': float(carbon_per_slot.sum()),
        'baseline_carbon_linear': float(baseline_carbon_per_slot.sum()),
        'total_carbon_nonlinear': float(nonlinear_carbon_per_slot.sum()),
        'baseline_carbon_nonlinear': float(nonlinear_baseline_per_slot.sum()),
        'total_requests': total_requests,
        'mean_precision': float(mean_precision),
    }


def calculate_demand_metrics(df):
    df = df.copy()
    df['total_requests'] = (
        df['requests_precision_30'] +
        df['requests_precision_50'] +
        df['requests_precision_100']
    )
    df['precision_weighted'] = df['mean_precision'] * df['demand_normalized']
    total_demand_weight = df['demand_normalized'].sum()
    demand_weighted_precision = df['precision_weighted'].sum() / max(total_demand_weight, 1.0)
    high_demand_mask = df['demand_normalized'] >= 0.8
    low_demand_mask = df['demand_normalized'] <= 0.3
    high_demand_precision = df.loc[high_demand_mask, 'mean_precision'].mean() if high_demand_mask.any() else 0.0
    low_demand_precision = df.loc[low_demand_mask, 'mean_precision'].mean() if low_demand_mask.any() else 0.0
    smart_ratio = high_demand_precision / max(low_demand_precision, 0.01)
    peak_demand_mask = df['demand_normalized'] >= 0.9
    peak_p100_requests = df.loc[peak_demand_mask, 'requests_precision_100'].sum() if peak_demand_mask.any() else 0
    peak_total_requests = df.loc[peak_demand_mask, 'total_requests'].sum() if peak_demand_mask.any() else 1
    peak_p100_ratio = peak_p100_requests / max(peak_total_requests, 1)
    return {
        'demand_weighted_precision': demand_weighted_precision,
        'smart_allocation_ratio': smart_ratio,
        'peak_p100_ratio': peak_p100_ratio,
    }


def report(name, df, demand_pattern):
    df = df.copy()
    max_demand = max(demand_pattern)
    df['demand'] = [demand_pattern[i % len(demand_pattern)] for i in range(len(df))]
    df['demand_normalized'] = df['demand'] / max_demand
    m = calculate_carbon_emissions(df)
    red_linear = ((m['baseline_carbon_linear'] - m['total_carbon_linear'])
                  / m['baseline_carbon_linear'] * 100.0 if m['baseline_carbon_linear'] > 0 else 0.0)
    red_nonlinear = ((m['baseline_carbon_nonlinear'] - m['total_carbon_nonlinear'])
                     / m['baseline_carbon_nonlinear'] * 100.0 if m['baseline_carbon_nonlinear'] > 0 else 0.0)
    d = calculate_demand_metrics(df)
    print(name)
    for k, v in [('requests', m['total_requests']), ('linearCarbon', m['total_carbon_linear']),
                 ('linearBaseline', m['baseline_carbon_linear']),
                 ('nonLinearCarbon', m['total_carbon_nonlinear']),
                 ('nonLinearBaseline', m['baseline_carbon_nonlinear']),
                 ('linearCarbonReduction', red_linear), ('nonLinearCarbonReduction', red_nonlinear),
                 ('requestWeightedPrecision', m['mean_precision']),
                 ('demandWeightedPrecision', d['demand_weighted_precision']),
                 ('smartAllocationRatio', d['smart_allocation_ratio']),
                 ('peakP100Delivery', d['peak_p100_ratio'])]:
        print(f"  {k} = {float(v)!r}")


# The notebook's own demand pattern (experiments/demand_scenario.json): these rows all fall below 0.3.
DEMAND = [10, 10, 15, 20, 10, 20, 30, 10, 20, 17, 13, 20, 21, 45, 18, 17, 9, 10, 5, 10, 20, 40, 65, 69, 70,
          71, 75, 78, 80, 87, 90, 93, 97, 100, 45, 35, 20, 17, 15, 5, 6]
report('head, demand_scenario.json', HEAD, DEMAND)
# Labels that reach every mask: high (>= 0.8) rows 0, 1, 3; low (<= 0.3) row 2; peak (>= 0.9) rows 0 and 3.
report('head, labels 100/85/25/95/60', HEAD, [100, 85, 25, 95, 60])
# A sixth row that counted nothing (mean_precision empty, as the harness writes it) at peak demand.
EMPTY = pd.concat([HEAD, pd.DataFrame({'carbon_now': [300.0], 'requests_precision_30': [0],
                                       'requests_precision_50': [0], 'requests_precision_100': [0],
                                       'mean_precision': [math.nan]})], ignore_index=True)
report('head + empty row, labels 100/85/25/95/60/100', EMPTY, [100, 85, 25, 95, 60, 100])
