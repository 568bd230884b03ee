package io.carbonrouter.explorer.ui.service;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FxTest {

    @Test
    void givenTheRunsWorkerWhenAnFxEntryPointIsCalledOnItThenItFailsNamingTheCallAndTheThread() throws Exception {
        ExecutorService worker = WorkerExecutor.create();
        try {
            Future<?> call = worker.submit(() -> Fx.checkThread("runFull"));

            Exception e = assertThrows(Exception.class, call::get);

            IllegalStateException cause = (IllegalStateException) e.getCause();
            assertEquals("runFull must be called on the FX thread, not on policy-explorer-runs", cause.getMessage());
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void givenTheBatchPoolWhenAnFxEntryPointIsCalledOnItThenItFails() {
        ExecutorService batch = WorkerExecutor.batch();
        try {
            Future<?> call = batch.submit(() -> Fx.checkThread("start"));

            Exception e = assertThrows(Exception.class, call::get);
            assertTrue(e.getCause() instanceof IllegalStateException);
        } finally {
            batch.shutdownNow();
        }
    }

    @Test
    void givenATestDrivingViewModelsFromItsOwnThreadThenTheCheckPasses() {
        assertDoesNotThrow(() -> Fx.checkThread("runFull"));
    }
}
