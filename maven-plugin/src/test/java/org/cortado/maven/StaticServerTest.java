package org.cortado.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {
  @TempDir static Path temp;
  private static StaticServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final byte[] WASM = {0, 'a', 's', 'm', 1, 0, 0, 0};

  /** One server for all tests: stopping one takes up to a second. */
  @BeforeAll
  static void start() throws IOException {
    Path site = Files.createDirectories(temp.resolve("site"));
    Files.writeString(site.resolve("index.html"), "<!doctype html><script type=module src=app.mjs></script>");
    Files.write(site.resolve("app.wasm"), WASM);
    Files.writeString(site.resolve("app.mjs"), "export {};");
    Files.writeString(site.resolve(".app.cortado-fingerprint"), "abc");
    Files.createDirectories(site.resolve("img"));
    Files.write(site.resolve("img/photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.writeString(temp.resolve("secret.txt"), "outside the served folder");
    Files.createSymbolicLink(site.resolve("link.txt"), temp.resolve("secret.txt"));
    server = StaticServer.start(site, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void assertHeaders(HttpResponse<?> r, int status, String contentType) {
    assertEquals(status, r.statusCode());
    assertEquals(contentType, r.headers().firstValue("Content-Type").orElse(null));
    assertEquals("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
        r.headers().firstValue("Content-Security-Policy").orElse(null));
  }

  @Test
  void servesIndexAndWasmWithTheirTypesAndTheCsp() throws Exception {
    assertTrue(server.url().startsWith("http://127.0.0.1:"));
    assertTrue(server.port() > 0);
    HttpResponse<byte[]> index = get("index.html");
    assertHeaders(index, 200, "text/html; charset=utf-8");
    assertTrue(new String(index.body(), StandardCharsets.UTF_8).startsWith("<!doctype html>"));
    assertHeaders(get(""), 200, "text/html; charset=utf-8");

    HttpResponse<byte[]> module = get("app.wasm");
    assertHeaders(module, 200, "application/wasm");
    assertArrayEquals(WASM, module.body());
    assertHeaders(get("app.mjs"), 200, "text/javascript; charset=utf-8");
    assertHeaders(get("img/photo.png"), 200, "image/png");
    assertHeaders(get("img/"), 404, "text/plain; charset=utf-8");
  }

  @Test
  void headHasNoBodyAndOtherMethodsAreRefused() throws Exception {
    HttpResponse<byte[]> head = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "app.wasm"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertHeaders(head, 200, "application/wasm");
    assertEquals(0, head.body().length);
    HttpResponse<byte[]> post = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "index.html"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertHeaders(post, 405, "text/plain; charset=utf-8");
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(null));
  }

  @Test
  void nothingOutsideTheFolderNorHiddenFiles() throws Exception {
    assertHeaders(get("missing.js"), 404, "text/plain; charset=utf-8");
    assertHeaders(get(".app.cortado-fingerprint"), 404, "text/plain; charset=utf-8");
    assertHeaders(get("link.txt"), 404, "text/plain; charset=utf-8");
    // Raw requests: an HTTP client would normalise these paths before sending them.
    for (String path : new String[] {"/../secret.txt", "/img/../../secret.txt", "/%2e%2e/secret.txt", "/img/%2E%2E/%2e%2e/secret.txt",
        "/..%2fsecret.txt", "/..%5csecret.txt"}) {
      String response = rawGet(path);
      assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + " -> " + response);
      assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("\ncontent-security-policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'\n")
          || response.startsWith("HTTP/1.1 400"), response);
      assertFalse(response.contains("outside the served folder"), path + " -> " + response);
    }
  }

  @Test
  void mimeTypes() {
    assertEquals("application/wasm", StaticServer.mimeType("a.wasm"));
    assertEquals("text/javascript; charset=utf-8", StaticServer.mimeType("a.js"));
    assertEquals("text/css; charset=utf-8", StaticServer.mimeType("a.CSS"));
    assertEquals("image/jpeg", StaticServer.mimeType("a.jpg"));
    assertEquals("application/json", StaticServer.mimeType("a.json"));
    assertEquals("image/svg+xml", StaticServer.mimeType("a.svg"));
    assertEquals("application/octet-stream", StaticServer.mimeType("README"));
  }

  private String rawGet(String path) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
  }
}
