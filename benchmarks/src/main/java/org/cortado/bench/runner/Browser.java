package org.cortado.bench.runner;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A headless browser driven the simple way: start it on a URL with a fresh profile, wait for the
 * page to POST its result to the {@link PageServer}, then kill the browser and delete the profile.
 */
enum Browser {
  CHROMIUM("chromium"),
  FIREFOX("firefox");

  final String label;

  Browser(String label) {
    this.label = label;
  }

  Outcome open(PageServer server, String pathAndQuery, int timeoutSeconds) throws IOException, InterruptedException {
    String id = UUID.randomUUID().toString();
    CompletableFuture<Outcome> result = server.expect(id);
    String url = server.base() + pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "id=" + id;
    Path profile = Files.createTempDirectory("bench-" + label + "-");
    List<String> cmd = new ArrayList<>();
    if (this == CHROMIUM) {
      cmd.addAll(List.of("/usr/bin/chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + profile, url));
    } else {
      Files.writeString(profile.resolve("user.js"), String.join("\n",
          "user_pref(\"browser.shell.checkDefaultBrowser\", false);",
          "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);",
          "user_pref(\"toolkit.telemetry.enabled\", false);",
          "user_pref(\"app.update.enabled\", false);",
          "user_pref(\"browser.aboutwelcome.enabled\", false);",
          "user_pref(\"network.captive-portal-service.enabled\", false);",
          "user_pref(\"browser.safebrowsing.update.enabled\", false);", ""));
      cmd.addAll(List.of("/usr/bin/firefox-esr", "--headless", "--no-remote", "--profile", profile.toString(), url));
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
    try {
      return result.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return new Outcome(List.of(), List.of(label + " gave no result in " + timeoutSeconds + " s"), -1, -1, true);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException(e);
    } finally {
      Exec.killTree(p);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
