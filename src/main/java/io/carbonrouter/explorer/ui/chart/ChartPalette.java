package io.carbonrouter.explorer.ui.chart;

import javafx.scene.paint.Color;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The series colours a stylesheet gave a plot, role by role; what {@link SeriesColor}s are painted in. */
public final class ChartPalette {

    /** What a role the stylesheet left empty is painted in, so a missing colour shows but breaks nothing. */
    static final Color UNSET = Color.GRAY;
    private static final double DARKER_PER_ROUND = 0.72;

    private final Map<SeriesColor.Role, List<Color>> colors;

    ChartPalette(Map<SeriesColor.Role, List<Color>> colors) {
        EnumMap<SeriesColor.Role, List<Color>> copy = new EnumMap<>(SeriesColor.Role.class);
        colors.forEach((role, list) -> copy.put(role, List.copyOf(list)));
        this.colors = copy;
    }

    /** The colour {@code c} stands for; past the end of its role's list the colours repeat a shade darker. */
    public Color color(SeriesColor c) {
        List<Color> list = colors.getOrDefault(c.role(), List.of());
        if (list.isEmpty()) {
            return UNSET;
        }
        Color base = list.get(c.index() % list.size());
        int round = c.index() / list.size();
        return round == 0 ? base : base.deriveColor(0, 1, Math.pow(DARKER_PER_ROUND, round), 1);
    }

    /** The colours of a role as the stylesheet lists them. */
    public List<Color> colors(SeriesColor.Role role) {
        return colors.getOrDefault(role, List.of());
    }
}
