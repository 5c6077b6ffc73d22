package org.cortado.bench.runner;

import java.util.List;

/**
 * What one run of a program printed: stdout and stderr lines, exit status, and the time from start
 * (process spawn, or navigation start in a browser) to the first stdout line in ms (-1 if none).
 */
record Outcome(List<String> out, List<String> err, int status, double firstLineMs, boolean timedOut) {
  /** The value of the first stdout line {@code key <value>}, or null. */
  String value(String key) {
    for (String line : out) {
      if (line.startsWith(key + " ")) {
        return line.substring(key.length() + 1).trim();
      }
    }
    return null;
  }

  /** A one-line reason this run is unusable, or null when it printed a checksum and a time. */
  String problem() {
    if (timedOut) {
      return "timed out";
    }
    if (status != 0) {
      return "exit status " + status + (err.isEmpty() ? "" : ": " + err.get(0));
    }
    if (value("checksum") == null || value("time_us") == null) {
      return "no checksum/time line" + (err.isEmpty() ? "" : ": " + err.get(0));
    }
    return null;
  }
}
