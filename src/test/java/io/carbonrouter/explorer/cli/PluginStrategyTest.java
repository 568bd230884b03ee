package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            assertThat(registry.names()).startsWith("credit-greedy").endsWith("half-half").hasSize(8);
        }
    }

    @Test
    void anUnknownPolicyNamesTheRegisteredOnes() {
        StringWriter err = new StringWriter();
        int code = PolicyExplorerCli.run(new String[] {"simulate", resource(), "--policy", "greedy"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().trim()).isEqualTo("simulate: --policy: unknown policy 'greedy'; registered: "
                + "credit-greedy, forecast-aware, forecast-aware-global, precision-tier, p100, round-robin, random");
    }

    private static String resource() {
        return Path.of("sample-data/scenarios/winter-day.yaml").toString();
    }

    private void buildPluginJar(Path jar) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src/example"));
        Path file = src.resolve("HalfHalf.java");
        Files.writeString(file, SOURCE);
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                file.toString());
        assertThat(rc).as("plugin compiles").isZero();
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os)) {
            out.putNextEntry(new JarEntry("example/HalfHalf.class"));
            out.write(Files.readAllBytes(classes.resolve("example/HalfHalf.class")));
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/services/io.carbonrouter.explorer.engine.StrategyProvider"));
            out.write("example.HalfHalf\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
