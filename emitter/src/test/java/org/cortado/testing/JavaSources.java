package org.cortado.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles Java sources held in strings into a directory of class files, in-process with javac. */
public final class JavaSources {
  private JavaSources() {
  }

  /**
   * Compiles {@code sources} (top-level class name, dotted, to its source text) into {@code dir}
   * and returns {@code dir}; throws AssertionError with javac's diagnostics if compilation fails.
   */
  public static Path compile(Path dir, Map<String, String> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new AssertionError("no system Java compiler: run the tests on a JDK, not a JRE");
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new Source(name, text)));
    StringWriter diagnostics = new StringWriter();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> options = List.of("-d", dir.toString(), "--release", "17", "-proc:none", "-Xlint:none", "-nowarn");
    boolean ok = javac.getTask(diagnostics, null, null, options, null, units).call();
    if (!ok) {
      throw new AssertionError("javac failed:\n" + diagnostics);
    }
    return dir;
  }

  /** Compiles a single class. */
  public static Path compile(Path dir, String className, String source) {
    return compile(dir, Map.of(className, source));
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String className, String text) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.text = text;
    }

    @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
