package org.cortado.bench.runner;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the runner page (/page/*, from this package's resources), the compiled bundles (/b/*, from
 * the work directory) and accepts each page's result (POST /result/&lt;id&gt;) on 127.0.0.1.
 */
final class PageServer implements AutoCloseable {
  private final HttpServer server;
  private final Path bundles;
  private final Map<String, CompletableFuture<Outcome>> pending = new ConcurrentHashMap<>();

  PageServer(Path bundles) throws IOException {
    this.bundles = bundles.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A result slot for one page load; the page POSTs to /result/&lt;id&gt;. */
  CompletableFuture<Outcome> expect(String id) {
    CompletableFuture<Outcome> f = new CompletableFuture<>();
    pending.put(id, f);
    return f;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (ex.getRequestMethod().equals("POST") && path.startsWith("/result/")) {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        CompletableFuture<Outcome> f = pending.remove(path.substring("/result/".length()));
        if (f != null) {
          f.complete(parse(body));
        }
        ex.sendResponseHeaders(204, -1);
        return;
      }
      byte[] bytes = null;
      if (path.startsWith("/page/")) {
        try (InputStream in = PageServer.class.getResourceAsStream(path.substring("/page/".length()))) {
          bytes = in == null ? null : in.readAllBytes();
        }
      } else if (path.startsWith("/b/")) {
        Path file = bundles.resolve(path.substring(3)).normalize();
        if (file.startsWith(bundles) && Files.isRegularFile(file)) {
          bytes = Files.readAllBytes(file);
        }
      }
      if (bytes == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      ex.getResponseHeaders().set("Content-Type", mimeType(path));
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      ex.sendResponseHeaders(200, bytes.length);
      ex.getResponseBody().write(bytes);
    }
  }

  private static String mimeType(String path) {
    if (path.endsWith(".wasm")) {
      return "application/wasm";
    }
    if (path.endsWith(".mjs") || path.endsWith(".js")) {
      return "text/javascript";
    }
    return path.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream";
  }

  private static Outcome parse(String body) {
    List<String> out = new ArrayList<>();
    List<String> err = new ArrayList<>();
    int status = 1;
    double firstLineMs = -1;
    for (String line : body.split("\n", -1)) {
      if (line.startsWith("out:")) {
        out.add(line.substring(4));
      } else if (line.startsWith("err:")) {
        err.add(line.substring(4));
      } else if (line.startsWith("status ")) {
        status = Integer.parseInt(line.substring(7).trim());
      } else if (line.startsWith("firstLineMs ")) {
        firstLineMs = Double.parseDouble(line.substring(12).trim());
      }
    }
    return new Outcome(out, err, status, firstLineMs, false);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
