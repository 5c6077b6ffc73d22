package org.cortado.classfile;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds class-file bytes by internal name: first in the user's classpath (folders and jars), then
 * in the JDK bundled with the emitter (teavm-classlib, our runtime-java, JSO), read as resources.
 */
public final class ClassPath implements AutoCloseable {
  private final List<Path> dirs = new ArrayList<>();
  private final List<ZipFile> jars = new ArrayList<>();
  private final ClassLoader bundled = ClassPath.class.getClassLoader();

  /** Parses a path-separator-separated classpath; throws IllegalArgumentException for a missing entry. */
  public static ClassPath parse(String classpath) {
    ClassPath cp = new ClassPath();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path p = Path.of(entry);
      if (Files.isDirectory(p)) {
        cp.dirs.add(p);
      } else if (Files.isRegularFile(p)) {
        try {
          cp.jars.add(new ZipFile(p.toFile()));
        } catch (IOException e) {
          throw new IllegalArgumentException("cannot read classpath jar " + p + ": " + e.getMessage());
        }
      } else {
        throw new IllegalArgumentException("classpath entry not found: " + p);
      }
    }
    return cp;
  }

  /** Bytes of a class from the user's classpath, or null. */
  public byte[] findUser(String internalName) {
    String file = internalName + ".class";
    try {
      for (Path d : dirs) {
        Path p = d.resolve(file);
        if (Files.isRegularFile(p)) {
          return Files.readAllBytes(p);
        }
      }
      for (ZipFile z : jars) {
        ZipEntry e = z.getEntry(file);
        if (e != null) {
          try (InputStream in = z.getInputStream(e)) {
            return in.readAllBytes();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /** Bytes of a class bundled with the emitter (the JDK and runtime), or null. */
  public byte[] findBundled(String internalName) {
    // Only the JDK and runtime the emitter ships: the compiler's own classes (ASM, the emitter) must
    // not leak into programs that happen to reference them.
    if (!(internalName.startsWith("org/teavm/") || internalName.startsWith("org/cortado/runtime/")
        || internalName.startsWith("org/cortado/patch/") || internalName.startsWith("org/threeten/"))) {
      return null;
    }
    try (InputStream in = bundled.getResourceAsStream(internalName + ".class")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override public void close() {
    for (ZipFile z : jars) {
      try {
        z.close();
      } catch (IOException ignored) {
        // Nothing useful to do when closing a read-only jar fails.
      }
    }
  }
}
