package io.carbonrouter.explorer.ui.chart;

import javafx.beans.Observable;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The series colours as styleable properties of a node, one per colour of each {@link SeriesColor.Role}
 * ({@code -chart-flavour-1: #0072b2;}, {@code -chart-target-color: #d55e00;}). They have no value in code: the
 * plots' user-agent stylesheet sets the defaults and a theme overrides them.
 */
public final class PaletteProperties {

    private final Map<SeriesColor.Role, List<StyleableObjectProperty<Color>>> properties =
            new EnumMap<>(SeriesColor.Role.class);

    <S extends Styleable> PaletteProperties(S bean, Map<SeriesColor.Role, List<CssMetaData<S, Color>>> css) {
        for (SeriesColor.Role role : SeriesColor.Role.values()) {
            List<StyleableObjectProperty<Color>> slots = new ArrayList<>();
            for (int slot = 0; slot < role.slots(); slot++) {
                slots.add(new SimpleStyleableObjectProperty<>(css.get(role).get(slot), bean,
                        role.cssProperty(slot), null));
            }
            properties.put(role, List.copyOf(slots));
        }
    }

    /** The CSS metadata of the palette properties of nodes of type {@code S}, found by {@code palette}; read-only. */
    static <S extends Styleable> Map<SeriesColor.Role, List<CssMetaData<S, Color>>> cssMetaData(
            Function<S, PaletteProperties> palette) {
        Map<SeriesColor.Role, List<CssMetaData<S, Color>>> css = new EnumMap<>(SeriesColor.Role.class);
        for (SeriesColor.Role role : SeriesColor.Role.values()) {
            List<CssMetaData<S, Color>> slots = new ArrayList<>();
            for (int slot = 0; slot < role.slots(); slot++) {
                int s = slot;
                slots.add(new CssMetaData<S, Color>(role.cssProperty(slot), StyleConverter.getColorConverter(),
                        null) {
                    @Override
                    public boolean isSettable(S node) {
                        return !palette.apply(node).properties.get(role).get(s).isBound();
                    }

                    @Override
                    public StyleableProperty<Color> getStyleableProperty(S node) {
                        return palette.apply(node).properties.get(role).get(s);
                    }
                });
            }
            css.put(role, List.copyOf(slots));
        }
        // Read-only, as it is kept in a static; in role order, as the CSS lists it.
        return Collections.unmodifiableMap(css);
    }

    /** Every palette property's metadata in one list, for a node's {@code getCssMetaData()}. */
    static <S extends Styleable> List<CssMetaData<S, Color>> flat(
            Map<SeriesColor.Role, List<CssMetaData<S, Color>>> css) {
        return css.values().stream().flatMap(List::stream).toList();
    }

    /** The colours as the stylesheets resolved them; a colour no stylesheet set is left out of its role. */
    public ChartPalette resolved() {
        Map<SeriesColor.Role, List<Color>> colors = new EnumMap<>(SeriesColor.Role.class);
        properties.forEach((role, slots) -> colors.put(role,
                slots.stream().map(StyleableObjectProperty::get).filter(c -> c != null).toList()));
        return new ChartPalette(colors);
    }

    /** The properties, to repaint when a stylesheet changes one. */
    public List<Observable> observables() {
        return properties.values().stream().flatMap(List::stream).map(p -> (Observable) p).toList();
    }
}
