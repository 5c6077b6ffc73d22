package org.cortado.classfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * Lowers every class of teavm-classlib (hundreds of lambda and concatenation sites) and checks
 * that the result is free of invokedynamic and well-formed, since it cannot run on a JVM.
 */
class ClasslibInvokeDynamicTest {
  @Test
  void lowersTheWholeClasslib() throws IOException {
    URL string = getClass().getClassLoader().getResource("org/teavm/classlib/java/lang/TString.class");
    assertTrue(string != null && string.getProtocol().equals("jar"), "teavm-classlib not on the classpath");
    int classes = 0;
    List<ClassNode> synthetic = new ArrayList<>();
    try (JarFile jar = ((JarURLConnection) string.openConnection()).getJarFile()) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (!entry.getName().endsWith(".class")) {
          continue;
        }
        ClassNode cn = new ClassNode();
        try (InputStream in = jar.getInputStream(entry)) {
          new ClassReader(in).accept(cn, 0);
        }
        List<ClassNode> created = InvokeDynamicLowering.lower(cn);
        synthetic.addAll(created);
        IndyTestSupport.assertNoInvokeDynamic(cn);
        IndyTestSupport.verify(cn);
        for (ClassNode lambda : created) {
          IndyTestSupport.verify(lambda);
        }
        classes++;
      }
    }
    assertTrue(classes > 1000, "only " + classes + " classes");
    assertTrue(synthetic.size() > 250, "only " + synthetic.size() + " lambda classes");
  }
}
