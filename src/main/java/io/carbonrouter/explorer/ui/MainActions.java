package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.analysis.AnalysisWindows;
import io.carbonrouter.explorer.ui.common.ActionFactory;
import io.carbonrouter.explorer.ui.document.DocumentViewModel;
import io.carbonrouter.explorer.ui.export.ResultsExportViewModel;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;

import static io.carbonrouter.explorer.ui.common.StandardAction.COMPARE;
import static io.carbonrouter.explorer.ui.common.StandardAction.EXPORT;
import static io.carbonrouter.explorer.ui.common.StandardAction.EXPORT_CHARTS;
import static io.carbonrouter.explorer.ui.common.StandardAction.EXPORT_CSV;
import static io.carbonrouter.explorer.ui.common.StandardAction.EXPORT_JSON;
import static io.carbonrouter.explorer.ui.common.StandardAction.EXPORT_SCHEDULE;
import static io.carbonrouter.explorer.ui.common.StandardAction.HIGH_CONTRAST;
import static io.carbonrouter.explorer.ui.common.StandardAction.OPEN;
import static io.carbonrouter.explorer.ui.common.StandardAction.PLAY;
import static io.carbonrouter.explorer.ui.common.StandardAction.PRESENT;
import static io.carbonrouter.explorer.ui.common.StandardAction.REDO;
import static io.carbonrouter.explorer.ui.common.StandardAction.RESET;
import static io.carbonrouter.explorer.ui.common.StandardAction.SAVE;
import static io.carbonrouter.explorer.ui.common.StandardAction.SAVE_AS;
import static io.carbonrouter.explorer.ui.common.StandardAction.SLOT_BACK;
import static io.carbonrouter.explorer.ui.common.StandardAction.SLOT_FORWARD;
import static io.carbonrouter.explorer.ui.common.StandardAction.STEP;
import static io.carbonrouter.explorer.ui.common.StandardAction.STEP_BACK;
import static io.carbonrouter.explorer.ui.common.StandardAction.SWEEP;
import static io.carbonrouter.explorer.ui.common.StandardAction.UNDO;

/**
 * What each of the main window's actions does, bound from the feature view models the window wires; the
 * high-contrast toggle is the window's own.
 */
final class MainActions {

    private MainActions() {
    }

    static ActionFactory of(MainViewModel vm, AnalysisWindows analysis, BooleanProperty highContrast) {
        DocumentViewModel doc = vm.document();
        ScenarioModel model = vm.model();
        ResultsExportViewModel results = vm.results();
        return new ActionFactory()
                .on(OPEN, doc::open)
                .on(SAVE, doc::save)
                .on(SAVE_AS, doc::saveAs)
                .on(RESET, vm.playback()::reset)
                .on(STEP_BACK, vm::stepBack)
                .on(PLAY, vm.playback()::toggle, Bindings.createBooleanBinding(
                        () -> vm.problemsProperty().get().isEmpty(), vm.problemsProperty()))
                .on(STEP, vm::stepForward)
                .on(SLOT_BACK, () -> vm.stepSlot(false))
                .on(SLOT_FORWARD, () -> vm.stepSlot(true))
                .on(UNDO, doc::undo, model.canUndoProperty())
                .on(REDO, doc::redo, model.canRedoProperty())
                .on(COMPARE, analysis::showCompare)
                .on(SWEEP, analysis::showSweep)
                .toggle(PRESENT, vm.presentationProperty())
                .toggle(HIGH_CONTRAST, highContrast)
                .on(EXPORT, doc::export)
                .on(EXPORT_SCHEDULE, doc::export)
                .on(EXPORT_CSV, results::exportCsv)
                .on(EXPORT_JSON, results::exportJson)
                .on(EXPORT_CHARTS, results::exportCharts);
    }
}
