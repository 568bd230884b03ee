package io.carbonrouter.explorer.simulation;

import java.util.Locale;

/**
 * A carbon budget: at most {@code amount} of CO2 over the run, or per day or per month of run time so that one
 * budget fits any run length. The amount is in grams of CO2 when the scenario gives an energy block, and in
 * the run's relative emission units (demand x gCO2/kWh x carbon factor) when it does not.
 *
 * @param amount how much CO2, >= 0
 * @param per    what the amount is for
 */
public record Budget(double amount, Per per) {

    /** What a budget's amount covers: the whole run, each day or each month (365.25 / 12 days). */
    public enum Per {
        RUN("run", Double.NaN), DAY("day", 1440), MONTH("month", 1440 * 365.25 / 12);

        private final String word;
        private final double minutes;

        Per(String word, double minutes) {
            this.word = word;
            this.minutes = minutes;
        }

        /** The word the scenario format uses: run, day, month. */
        public String word() {
            return word;
        }

        /** The period named by a word, ignoring case; null for none. */
        public static Per of(String word) {
            for (Per p : values()) {
                if (p.word.equalsIgnoreCase(word.trim())) {
                    return p;
                }
            }
            return null;
        }
    }

    /** The budget over a whole run of the scenario, in the run's emission units ({@code RunMetrics.emissions}). */
    public double runEmissions(Scenario s) {
        double periods = per == Per.RUN ? 1.0 : s.effectiveSteps() * s.slotMinutes() / per.minutes;
        return amount * periods / EmissionsUnit.of(s).gramsPerUnit();
    }

    /** For people: "1.20 kgCO2 per day (3.60 kgCO2 over the run)", or "500 relative units over the run". */
    public String describe(Scenario s) {
        EmissionsUnit unit = EmissionsUnit.of(s);
        String total = unit.format(runEmissions(s));
        if (per == Per.RUN) {
            return total + " over the run";
        }
        return unit.format(amount / unit.gramsPerUnit()) + " per " + per.word + " (" + total + " over the run)";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s per %s", amount, per.word);
    }
}
