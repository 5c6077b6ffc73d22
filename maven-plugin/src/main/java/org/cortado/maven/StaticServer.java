package org.cortado.maven;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the files under one directory on 127.0.0.1 for development: GET and HEAD only, the
 * MIME types a Cortado page needs, the CSP the loader is written for on every response, and
 * nothing outside the directory (no {@code ..}, no hidden files, no symbolic links out of it).
 */
public final class StaticServer implements AutoCloseable {
  /** The policy the loader and the demo must run under. */
  public static final String CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

  private static final Map<String, String> MIME_TYPES = Map.ofEntries(
      Map.entry("wasm", "application/wasm"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("htm", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("map", "application/json"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("ts", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"));

  private final Path root;
  private final HttpServer server;
  private final ExecutorService executor;

  private StaticServer(Path root, HttpServer server, ExecutorService executor) {
    this.root = root;
    this.server = server;
    this.executor = executor;
  }

  /** Starts serving {@code directory} on 127.0.0.1:{@code port} (0 picks a free port). */
  public static StaticServer start(Path directory, int port) throws IOException {
    Path root = directory.toRealPath();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "cortado-serve");
      t.setDaemon(true);
      return t;
    });
    StaticServer s = new StaticServer(root, server, executor);
    server.createContext("/", s::handle);
    server.setExecutor(executor);
    server.start();
    return s;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url() {
    return "http://127.0.0.1:" + port() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  static String mimeType(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return MIME_TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        sendText(exchange, 405, "405 method not allowed\n");
        return;
      }
      Path file = resolve(exchange.getRequestURI().getPath());
      if (file == null) {
        sendText(exchange, 404, "404 not found\n");
        return;
      }
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", mimeType(file.getFileName().toString()));
      send(exchange, 200, body);
    }
  }

  /** The regular file a request path names, or null if there is none inside the root. */
  private Path resolve(String requestPath) throws IOException {
    if (requestPath == null || !requestPath.startsWith("/")) {
      return null;
    }
    Path file = root;
    for (String segment : requestPath.substring(1).split("/", -1)) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.startsWith(".") || segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0 || segment.indexOf(':') >= 0) {
        return null;
      }
      file = file.resolve(segment);
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
      return null;
    }
    return file;
  }

  private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    send(exchange, status, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
