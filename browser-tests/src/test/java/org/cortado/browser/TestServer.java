package org.cortado.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * The pages' web server (JDK HttpServer on 127.0.0.1, a free port): static directories with the
 * right MIME types, every response under the demo's Content-Security-Policy, dynamic JSON, and
 * POST sinks through which pages send their results back.
 */
final class TestServer implements AutoCloseable {

    /** What cortado:serve sends: no inline script, no eval, Wasm compilation allowed. */
    static final String CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

    /** A request a page POSTed: its decoded query parameters and its body. */
    record Posted(Map<String, String> query, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * How a directory is served: {@code wasmType} replaces application/wasm (null keeps it),
     * {@code wasmMissing} answers 404 for every .wasm, {@code headScript} is the URL of a script
     * inserted at the start of each HTML page's head (a test hook, loaded before the page's own).
     */
    record Mount(Path dir, String wasmType, boolean wasmMissing, String headScript) {
        static Mount of(Path dir) {
            return new Mount(dir, null, false, null);
        }

        Mount withWasmType(String type) {
            return new Mount(dir, type, wasmMissing, headScript);
        }

        Mount withWasmMissing() {
            return new Mount(dir, wasmType, true, headScript);
        }

        Mount withHeadScript(String url) {
            return new Mount(dir, wasmType, wasmMissing, url);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-server");
        t.setDaemon(true);
        return t;
    });

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.start();
    }

    /** http://127.0.0.1:port */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves {@code mount.dir()} under {@code prefix} (which starts and ends with '/'). */
    void serve(String prefix, Mount mount) {
        Path root = mount.dir().toAbsolutePath().normalize();
        server.createContext(prefix, ex -> {
            try (ex) {
                String rel = ex.getRequestURI().getPath().substring(prefix.length());
                Path file = root.resolve(rel.isEmpty() ? "index.html" : rel).normalize();
                String name = file.getFileName().toString();
                if (!file.startsWith(root) || !Files.isRegularFile(file) || mount.wasmMissing() && name.endsWith(".wasm")) {
                    respond(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                byte[] data = Files.readAllBytes(file);
                String type = typeOf(name);
                if (name.endsWith(".wasm") && mount.wasmType() != null) {
                    type = mount.wasmType();
                }
                if (name.endsWith(".html") && mount.headScript() != null) {
                    String html = new String(data, StandardCharsets.UTF_8);
                    int head = html.indexOf("<head>");
                    if (head < 0) {
                        throw new IOException(file + " has no <head> to put the test hook in");
                    }
                    head += "<head>".length();
                    html = html.substring(0, head) + "\n<script src=\"" + mount.headScript() + "\"></script>"
                            + html.substring(head);
                    data = html.getBytes(StandardCharsets.UTF_8);
                }
                respond(ex, 200, type, data);
            }
        });
    }

    /** Serves one classpath resource at {@code path}. */
    void serveResource(String path, String resource) {
        byte[] data;
        try (InputStream in = TestServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            data = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, ex -> {
            try (ex) {
                respond(ex, 200, typeOf(resource), data);
            }
        });
    }

    /** Serves the JSON {@code body} computes, at {@code path}. */
    void serveJson(String path, Supplier<String> body) {
        server.createContext(path, ex -> {
            try (ex) {
                respond(ex, 200, "application/json", body.get().getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** A queue receiving every POST to {@code path}. */
    BlockingQueue<Posted> sink(String path) {
        BlockingQueue<Posted> queue = new LinkedBlockingQueue<>();
        server.createContext(path, ex -> {
            try (ex) {
                if (!"POST".equals(ex.getRequestMethod())) {
                    respond(ex, 405, "text/plain", new byte[0]);
                    return;
                }
                queue.add(new Posted(query(ex.getRequestURI().getRawQuery()), ex.getRequestBody().readAllBytes()));
                ex.getResponseHeaders().set("Content-Security-Policy", CSP);
                ex.sendResponseHeaders(204, -1);
            }
        });
        return queue;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] data) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, data.length == 0 ? -1 : data.length);
        if (data.length > 0) {
            ex.getResponseBody().write(data);
        }
    }

    static String typeOf(String name) {
        if (name.endsWith(".wasm")) {
            return "application/wasm";
        } else if (name.endsWith(".mjs") || name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (name.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (name.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
