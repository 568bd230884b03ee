package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Jackson factories for the files Policy Explorer reads, with limits: input size, nesting depth and string
 * length are bounded, and YAML aliases are refused by {@link LocatedTree} (so an alias bomb costs nothing).
 */
public final class YamlSupport {

    /** Largest file read: 16 MiB is a year of five-minute slots many times over. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    public static final int MAX_DEPTH = 64;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(1_000_000)
            .maxNumberLength(100)
            .build();

    private YamlSupport() {
    }

    public static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH);
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

    /** Reads a whole text file, refusing one over {@link #MAX_BYTES}. */
    public static String readText(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new InputException(file.getFileName() + ": file is " + size / (1024 * 1024)
                    + " MiB; the limit is " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /**
     * Reads an input file for a parser: its text, or an {@link InputException} that says the file is missing,
     * unreadable or too large.
     */
    public static String readInput(Path file) {
        try {
            return readText(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The name a file goes by in messages: its file name. */
    public static String sourceName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
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
