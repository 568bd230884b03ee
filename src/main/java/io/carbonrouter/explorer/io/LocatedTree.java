package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON or YAML document as a tree whose every node knows its line and column, so a message about a field
 * can say where it is. Duplicate keys and YAML aliases are refused.
 */
public final class LocatedTree {

    /** What a node holds. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    /** One node: a scalar, an ordered object or an array, with where it starts. */
    public static final class Node {
        private final Kind kind;
        private final String text;
        private final Map<String, Node> fields;
        private final List<Node> items;
        private final int line;
        private final int column;

        private Node(Kind kind, String text, Map<String, Node> fields, List<Node> items, int line, int column) {
            this.kind = kind;
            this.text = text;
            this.fields = fields;
            this.items = items;
            this.line = line;
            this.column = column;
        }

        public Kind kind() {
            return kind;
        }

        /** The scalar's text (numbers as written), null for objects, arrays and null. */
        public String text() {
            return text;
        }

        public Map<String, Node> fields() {
            return fields == null ? Map.of() : Collections.unmodifiableMap(fields);
        }

        public List<Node> items() {
            return items == null ? List.of() : Collections.unmodifiableList(items);
        }

        public Node get(String name) {
            return fields == null ? null : fields.get(name);
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        public String where() {
            return "line " + line + ", column " + column;
        }
    }

    private LocatedTree() {
    }

    /**
     * Parses a whole document.
     *
     * @throws InputException naming the source, line and column when the text is not well formed or holds more
     *     than one YAML document
     */
    public static Node parse(String text, String source) {
        List<Node> documents = parseDocuments(text, source);
        if (documents.size() > 1) {
            throw new InputException(source + ": document 2 (" + documents.get(1).where() + ") is extra: the file"
                    + " must hold one document, not " + documents.size());
        }
        return documents.get(0);
    }

    /** Parses every document of a YAML stream (a JSON text is one document); never an empty list. */
    public static List<Node> parseDocuments(String text, String source) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        boolean json = YamlSupport.looksLikeJson(body);
        if (!json) {
            ScalarScan.check(body, source);
        }
        JsonFactory factory = json ? YamlSupport.jsonFactory() : YamlSupport.yamlFactory();
        JsonParser p = null;
        try (JsonParser parser = factory.createParser(json ? body : YamlTabs.separate(body))) {
            p = parser;
            if (p.nextToken() == null) {
                throw new InputException(source + ": the file is empty");
            }
            List<Node> documents = new ArrayList<>();
            do {
                documents.add(read(p, source, 1));
            } while (p.nextToken() != null && p instanceof YAMLParser);
            if (p.currentToken() != null && !(p instanceof YAMLParser)) {
                throw new InputException(source + ": unexpected content after the document ("
                        + where(p.currentTokenLocation()) + ")");
            }
            return documents;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null || p == null ? e.getLocation() : p.currentLocation();
            throw new InputException(source + ": " + ParserMessages.of(e) + " ("
                    + ParserMessages.where(e, where(at)) + ")");
        } catch (IOException e) {
            throw new InputException(source + ": cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof InputException) {
                throw e;
            }
            throw new InputException(source + ": malformed document: " + LibraryNames.strip(e.getMessage()));
        }
    }

    private static Node read(JsonParser p, String source, int depth) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int column = loc.getColumnNr();
        if (depth > YamlSupport.MAX_DEPTH && p.currentToken().isStructStart()) {
            throw new InputException(source + ": nested deeper than " + YamlSupport.MAX_DEPTH + " levels (line "
                    + line + ", column " + column + ")");
        }
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new InputException(source + ": YAML aliases (*" + p.getText() + ") are not supported; write the"
                    + " value out (line " + line + ", column " + column + ")");
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation at = p.currentTokenLocation();
                    p.nextToken();
                    Node value = read(p, source, depth + 1);
                    if (fields.put(name, value) != null) {
                        throw new InputException(source + ": duplicate key '" + name + "' (" + where(at) + ")");
                    }
                }
                return new Node(Kind.OBJECT, null, fields, null, line, column);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, source, depth + 1));
                }
                return new Node(Kind.ARRAY, null, null, items, line, column);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(Kind.NUMBER, p.getText(), null, null, line, column);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(Kind.BOOLEAN, p.getText(), null, null, line, column);
            case VALUE_NULL:
                return new Node(Kind.NULL, null, null, null, line, column);
            default:
                return new Node(Kind.STRING, p.getText(), null, null, line, column);
        }
    }

    static String where(JsonLocation loc) {
        return loc == null ? "unknown position" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
