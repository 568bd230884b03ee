package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.TimeSeriesChartSkin;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Skin;

import java.util.Objects;

/**
 * A time-series chart drawn on a canvas: lines, step lines, bars and stacked areas on a left and an optional
 * right axis, bands and reference lines, a faded ghost of a pinned run, a measured run, a cursor and hover
 * values. Charts whose cursor and zoom properties are bound together share one time axis. It draws no more
 * points than it has pixel columns, so runs of a hundred thousand steps stay interactive.
 */
public final class TimeSeriesChart extends TimePlotControl {

    private final String title;
    private final ObjectProperty<ChartData> data = new SimpleObjectProperty<>(this, "data", ChartData.empty());
    private final ObjectProperty<ChartData> ghostData = new SimpleObjectProperty<>(this, "ghostData");
    private final StringProperty ghostLabel = new SimpleStringProperty(this, "ghostLabel", "pinned run");
    private final ObjectProperty<ChartData> measuredData = new SimpleObjectProperty<>(this, "measuredData");
    private final StringProperty measuredLabel = new SimpleStringProperty(this, "measuredLabel", "measured run");

    public TimeSeriesChart(String title) {
        this.title = Objects.requireNonNull(title, "title");
        getStyleClass().add("time-series-chart");
        setAccessibleText(title);
    }

    public String getTitle() {
        return title;
    }

    /** What the chart shows; null counts as {@link ChartData#empty()}. */
    public ObjectProperty<ChartData> dataProperty() {
        return data;
    }

    public ChartData getData() {
        return Objects.requireNonNullElse(data.get(), ChartData.empty());
    }

    public void setData(ChartData value) {
        data.set(value);
    }

    /** A second run drawn faded behind the data, such as a pinned baseline; null for none. */
    public ObjectProperty<ChartData> ghostDataProperty() {
        return ghostData;
    }

    public void setGhostData(ChartData value) {
        ghostData.set(value);
    }

    /** The legend entry for the ghost run. */
    public StringProperty ghostLabelProperty() {
        return ghostLabel;
    }

    /** A run measured on a cluster, on the data's steps, drawn like the ghost in its own mix; null for none. */
    public ObjectProperty<ChartData> measuredDataProperty() {
        return measuredData;
    }

    public void setMeasuredData(ChartData value) {
        measuredData.set(value);
    }

    /** The legend entry for the measured run. */
    public StringProperty measuredLabelProperty() {
        return measuredLabel;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimeSeriesChartSkin(this);
    }
}
