package io.carbonrouter.explorer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher script `mvn package` puts beside the jar (src/main/launcher/policy-explorer): it finds the jar
 * through links, passes the arguments on, and starts without a word whether the class-data-sharing archive
 * is there, matches, or is stale. The jar here is a thin one over the compiled classes.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("src/main/launcher/policy-explorer");

    @TempDir
    Path dir;

    @BeforeEach
    void aShellRunsIt() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
    }

    @Test
    void itStartsTheJarBesideItThroughALinkWithTheArgumentsGiven() throws Exception {
        Path app = installed();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("policy-explorer"), app.resolve("policy-explorer"));

        Result r = run(link, "--version");

        assertThat(r.out).startsWith("Policy Explorer ");
        assertThat(r.err).isEmpty();
        assertThat(r.code).isZero();
    }

    @Test
    void aStaleOrBrokenArchiveIsIgnoredSilently() throws Exception {
        Path app = installed();
        Files.writeString(app.resolve("policy-explorer.jsa"), "not an archive");

        Result r = run(app.resolve("policy-explorer"), "--version");

        assertThat(r.out).startsWith("Policy Explorer ");
        assertThat(r.err).isEmpty();
        assertThat(r.code).isZero();
    }

    @Test
    void theCommandsExitCodeAndErrorsComeThrough() throws Exception {
        Path app = installed();

        Result r = run(app.resolve("policy-explorer"), "simulate", dir.resolve("missing.yaml").toString());

        assertThat(r.code).isNotZero();
        assertThat(r.err).contains("missing.yaml");
    }

    @Test
    void aCommandRunsOnTheSerialCollectorUnlessJavaOptsNamesOne() throws Exception {
        Path app = installed();
        Path log = dir.resolve("gc.log");

        Result serial = runWith("-Xlog:gc:file=" + log, app.resolve("policy-explorer"), "--version");
        String chosen = Files.readString(log);
        Result g1 = runWith("-XX:+UseG1GC -Xlog:gc:file=" + log, app.resolve("policy-explorer"), "--version");

        assertThat(serial.code).isZero();
        assertThat(chosen).contains("Using Serial");
        assertThat(g1.code).as("no clash of two collectors").isZero();
        assertThat(g1.err).isEmpty();
        assertThat(Files.readString(log)).contains("Using G1");
    }

    @Test
    void aCommandAsksForHugePagesWhereTheKernelGivesThemAndNeverWarns() throws Exception {
        Path app = installed();
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(setting) ? Files.readString(setting) : "";
        boolean given = mode.contains("[always]") || mode.contains("[madvise]");

        Result r = runWith("-XX:+PrintFlagsFinal", app.resolve("policy-explorer"), "--version");
        Result off = runWith("-XX:-UseTransparentHugePages -XX:+PrintFlagsFinal", app.resolve("policy-explorer"),
                "--version");

        assertThat(r.code).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).as("kernel setting: %s", mode.strip()).containsPattern(
                "bool UseTransparentHugePages += " + given + " ");
        assertThat(r.out).doesNotContain("warning");
        assertThat(off.out).as("JAVA_OPTS wins").containsPattern("bool UseTransparentHugePages += false ");
    }

    /** The script and a jar whose class path is the build's classes and the test run's own class path. */
    private Path installed() throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.copy(SCRIPT, app.resolve("policy-explorer"));
        app.resolve("policy-explorer").toFile().setExecutable(true);
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launcher.class.getName());
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            classPath.append(p.toUri()).append(' ');
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().strip());
        try (OutputStream out = Files.newOutputStream(app.resolve("policy-explorer.jar"));
             JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.flush();
        }
        return app;
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(Path script, String... args) throws Exception {
        return runWith(null, script, args);
    }

    /** Runs the script with {@code javaOpts} as JAVA_OPTS (none when null). */
    private Result runWith(String javaOpts, Path script, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("/bin/sh", script.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (javaOpts == null) {
            pb.environment().remove("JAVA_OPTS");
        } else {
            pb.environment().put("JAVA_OPTS", javaOpts);
        }
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
