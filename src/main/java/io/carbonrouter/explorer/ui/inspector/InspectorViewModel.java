package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.run.RunService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableIntegerValue;

/** The step inspector: everything about the step under the cursor, with the settings that step ran with. */
public final class InspectorViewModel {

    private final RunService runs;
    private final ObservableIntegerValue cursor;
    private final ReadOnlyObjectWrapper<StepReport> report = new ReadOnlyObjectWrapper<>(StepReport.EMPTY);

    public InspectorViewModel(RunService runs, ObservableIntegerValue cursor) {
        this.runs = runs;
        this.cursor = cursor;
        runs.outcomeProperty().addListener((obs, old, now) -> refresh());
        cursor.addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        RunOutcome o = runs.outcomeProperty().get();
        report.set(o == null ? StepReport.EMPTY : StepReport.of(o.scenarioAt(cursor.get()), o.run(), cursor.get()));
    }

    public ReadOnlyObjectProperty<StepReport> reportProperty() {
        return report.getReadOnlyProperty();
    }
}
