package io.carbonrouter.explorer.ui.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorReporterTest {

    private Thread.UncaughtExceptionHandler before;

    @BeforeEach
    void remember() {
        before = Thread.getDefaultUncaughtExceptionHandler();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void givenAnExceptionNobodyCaughtThenTheStatusBarGetsOneLine() throws InterruptedException {
        List<String> shown = new ArrayList<>();
        ErrorReporter.install(Runnable::run, shown::add);

        Thread t = new Thread(() -> {
            throw new IllegalStateException("lost the ledger");
        }, "worker");
        t.start();
        t.join();

        assertEquals(List.of("Unexpected error: lost the ledger (details in the log)"), shown);
    }

    @Test
    void givenAnExceptionWithoutMessageThenItsTypeIsNamed() {
        List<String> shown = new ArrayList<>();
        ErrorReporter.install(Runnable::run, shown::add);

        Thread.getDefaultUncaughtExceptionHandler().uncaughtException(Thread.currentThread(),
                new NullPointerException());

        assertEquals(List.of("Unexpected error: NullPointerException (details in the log)"), shown);
    }
}
