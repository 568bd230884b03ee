package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.simulation.explain.Explanation;
import io.carbonrouter.explorer.simulation.explain.StepExplainer;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.run.RunService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * "Why this split": the decision at the cursor told in plain language by the run's strategy's explainer, with
 * the settings in force at that step (a live edit changes them part way through a run); while playback plays, a
 * few times a second (see {@link PlayThrottle}).
 */
public final class ExplainViewModel {

    /** Shown while there is no step to explain. */
    public static final Explanation NONE = new Explanation("", List.of());

    private final RunService runs;
    private final ObservableIntegerValue cursor;
    private final StepExplainer explainer;
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>(NONE);

    public ExplainViewModel(RunService runs, ObservableIntegerValue cursor, StepExplainer explainer,
                            ObservableBooleanValue playing, LongSupplier nanos) {
        this.runs = runs;
        this.cursor = cursor;
        this.explainer = explainer;
        PlayThrottle.wire(playing, nanos, this::refresh, runs.outcomeProperty(), cursor);
    }

    private void refresh() {
        RunOutcome o = runs.outcomeProperty().get();
        int t = cursor.get();
        if (o == null || t < 0 || t >= o.run().steps()) {
            explanation.set(NONE);
            return;
        }
        explanation.set(explainer.explain(o.run(), o.scenarioAt(t), t));
    }

    /** The explanation of the step under the cursor; {@link #NONE} when there is none. */
    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }
}
