package io.carbonrouter.explorer.io.schedule;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Kubernetes naming rules a TrafficSchedule must follow: its name is a DNS-1123 subdomain, its namespace
 * a DNS-1123 label. The checks return the message rather than throw, so an editor field can show it live.
 */
public final class KubernetesNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern SUBDOMAIN = Pattern.compile(LABEL.pattern() + "(\\." + LABEL.pattern() + ")*");
    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?");
    private static final int MAX_LABEL = 63;
    private static final int MAX_SUBDOMAIN = 253;

    private KubernetesNames() {
    }

    /** What is wrong with {@code name} as a resource name (metadata.name), or empty when it is valid. */
    public static Optional<String> nameProblem(String name) {
        if (name.length() <= MAX_SUBDOMAIN && SUBDOMAIN.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of("name " + quoted(name) + " is not a valid Kubernetes name: use lower-case letters, digits,"
                + " '-' and '.', starting and ending with a letter or digit, at most " + MAX_SUBDOMAIN
                + " characters");
    }

    /** What is wrong with {@code namespace} (a DNS-1123 label), or empty when it is valid. */
    public static Optional<String> namespaceProblem(String namespace) {
        if (namespace.length() <= MAX_LABEL && LABEL.matcher(namespace).matches()) {
            return Optional.empty();
        }
        return Optional.of("namespace " + quoted(namespace) + " is not a valid Kubernetes namespace: use lower-case"
                + " letters, digits and '-', starting and ending with a letter or digit, at most " + MAX_LABEL
                + " characters");
    }

    /**
     * What is wrong with {@code value} as a DNS-1123 label (a Service's name: lower-case letters, digits and '-',
     * at most 63 characters), named {@code what} in the message; empty when it is valid.
     */
    public static Optional<String> labelProblem(String what, String value) {
        if (value.length() <= MAX_LABEL && LABEL.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(what + " " + quoted(value) + " is not a valid Kubernetes name: use lower-case letters,"
                + " digits and '-', starting and ending with a letter or digit, at most " + MAX_LABEL + " characters");
    }

    /** What is wrong with {@code value} as a Kubernetes label value, or empty when it is valid. */
    static Optional<String> labelValueProblem(String label, String value) {
        if (value.length() <= MAX_LABEL && LABEL_VALUE.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of("label " + label + "=" + quoted(value) + " is not a valid Kubernetes label value: use"
                + " letters, digits, '-', '_' and '.', starting and ending with a letter or digit, at most "
                + MAX_LABEL + " characters");
    }

    private static String quoted(String value) {
        return io.carbonrouter.explorer.engine.NameRules.quote(value).replace('\'', '"');
    }

    /** Throws {@link IllegalArgumentException} with the message of the first invalid one. */
    public static void requireValid(String name, String namespace) {
        nameProblem(name).or(() -> namespaceProblem(namespace)).ifPresent(m -> {
            throw new IllegalArgumentException(m);
        });
    }

    /**
     * A Deployment name derived from a flavour name: lower case, anything outside {@code [a-z0-9.-]} becomes
     * '-', and leading or trailing punctuation is dropped; {@code fallback} when nothing is left.
     */
    static String deploymentName(String flavour, String fallback) {
        String s = flavour.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-")
                .replaceAll("^[^a-z0-9]+", "").replaceAll("[^a-z0-9]+$", "");
        if (s.length() > MAX_SUBDOMAIN) {
            s = s.substring(0, MAX_SUBDOMAIN).replaceAll("[^a-z0-9]+$", "");
        }
        return s.isEmpty() || !SUBDOMAIN.matcher(s).matches() ? fallback : s;
    }
}
