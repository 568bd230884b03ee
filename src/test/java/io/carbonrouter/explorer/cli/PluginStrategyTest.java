package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java form of the upstream "Adding a New Strategy" recipe: a strategy written outside the main sources,
 * compiled and packed into a jar here, is found by ServiceLoader without touching the engine.
 */
class PluginStrategyTest {

    private static final String SOURCE = """
            package example;

            import io.carbonrouter.explorer.engine.*;
            import java.util.List;

            public final class HalfHalf implements SchedulerPolicy, StrategyProvider {
                private final LedgerView ledger;

                public HalfHalf() { this(null); }

                private HalfHalf(LedgerView ledger) { this.ledger = ledger; }

                public String name() { return "half-half"; }

                public String description() { return "Half on the baseline, half on the cheapest flavour"; }

                public SchedulerPolicy create(PolicyContext context) { return new HalfHalf(context.ledger()); }

                public LedgerView ledger() { return ledger; }

                public PolicyResult evaluate(List<FlavourProfile> flavours, ForecastSnapshot snapshot) {
                    FlavourProfile best = null;
                    FlavourProfile cheap = null;
                    for (FlavourProfile f : flavours) {
                        if (!f.enabled()) continue;
                        if (best == null || f.precision() > best.precision()) best = f;
                        if (cheap == null || f.carbonIntensity() < cheap.carbonIntensity()) cheap = f;
                    }
                    Weights.Builder w = new Weights.Builder(2).put(best.name(), 0.5);
                    w.put(cheap.name(), cheap == best ? 1.0 : 0.5);
                    double avg = best == cheap ? best.precision() : 0.5 * best.precision() + 0.5 * cheap.precision();
                    return new PolicyResult(w.build(), avg,
                            PolicyDiagnostics.builder(1).put("credit_balance", ledger.balance()).build());
                }
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void aStrategyInAPluginJarRunsFromTheCommandLine() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        buildPluginJar(plugins.resolve("half-half.jar"));
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, "policy: half-half\nintensity: [100, 200, 300]\n");
        Path out = tmp.resolve("run.json");
        StringWriter err = new StringWriter();

        int code = PolicyExplorerCli.run(new String[] {"simulate", scenario.toString(), "--plugins",
            plugins.toString(), "--out", out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).as("stderr: %s", err).isZero();
        String json = Files.readString(out);
        assertThat(json).contains("\"precision-100\" : 0.5", "\"precision-30\" : 0.5", "\"policy\" : \"half-half\"");
    }

    @Test
    void theRegistryDiscoversPluginsAfterTheBuiltIns() throws Exception {
        Path jar = tmp.resolve("half-half.jar");
        buildPluginJar(jar);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                getClass().getClassLoader())) {
            StrategyRegistry registry = StrategyRegistry.discover(loader);
            assertThat(registry.names()).startsWith("credit-greedy").endsWith("half-half")
                    .hasSize(StrategyRegistry.builtIns().names().size() + 1);
        }
    }

    @Test
    void anUnknownPolicyNamesTheRegisteredOnes() {
        StringWriter err = new StringWriter();
        int code = PolicyExplorerCli.run(new String[] {"simulate", resource(), "--policy", "greedy"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().trim()).isEqualTo("simulate: --policy: unknown policy 'greedy'; registered: "
                + "credit-greedy, forecast-aware, forecast-aware-global, precision-tier, p100, round-robin, random,"
                + " receding-horizon");
    }

    /** A plugin strategy named {@code name} whose evaluate body is {@code body} (with flavours and step). */
    private static String misbehaving(String name, String body) {
        return """
                package example;

                import io.carbonrouter.explorer.engine.*;
                import java.util.List;

                public final class Bad implements SchedulerPolicy, StrategyProvider {
                    private final LedgerView ledger;
                    private int step;

                    public Bad() { this(null); }

                    private Bad(LedgerView ledger) { this.ledger = ledger; }

                    public String name() { return "NAME"; }

                    public String description() { return "misbehaves"; }

                    public SchedulerPolicy create(PolicyContext context) { return new Bad(context.ledger()); }

                    public LedgerView ledger() { return ledger; }

