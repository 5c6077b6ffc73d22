package org.cortado.bench.runner;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a process to completion (or a timeout), collecting its output and the time to its first stdout line. */
final class Exec {
  private Exec() {
  }

  static Outcome run(List<String> command, File dir, int timeoutSeconds) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir);
    long start = System.nanoTime();
    Process p = pb.start();
    List<String> out = new ArrayList<>();
    List<String> err = new ArrayList<>();
    double[] firstLine = {-1};
    Thread outReader = reader(p, true, out, firstLine, start);
    Thread errReader = reader(p, false, err, null, start);
    boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      killTree(p);
    }
    outReader.join(5000);
    errReader.join(5000);
    synchronized (out) {
      return new Outcome(List.copyOf(out), List.copyOf(err), finished ? p.exitValue() : -1, firstLine[0], !finished);
    }
  }

  private static Thread reader(Process p, boolean stdout, List<String> lines, double[] firstLine, long start) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          stdout ? p.getInputStream() : p.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (lines) {
            if (firstLine != null && firstLine[0] < 0) {
              firstLine[0] = (System.nanoTime() - start) / 1e6;
            }
            lines.add(line);
          }
        }
      } catch (IOException ignored) {
        // The process went away; what was read is kept.
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Ends a process we started and everything it started (browser helpers), by handle. */
  static void killTree(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    try {
      p.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
