package io.carbonrouter.explorer.ui.flavours;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlavoursViewModelTest {

    private final ScenarioModel model = new ScenarioModel(Fakes.sample());
    private final List<String> reported = new ArrayList<>();
    private final FlavoursViewModel vm = new FlavoursViewModel(model, reported::add);

    private FlavourProfile flavour(int i) {
        return model.scenario().flavours().get(i);
    }

    @Test
    void givenTheSampleThenThereIsOneRowPerFlavourShowingPrecisionInPercent() {
        assertEquals(3, vm.rows().size());
        assertEquals("precision-50", vm.rows().get(1).name().textProperty().get());
        assertEquals("50", vm.rows().get(1).precision().textProperty().get());
        assertEquals("0.6", vm.rows().get(1).carbon().textProperty().get());
    }

    @Test
    void givenAPrecisionTypedInPercentWhenCommittedThenTheFlavourChangesAsOneUndoStep() {
        FlavourRow row = vm.rows().get(1);

        row.precision().textProperty().set("70");
        assertTrue(row.precision().commit());

        assertEquals(0.7, flavour(1).precision(), 1e-12);
        assertEquals("precision of precision-50", model.undoLabelProperty().get());
        model.undo();
        assertEquals(0.5, flavour(1).precision(), 1e-12);
        assertEquals("50", row.precision().textProperty().get());
    }

    @Test
    void givenAPrecisionAbove100ThenItIsRefusedInPlaceAndTheTextStays() {
        FlavourRow row = vm.rows().get(1);

        row.precision().textProperty().set("140");
        assertFalse(row.precision().commit());

        assertEquals("140", row.precision().textProperty().get());
        assertEquals("enter a number from 0 to 100", row.precision().errorProperty().get());
        assertEquals(0.5, flavour(1).precision(), 1e-12);
        assertEquals("Precision of precision-50: enter a number from 0 to 100", vm.errorProperty().get());
        assertEquals(List.of("Precision of precision-50: enter a number from 0 to 100"), reported);
    }

    @Test
    void givenRefusedTextWhenAnotherFieldIsEditedThenTheTypedTextIsKept() {
        FlavourRow row = vm.rows().get(1);
        row.carbon().textProperty().set("-1");
        row.carbon().commit();

        vm.rows().get(0).precision().textProperty().set("95");
        vm.rows().get(0).precision().commit();

        assertEquals("-1", row.carbon().textProperty().get());
        assertFalse(row.carbon().isValid());
    }

    @Test
    void givenTheEnabledSwitchWhenTurnedOffThenTheFlavourIsDisabled() {
        vm.rows().get(2).enabledProperty().set(false);

        assertFalse(flavour(2).enabled());
        assertEquals("disable precision-30", model.undoLabelProperty().get());
    }

    @Test
    void givenAddThenANewEnabledFlavourWithAUniqueNameIsAppendedAndSelected() {
        vm.add();
        vm.add();

        assertEquals(5, vm.rows().size());
        assertEquals("precision-80", flavour(3).name());
        assertEquals("precision-80-2", flavour(4).name());
        assertEquals(4, vm.selectedProperty().get());
    }

    @Test
    void givenASelectionThenDuplicateCopiesItBelowAndRemoveDeletesIt() {
        vm.selectedProperty().set(0);

        vm.duplicateSelected();

        assertEquals("precision-100-copy", flavour(1).name());
        assertEquals(1.0, flavour(1).precision());
        assertEquals(1, vm.selectedProperty().get());
        vm.removeSelected();
        assertEquals(3, vm.rows().size());
        assertEquals("precision-50", flavour(1).name());
    }

    @Test
    void givenNoSelectionThenRemoveAndDuplicateDoNothing() {
        vm.selectedProperty().set(-1);

        vm.removeSelected();
        vm.duplicateSelected();

        assertFalse(vm.hasSelectionProperty().get());
        assertFalse(model.canUndoProperty().get());
    }
}