                    public PolicyResult evaluate(List<FlavourProfile> flavours, ForecastSnapshot snapshot) {
                        int step = this.step++;
                        String a = flavours.get(0).name();
                        String b = flavours.get(1).name();
                        BODY
                    }
                }
                """.replace("NAME", name).replace("BODY", body);
    }

    private static String split(String x, String y) {
        return "return new PolicyResult(new Weights.Builder(2).put(a, " + x + ").put(b, " + y + ").build(), 0.5,"
                + " PolicyDiagnostics.builder(0).build());";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            throws                | if (step == 2) throw new IllegalStateException("boom"); SPLIT(0.5, 0.5) | at step 2: threw java.lang.IllegalStateException: boom
            returns null          | return null;                   | at step 0: evaluate() returned null instead of a decision
            returns NaN           | SPLIT(Double.NaN, 1.0)          | at step 0: returned the weight NaN for flavour
            returns Infinity      | SPLIT(Double.POSITIVE_INFINITY, 0.0) | at step 0: returned the weight Infinity for flavour
            returns a negative    | SPLIT(-0.5, 1.5)                | at step 0: returned the weight -0.5 for flavour
            does not sum to 1     | SPLIT(0.5, 0.5 - 1e-8)          | at step 0: returned weights summing to 0.999999990000; they must sum to 1 (within 1.0E-9)
            throws an NPE         | String s = null; s.length(); return null; | at step 0: threw java.lang.NullPointerException
            """)
    void aMisbehavingPluginIsAUserErrorNamingPluginStrategyAndStep(String what, String body, String expected)
            throws Exception {
        Path plugins = pluginFolder("bad", body.replaceAll("SPLIT\\((.*), (.*)\\)", split("$1", "$2")));
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), "policy: bad\nintensity: [100, 200, 300, 400]\n");

        CliRun simulate = CliRun.of("simulate", scenario.toString(), "--plugins", plugins.toString());
        CliRun compare = CliRun.of("compare", scenario.toString(), "--plugins", plugins.toString());
        CliRun sweep = CliRun.of("sweep", scenario.toString(), "--plugins", plugins.toString(), "--param",
                "targetError=0.1:0.2:0.1");

        String named = "plugin bad.jar (example.Bad): strategy 'bad' " + expected;
        // The exception's class is the plugin author's clue, so here a line may name one.
        assertThat(simulate.code()).as(simulate.err()).isEqualTo(1);
        assertThat(simulate.err().strip()).doesNotContain("\n").doesNotContain("\tat ").startsWith("simulate: " + named);
        assertThat(compare.code()).as(compare.err()).isEqualTo(1);
        assertThat(compare.err().strip()).doesNotContain("\n").startsWith("compare: " + named)
                .endsWith("(left out; the other strategies reported)");
        assertThat(compare.out()).contains("credit-greedy", "random").doesNotContain("NaN").doesNotContain(" bad ");
        assertThat(sweep.code()).as(sweep.err()).isEqualTo(1);
        assertThat(sweep.err()).contains("sweep: " + named);
        assertThat(sweep.out()).contains("credit-greedy").doesNotContain(",bad,");
    }

    @ParameterizedTest(name = "name {0}")
    @CsvSource(delimiter = '|', textBlock = """
            credit-greedy   | 'credit-greedy': the name is taken by a built-in strategy
            p100            | 'p100': the name is taken by a built-in strategy
            '   '           | '   ': the strategy name has no visible character
            \u200b         | '\u200b': the strategy name has no visible character
            a\\nb          | 'a\\nb': the strategy name holds a line break
            """)
    void aPluginWhoseNameIsRefusedIsSaidInOneLine(String name, String expected) throws Exception {
        Path plugins = pluginFolder(name, split("0.5", "0.5"));

        CliRun r = CliRun.of("compare", resource(), "--plugins", plugins.toString());

        r.failsWithOneLine(1);
        assertThat(r.err().strip()).isEqualTo("compare: plugin bad.jar (example.Bad): strategy " + expected
                + (expected.contains("taken") ? "; rename the plugin's strategy" : ""));
    }

    private Path pluginFolder(String name, String body) throws IOException {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        buildJar(plugins.resolve("bad.jar"), "Bad", misbehaving(name, body));
        return plugins;
    }

    private static String resource() {
        return Path.of("sample-data/scenarios/winter-day.yaml").toString();
    }

    private void buildPluginJar(Path jar) throws IOException {
        buildJar(jar, "HalfHalf", SOURCE);
    }

    private void buildJar(Path jar, String type, String source) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src/example"));
        Path file = src.resolve(type + ".java");
        Files.writeString(file, source);
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                file.toString());
        assertThat(rc).as("plugin compiles").isZero();
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os)) {
            out.putNextEntry(new JarEntry("example/" + type + ".class"));
            out.write(Files.readAllBytes(classes.resolve("example/" + type + ".class")));
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/services/io.carbonrouter.explorer.engine.StrategyProvider"));
            out.write(("example." + type + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
