package io.carbonrouter.explorer.engine;

/** Whole-percent flavour weights, as the engine publishes them; they always sum to 100. */
public final class IntegerWeights {

    private IntegerWeights() {
    }

    /** Integer percentages aligned with the order of {@code weights}, written into the first slots of
     * {@code scaled}. */
    public static void into(Decision weights, int[] scaled) {
        int n = weights.size();
        double total = weights.sum();
        if (total == 0.0) {
            total = 1.0;
        }
        int sum = 0;
        for (int i = 0; i < n; i++) {
            // (v / total) * 100 as the engine writes it: 100 * v / total differs in the last bit at some ties
            scaled[i] = (int) EngineMath.round(weights.value(i) / total * 100.0);
            sum += scaled[i];
        }
        int diff = 100 - sum;
        if (diff != 0 && n > 0) {
            int largest = 0;
            for (int i = 1; i < n; i++) {
                if (scaled[i] > scaled[largest]) {
                    largest = i;
                }
            }
            scaled[largest] += diff;
        }
    }
}
