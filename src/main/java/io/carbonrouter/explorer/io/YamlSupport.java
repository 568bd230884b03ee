package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.carbonrouter.explorer.simulation.Limits;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Jackson factories for the files Policy Explorer reads, with limits: input size, nesting depth and string
 * length are bounded, and YAML aliases are refused by {@link LocatedTree} (so an alias bomb costs nothing).
 */
public final class YamlSupport {

    public static final long MAX_BYTES = Limits.MAX_INPUT_BYTES;
    public static final int MAX_DEPTH = Limits.MAX_DEPTH;

    // LocatedTree refuses depth past MAX_DEPTH itself, naming the line; the parsers' own limits are backstops.
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 1)
            .maxStringLength(Limits.MAX_SCALAR_CHARS)
            .maxNumberLength(100)
            .build();

    private YamlSupport() {
    }

    public static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(2 * MAX_DEPTH);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(CONSTRAINTS)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build();
        return factory;
    }

    public static JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    }

    /** An ObjectMapper for YAML with the limits above. */
    public static ObjectMapper mapper() {
        return new ObjectMapper(yamlFactory());
    }

    /** An ObjectMapper for JSON with the limits above. */
    public static ObjectMapper jsonMapper() {
        return new ObjectMapper(jsonFactory());
    }

    /**
     * Reads an input file for a parser: its text, or an {@link InputException} that says the file is missing,
     * unreadable, not a regular file, too large or not UTF-8.
     */
    public static String readInput(Path file) {
        return InputFiles.read(file);
    }

    /** The name a file goes by in messages: its file name. */
    public static String sourceName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * The tree of a JSON or YAML text, each read by its own parser: JSON by the JSON parser (tabs, escaped
     * slashes), YAML by the YAML parser (with YAML 1.2's tab after a colon).
     */
    public static JsonNode readTree(String text) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return looksLikeJson(body) ? jsonMapper().readTree(body) : mapper().readTree(YamlTabs.separate(body));
    }

    /** JSON when the text starts with '{' or '[' (after blanks), else YAML. */
    public static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }
}
