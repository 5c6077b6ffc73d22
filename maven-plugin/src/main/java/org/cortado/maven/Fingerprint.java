package org.cortado.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of everything a bundle depends on, so that an unchanged build can skip the compiler.
 * A directory contributes the path and content of each file under it (class files are small and
 * javac rewrites them even when nothing changed); any other file (a jar) contributes its path,
 * size and modification time.
 */
final class Fingerprint {
  private final MessageDigest digest;

  Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Fingerprint add(String key, Object value) {
    return text(key + "=" + value);
  }

  /** A classpath element or a jar of the compiler: see the class comment. */
  Fingerprint addPath(Path path) {
    try {
      if (Files.isDirectory(path)) {
        text("dir " + path.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          byte[] content = Files.readAllBytes(f);
          text("file " + path.relativize(f) + " " + content.length);
          digest.update(content);
        }
      } else if (Files.isRegularFile(path)) {
        text("jar " + path.toAbsolutePath() + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis());
      } else {
        text("missing " + path.toAbsolutePath());
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private Fingerprint text(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    digest.update(bytes);
    digest.update((byte) 0);
    return this;
  }
}
