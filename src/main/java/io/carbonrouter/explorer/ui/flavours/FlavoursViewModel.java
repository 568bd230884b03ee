package io.carbonrouter.explorer.ui.flavours;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The flavour table: one row per flavour, add / remove / duplicate, and the reason a cell is refused. */
public final class FlavoursViewModel {

    private static final double NEW_PRECISION = 0.8;
    private static final double NEW_CARBON = 0.8;

    private final ScenarioModel model;
    private final Consumer<String> report;
    private final ObservableList<FlavourRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding hasSelection;

    /**
     * @param report told the reason when a cell's text is refused
     */
    public FlavoursViewModel(ScenarioModel model, Consumer<String> report) {
        this.model = model;
        this.report = report;
        hasSelection = Bindings.createBooleanBinding(() -> selected.get() >= 0 && selected.get() < rows.size(),
                selected, rows);
        model.scenarioProperty().addListener((obs, old, now) -> show(now));
        show(model.scenario());
    }

    private void show(Scenario s) {
        List<FlavourProfile> flavours = s.flavours();
        if (rows.size() != flavours.size()) {
            List<FlavourRow> fresh = new ArrayList<>();
            for (int i = 0; i < flavours.size(); i++) {
                int index = i;
                FlavourRow row = new FlavourRow(i, (label, change) -> editFlavour(index, label, change));
                row.name().onRefused(r -> report.accept(row.error()));
                row.precision().onRefused(r -> report.accept(row.error()));
                row.carbon().onRefused(r -> report.accept(row.error()));
                row.name().errorProperty().addListener((obs, o, n) -> refreshError());
                row.precision().errorProperty().addListener((obs, o, n) -> refreshError());
                row.carbon().errorProperty().addListener((obs, o, n) -> refreshError());
                fresh.add(row);
            }
            rows.setAll(fresh);
        }
        for (int i = 0; i < flavours.size(); i++) {
            rows.get(i).show(flavours.get(i));
        }
        refreshError();
    }

    private void refreshError() {
        error.set(rows.stream().map(FlavourRow::error).filter(e -> !e.isEmpty()).findFirst().orElse(""));
    }

    private void editFlavour(int index, String label, UnaryOperator<FlavourProfile> change) {
        model.edit(label, s -> {
            List<FlavourProfile> list = new ArrayList<>(s.flavours());
            list.set(index, change.apply(list.get(index)));
            return s.toBuilder().flavours(list).build();
        });
    }

    /** A new enabled flavour at the end, named after its precision. */
    public void add() {
        model.edit("add flavour", s -> {
            List<FlavourProfile> list = new ArrayList<>(s.flavours());
            String n = unique(FlavourProfile.defaultName(NEW_PRECISION), list);
            list.add(new FlavourProfile(n, NEW_PRECISION, NEW_CARBON, true));
            return s.toBuilder().flavours(list).build();
        });
        selected.set(rows.size() - 1);
    }

    public void removeSelected() {
        int i = selected.get();
        if (i < 0 || i >= rows.size()) {
            return;
        }
        String name = model.scenario().flavours().get(i).name();
        model.edit("remove " + name, s -> {
            List<FlavourProfile> list = new ArrayList<>(s.flavours());
            list.remove(i);
            return s.toBuilder().flavours(list).build();
        });
        selected.set(Math.min(i, rows.size() - 1));
    }

    /** A copy of the selected flavour right below it, under a new name. */
    public void duplicateSelected() {
        int i = selected.get();
        if (i < 0 || i >= rows.size()) {
            return;
        }
        FlavourProfile original = model.scenario().flavours().get(i);
        model.edit("duplicate " + original.name(), s -> {
            List<FlavourProfile> list = new ArrayList<>(s.flavours());
            list.add(i + 1, new FlavourProfile(unique(original.name() + "-copy", list), original.precision(),
                    original.carbonIntensity(), original.enabled()));
            return s.toBuilder().flavours(list).build();
        });
        selected.set(i + 1);
    }

    static String unique(String wanted, List<FlavourProfile> flavours) {
        Set<String> taken = new HashSet<>();
        flavours.forEach(f -> taken.add(f.name()));
        if (!taken.contains(wanted)) {
            return wanted;
        }
        int n = 2;
        while (taken.contains(wanted + "-" + n)) {
            n++;
        }
        return wanted + "-" + n;
    }

    public ObservableList<FlavourRow> rows() {
        return rows;
    }

    /** The selected row's index, -1 for none; bound to the table's selection. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    /** Why a cell's text is refused, naming the flavour and the field; empty when every cell is fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
