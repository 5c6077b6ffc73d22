package org.cortado.glue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Generates the ES-module loader for a bundle from the runtime-js template. */
public final class LoaderGenerator {
  private static final String TEMPLATE = "org/cortado/runtime-js/loader.mjs";

  private LoaderGenerator() {
  }

  /**
   * Drops whole-line comments, doc comments and indentation: the loader ships with every bundle.
   * The first comment line (what the file is) is kept.
   */
  static String compact(String js) {
    StringBuilder out = new StringBuilder();
    boolean inBlock = false;
    boolean first = true;
    for (String line : js.split("\n")) {
      String t = line.strip();
      if (inBlock) {
        inBlock = !t.endsWith("*/");
        continue;
      }
      if (t.startsWith("/*")) {
        inBlock = !t.endsWith("*/");
        continue;
      }
      if (t.isEmpty() || (t.startsWith("//") && !first)) {
        continue;
      }
      first = false;
      out.append(t).append('\n');
    }
    return out.toString();
  }

  public static String generate(String bundleName) {
    try (InputStream in = LoaderGenerator.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("loader template missing from the emitter: " + TEMPLATE);
      }
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return compact(template.replace("__CORTADO_NAME__", bundleName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
