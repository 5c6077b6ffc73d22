package org.cortado.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.cortado.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileMojoTest {
  @TempDir Path temp;

  @Test
  void onlyTheImplementedOptionValuesAreAccepted() throws Exception {
    assertEquals(Compiler.OptimizationLevel.SIMPLE, CompileMojo.choice(Compiler.OptimizationLevel.class, "optimizationLevel", "simple"));
    assertEquals(Compiler.ExceptionEncoding.LEGACY, CompileMojo.choice(Compiler.ExceptionEncoding.class, "exceptionEncoding", "LEGACY"));
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> CompileMojo.choice(Compiler.ExceptionEncoding.class, "exceptionEncoding", "exnref"));
    assertEquals("Cortado: exceptionEncoding 'exnref' is not supported; supported: legacy", e.getMessage());
  }

  @Test
  void theFailureMessageListsEveryErrorWithItsChain() {
    String message = CompileMojo.errorMessage("p.Main", List.of("class not found: p.Dep\n  reached from:\n    p.Main.main(java.lang.String[])",
        "java.lang.Thread.start() is not supported\n  called from:\n    p.Main.main(java.lang.String[])"));
    assertEquals("""
        Cortado could not compile p.Main: 2 errors, nothing written
        class not found: p.Dep
          reached from:
            p.Main.main(java.lang.String[])
        java.lang.Thread.start() is not supported
          called from:
            p.Main.main(java.lang.String[])""", message);
  }

  @Test
  void gzipSizeIsSmallerForRepetitiveData() {
    assertTrue(CompileMojo.gzipSize(new byte[10_000]) < 100);
  }

  @Test
  void fingerprintFollowsClassContentAndJarMetadata() throws Exception {
    Path classes = Files.createDirectories(temp.resolve("classes/p"));
    Path main = Files.write(classes.resolve("Main.class"), new byte[] {1, 2, 3});
    Path jar = Files.write(temp.resolve("dep.jar"), new byte[] {4, 5});
    String base = fingerprint(temp.resolve("classes"), jar);
    assertEquals(base, fingerprint(temp.resolve("classes"), jar));

    Files.setLastModifiedTime(main, FileTime.fromMillis(0));
    assertEquals(base, fingerprint(temp.resolve("classes"), jar), "a recompiled but identical class changes nothing");
    Files.write(main, new byte[] {1, 2, 4});
    String changed = fingerprint(temp.resolve("classes"), jar);
    assertNotEquals(base, changed);
    Files.write(classes.resolve("Extra.class"), new byte[0]);
    assertNotEquals(changed, fingerprint(temp.resolve("classes"), jar));

    String before = fingerprint(temp.resolve("classes"), jar);
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1234));
    assertNotEquals(before, fingerprint(temp.resolve("classes"), jar));
    assertNotEquals(before, new Fingerprint().add("debugNames", true).addPath(temp.resolve("classes")).addPath(jar).hex());
  }

  private static String fingerprint(Path... paths) {
    Fingerprint f = new Fingerprint();
    for (Path p : paths) {
      f.addPath(p);
    }
    return f.hex();
  }
}
