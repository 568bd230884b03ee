package io.carbonrouter.explorer.ui.service;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample scenarios on the class path under {@code /sample-data/scenarios/}. They are listed in
 * {@code index.txt} there (one file name per line; blank lines and {@code #} comments ignored); without an
 * index only the built-in sample is offered.
 */
public final class SampleCatalog {

    public static final String DIRECTORY = "/sample-data/scenarios/";
    public static final String BUILT_IN = DIRECTORY + "winter-day.yaml";
    private static final String INDEX = DIRECTORY + "index.txt";

    /** A sample: the name it shows (its scenario's name) and its resource path. */
    public record Sample(String label, String resource) {
    }

    private final List<Sample> samples;

    private SampleCatalog(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    /** The samples of the class path, each read once to learn its name; unreadable ones are left out. */
    public static SampleCatalog load() {
        List<Sample> found = new ArrayList<>();
        for (String resource : resources()) {
            try {
                Scenario s = ScenarioFiles.readResource(resource);
                String file = resource.substring(resource.lastIndexOf('/') + 1);
                found.add(new Sample(s.name().isBlank() ? file : s.name(), resource));
            } catch (InputException e) {
                System.getLogger(SampleCatalog.class.getName()).log(System.Logger.Level.WARNING,
                        "sample left out: " + e.getMessage());
            }
        }
        return new SampleCatalog(found);
    }

    public static SampleCatalog of(List<Sample> samples) {
        return new SampleCatalog(samples);
    }

    private static List<String> resources() {
        List<String> out = new ArrayList<>();
        try (InputStream in = SampleCatalog.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return List.of(BUILT_IN);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.strip();
                int comment = entry.indexOf('#');
                entry = (comment >= 0 ? entry.substring(0, comment) : entry).strip();
                if (!entry.isEmpty()) {
                    out.add(DIRECTORY + entry.split("\\s+")[0]);
                }
            }
        } catch (IOException e) {
            return List.of(BUILT_IN);
        }
        if (!out.contains(BUILT_IN)) {
            out.add(0, BUILT_IN);
        }
        return out;
    }

    public List<Sample> samples() {
        return samples;
    }

    /** Reads a sample's scenario. */
    public Scenario read(Sample sample) {
        return ScenarioFiles.readResource(sample.resource());
    }
}
