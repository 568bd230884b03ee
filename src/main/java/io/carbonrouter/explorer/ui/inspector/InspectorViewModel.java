package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.run.RunService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;

import java.util.function.LongSupplier;

/**
 * The step inspector: everything about the step under the cursor, with the settings that step ran with; while
 * playback plays, a few times a second (see {@link PlayThrottle}).
 */
public final class InspectorViewModel {

    private final RunService runs;
    private final ObservableIntegerValue cursor;
    private final ReadOnlyObjectWrapper<StepReport> report = new ReadOnlyObjectWrapper<>(StepReport.EMPTY);

    public InspectorViewModel(RunService runs, ObservableIntegerValue cursor, ObservableBooleanValue playing,
                              LongSupplier nanos) {
        this.runs = runs;
        this.cursor = cursor;
        PlayThrottle.wire(playing, nanos, this::refresh, runs.outcomeProperty(), cursor);
    }

    private void refresh() {
        RunOutcome o = runs.outcomeProperty().get();
        report.set(o == null ? StepReport.EMPTY : StepReport.of(o.scenarioAt(cursor.get()), o.run(), cursor.get()));
    }

    public ReadOnlyObjectProperty<StepReport> reportProperty() {
        return report.getReadOnlyProperty();
    }
}
