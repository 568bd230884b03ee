package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.schedule.CrdFiles;
import io.carbonrouter.explorer.io.schedule.CrdSchema;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --crd FILE}: the CustomResourceDefinition to validate against instead of the operator's own. */
final class CrdOption {

    @Option(names = "--crd", paramLabel = "FILE", description = "Validate against this TrafficSchedule CRD"
            + " (say the helm umbrella chart's older copy) instead of the operator's.")
    Path file;

    CrdSchema schema() {
        return file == null ? CrdSchema.trafficSchedule() : CrdFiles.read(file);
    }

    String name() {
        return file == null ? "the operator's CRD" : "the CRD in " + file.getFileName();
    }
}
