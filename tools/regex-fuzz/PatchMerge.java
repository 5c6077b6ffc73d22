import java.nio.file.*;
import java.util.*;
import java.util.zip.*;
import org.objectweb.asm.*;
import org.objectweb.asm.commons.*;
import org.objectweb.asm.tree.*;

/**
 * Test tool: merges Cortado patch classes into teavm-classlib classes, keeping the classlib names,
 * so that the patched classlib code runs on the JVM. Arguments: patch class directory, package
 * path, classlib jar, output directory.
 */
public class PatchMerge {
  public static void main(String[] a) throws Exception {
    Path patches = Paths.get(a[0]); String pkg = a[1]; Path jar = Paths.get(a[2]); Path out = Paths.get(a[3]);
    Remapper rm = new Remapper() {
      @Override public String map(String n) {
        if (n.startsWith("org/cortado/patch/")) return "org/teavm/classlib/" + n.substring("org/cortado/patch/".length());
        if (n.startsWith("java/util/regex/")) { int s = n.lastIndexOf('/'); return "org/teavm/classlib/" + n.substring(0, s + 1) + "T" + n.substring(s + 1); }
        return n;
      }
    };
    try (ZipFile z = new ZipFile(jar.toFile())) {
      for (Path p : Files.newDirectoryStream(patches.resolve(pkg), "*.class")) {
        ClassNode patch = new ClassNode();
        new ClassReader(Files.readAllBytes(p)).accept(new ClassRemapper(patch, rm), 0);
        ZipEntry e = z.getEntry(patch.name + ".class");
        if (e == null) { System.err.println("no base for " + patch.name); continue; }
        ClassNode base = new ClassNode();
        new ClassReader(z.getInputStream(e).readAllBytes()).accept(base, 0);
        for (MethodNode pm : patch.methods) {
          if (pm.name.equals("<init>") || pm.name.equals("<clinit>") || (pm.access & Opcodes.ACC_NATIVE) != 0) continue;
          base.methods.removeIf(m -> m.name.equals(pm.name) && m.desc.equals(pm.desc));
          pm.access = (pm.access & ~(Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED)) | Opcodes.ACC_PUBLIC;
          base.methods.add(pm);
        }
        for (FieldNode pf : patch.fields) { if (base.fields.stream().noneMatch(f -> f.name.equals(pf.name))) base.fields.add(pf); }
        for (String i : patch.interfaces) if (!base.interfaces.contains(i)) base.interfaces.add(i);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS) {
          @Override protected String getCommonSuperClass(String x, String y) { return "java/lang/Object"; }
        };
        base.accept(cw);
        Path dst = out.resolve(base.name + ".class"); Files.createDirectories(dst.getParent()); Files.write(dst, cw.toByteArray());
        System.err.println("merged " + base.name);
      }
    }
  }
}
