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

  public static String generate(String bundleName) {
    try (InputStream in = LoaderGenerator.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("loader template missing from the emitter: " + TEMPLATE);
      }
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return template.replace("__CORTADO_NAME__", bundleName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
