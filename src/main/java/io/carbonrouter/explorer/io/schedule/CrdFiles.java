package io.carbonrouter.explorer.io.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.LocatedTree;
import io.carbonrouter.explorer.io.YamlSupport;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a CustomResourceDefinition file (such as the helm chart's copy) into a {@link CrdSchema}. */
public final class CrdFiles {

    private CrdFiles() {
    }

    /** @throws InputException naming the file when it is unreadable, not YAML or not a TrafficSchedule CRD */
    public static CrdSchema read(Path file) {
        String source = YamlSupport.sourceName(file);
        String text = YamlSupport.readInput(file);
        LocatedTree.parse(text, source);
        try {
            JsonNode crd = YamlSupport.readTree(text);
            return CrdSchema.of(crd);
        } catch (IOException e) {
            throw new InputException(source + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InputException(source + ": " + e.getMessage());
        }
    }
}
