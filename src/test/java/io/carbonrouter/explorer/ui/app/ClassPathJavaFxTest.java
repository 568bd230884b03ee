package io.carbonrouter.explorer.ui.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassPathJavaFxTest {

    @Test
    void givenTheQuietStartWhenJavaFxWarnsThenOnlyTheClassPathWarningIsDropped() {
        // given
        List<String> seen = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        System.Logger javafx = System.getLogger("javafx");
        java.util.logging.Logger.getLogger("javafx").addHandler(handler);
        try {
            ClassPathJavaFx.quietStart();
            // when
            javafx.log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'");
            javafx.log(System.Logger.Level.WARNING, "Loading FXML document with JavaFX API of version 22");
        } finally {
            java.util.logging.Logger.getLogger("javafx").removeHandler(handler);
        }
        // then
        assertEquals(List.of("Loading FXML document with JavaFX API of version 22"), seen);
    }
}
