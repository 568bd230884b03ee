/**
 * Guided lessons as data: a lesson is steps, each with text, a scenario state to load, controls to highlight,
 * a task and a condition on the scenario and the run that marks the task done. No JavaFX and no file format
 * here; the YAML reader lives in {@code io.lesson} and the menu in the ui.
 */
package io.carbonrouter.explorer.lesson;
