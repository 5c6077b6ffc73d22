package org.cortado.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cortado.cli.Main;

/** Compiles a test fixture with Cortado in-process (the CLI's entry point). */
final class Bundles {

    private Bundles() {
    }

    /** Writes {@code outDir/<simple name>.wasm} and {@code .mjs}; throws with the compiler's output if it fails. */
    static void compile(Path classpath, String mainClass, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            exit = Main.run(new String[] {"-cp", classpath.toString(), "-m", mainClass, "-o", outDir.toString()}, out, out);
        }
        if (exit != 0) {
            throw new IllegalStateException("Cortado could not compile " + mainClass + " (exit " + exit + "):\n"
                    + log.toString(StandardCharsets.UTF_8));
        }
    }
}
