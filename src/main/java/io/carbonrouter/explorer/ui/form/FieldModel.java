package io.carbonrouter.explorer.ui.form;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The state behind one typed field: the text as typed, the reason it is refused (checked on every
 * keystroke), and a commit that hands a valid value on. Refused text stays as typed until the user fixes
 * it or the value behind it changes elsewhere (an undo, another file).
 *
 * @param <T> the value type
 */
public final class FieldModel<T> {

    /** Turns text into a value or throws {@link IllegalArgumentException} with a short reason. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text);
    }

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Parser<T> parser;
    private final Function<T, String> format;
    private final Consumer<T> onCommit;
    private T shown;
    private boolean syncing;
    private Consumer<String> onRefused = reason -> { };

    public FieldModel(Parser<T> parser, Function<T, String> format, Consumer<T> onCommit) {
        this.parser = parser;
        this.format = format;
        this.onCommit = onCommit;
        text.addListener((obs, old, now) -> {
            if (!syncing) {
                error.set(reasonFor(now));
            }
        });
    }

    /** Why {@code t} would be refused, empty when it parses: the same check every keystroke gets. */
    public String reasonFor(String t) {
        try {
            parser.parse(t);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Hands the typed value on when it is valid and new; returns whether the text was accepted. */
    public boolean commit() {
        String reason = reasonFor(text.get());
        error.set(reason);
        if (!reason.isEmpty()) {
            onRefused.accept(reason);
            return false;
        }
        T value = parser.parse(text.get());
        if (!Objects.equals(value, shown)) {
            onCommit.accept(value);
        }
        return true;
    }

    /** Shows the model's value, unless refused text is waiting for a fix and the value has not moved. */
    public void show(T value) {
        if (!error.get().isEmpty() && Objects.equals(value, shown)) {
            return;
        }
        shown = value;
        syncing = true;
        try {
            text.set(format.apply(value));
            error.set("");
        } finally {
            syncing = false;
        }
    }

    /** Told the reason whenever a commit is refused (the status bar repeats it). */
    public FieldModel<T> onRefused(Consumer<String> listener) {
        onRefused = listener;
        return this;
    }

    /** The typed value when the text is valid. */
    public java.util.Optional<T> value() {
        try {
            return java.util.Optional.of(parser.parse(text.get()));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** The value last shown from the model. */
    public T shown() {
        return shown;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Why the text is refused, empty when it is fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }
}
