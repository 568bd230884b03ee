package io.carbonrouter.explorer.ui.chart;

/** Labels steps by their number. */
final class StepTimeLabels implements TimeLabels {

    static final StepTimeLabels INSTANCE = new StepTimeLabels();

    private StepTimeLabels() {
    }

    @Override
    public String label(int step) {
        return "step " + step;
    }

    @Override
    public String shortLabel(int step) {
        return Integer.toString(step);
    }
}
