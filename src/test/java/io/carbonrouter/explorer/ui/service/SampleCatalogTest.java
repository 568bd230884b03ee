package io.carbonrouter.explorer.ui.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleCatalogTest {

    @Test
    void givenTheClassPathThenTheBuiltInSampleIsListedFirstUnderItsName() {
        SampleCatalog catalog = SampleCatalog.load();

        SampleCatalog.Sample first = catalog.samples().get(0);
        assertEquals("UK winter weekday", first.label());
        assertEquals(SampleCatalog.BUILT_IN, first.resource());
        assertEquals("UK winter weekday", catalog.read(first).name());
    }

    @Test
    void givenEverySampleThenItReads() {
        SampleCatalog catalog = SampleCatalog.load();

        catalog.samples().forEach(s -> assertTrue(catalog.read(s).intensity().length > 0, s.resource()));
    }
}
