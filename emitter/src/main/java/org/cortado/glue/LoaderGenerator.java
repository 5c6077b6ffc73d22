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
    return generate(bundleName, java.util.List.of());
  }

  /** The loader, with {@code jsoFunctions} as the imports jso.f0, jso.f1, ... */
  public static String generate(String bundleName, java.util.List<String> jsoFunctions) {
    try (InputStream in = LoaderGenerator.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("loader template missing from the emitter: " + TEMPLATE);
      }
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder jso = new StringBuilder("{\n");
      for (int i = 0; i < jsoFunctions.size(); i++) {
        jso.append("f").append(i).append(": ").append(jsoFunctions.get(i)).append(",\n");
      }
      jso.append("}");
      // The JSO functions are not compacted: @JSBody scripts are the user's code, kept verbatim.
      return compact(template.replace("__CORTADO_NAME__", bundleName)).replace("__CORTADO_JSO__", jso);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
