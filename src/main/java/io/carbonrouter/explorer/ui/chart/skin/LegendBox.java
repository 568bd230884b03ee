package io.carbonrouter.explorer.ui.chart.skin;

import javafx.geometry.Bounds;

import java.util.Objects;

/** Where the last paint put one legend entry (its swatch and name), in canvas coordinates. */
public record LegendBox(String name, Bounds bounds) {

    public LegendBox {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bounds, "bounds");
    }
}
