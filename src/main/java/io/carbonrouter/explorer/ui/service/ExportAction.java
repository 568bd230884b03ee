package io.carbonrouter.explorer.ui.service;

import io.carbonrouter.explorer.simulation.Scenario;

/**
 * What the Export action does with the current scenario. The app wires one in; another exporter
 * (such as the TrafficSchedule export) replaces it without touching the views.
 */
@FunctionalInterface
public interface ExportAction {

    void export(Scenario scenario);
}
