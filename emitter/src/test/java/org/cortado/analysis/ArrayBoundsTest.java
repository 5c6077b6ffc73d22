package org.cortado.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cortado.classfile.ClassPath;
import org.cortado.classfile.ClassRepository;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Exprs;
import org.cortado.ir.IrBuilder;
import org.cortado.ir.Stmt;
import org.cortado.passes.InferTypes;
import org.cortado.passes.SplitVariables;
import org.cortado.testing.JavaSources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.tree.MethodNode;

/**
 * ArrayBounds over javac's loops: for each array access in a method, in order, whether it is
 * proven in bounds. The JVM-comparison side (that a kept check still throws as HotSpot does) is the
 * conformance program arrays/BoundsCheckElimination.
 */
class ArrayBoundsTest {
  @TempDir static Path dir;
  private static ClassPath classPath;
  private static ClassHierarchy hierarchy;

  @BeforeAll
  static void compile() {
    JavaSources.compile(dir, Map.of("Loops", """
        class Loops {
          static int sum(int[] a) { int s = 0; for (int i = 0; i < a.length; i++) s += a[i]; return s; }
          static int lengthInLocal(int[] a) { int s = 0; int n = a.length; for (int i = 0; i < n; i++) s += a[i]; return s; }
          static int byFour(byte[] a) { int s = 0; for (int i = 0; i + 3 < a.length; i += 4) s += a[i] + a[i + 3]; return s; }
          static int tooFar(byte[] a) { int s = 0; for (int i = 0; i + 3 < a.length; i += 4) s += a[i + 4]; return s; }
          static int inclusive(int[] a) { int s = 0; for (int i = 0; i <= a.length; i++) s += a[i]; return s; }
          static int fromMinusOne(int[] a) { int s = 0; for (int i = -1; i < a.length; i++) s += a[i]; return s; }
          static int otherArray(int[] a, int[] b) { int s = 0; for (int i = 0; i < a.length; i++) s += b[i]; return s; }
          static int paramGuard(int[] a, int i) { return i >= 0 && i + 3 < a.length ? a[i + 3] : 0; }
          static int paramGuardZero(int[] a, int i) { return i >= 0 && i < a.length ? a[i] : 0; }
          static void store(int[] a) { for (int i = 0; i < a.length; i++) a[i] = i; }
          static int reassigned(int[] a) { int s = 0; for (int i = 0; i < a.length; i++) { a = new int[1]; s += a[i]; } return s; }
        }
        """));
    classPath = ClassPath.parse(dir.toString());
    hierarchy = new ClassHierarchy(new ClassRepository(classPath));
  }

  @AfterAll
  static void close() {
    classPath.close();
  }

  @Test void indexBelowLength() {
    assertEquals(List.of(true), proven("sum"));
    assertEquals(List.of(true), proven("lengthInLocal"));
    assertEquals(List.of(true), proven("store"));
  }

  @Test void offsetsWithinTheGuard() {
    assertEquals(List.of(true, true), proven("byFour"));
    assertEquals(List.of(false), proven("tooFar"));
  }

  @Test void nearMissesKeepTheirChecks() {
    assertEquals(List.of(false), proven("inclusive"));
    assertEquals(List.of(false), proven("fromMinusOne"));
    assertEquals(List.of(false), proven("otherArray"));
    assertEquals(List.of(false), proven("reassigned"));
  }

  @Test void parameterGuards() {
    // i + 3 may overflow for an unbounded parameter; i < length alone is safe.
    assertEquals(List.of(false), proven("paramGuard"));
    assertEquals(List.of(true), proven("paramGuardZero"));
  }

  private static List<Boolean> proven(String method) {
    MethodNode m = hierarchy.get("Loops").methods.stream().filter(x -> x.name.equals(method)).findFirst().orElseThrow();
    Body body = IrBuilder.build("Loops", m);
    new SplitVariables().run(body);
    new InferTypes(hierarchy).run(body);
    ArrayBounds bounds = new ArrayBounds(body);
    if (System.getProperty("debugBounds") != null) {
      for (Block b : body.blocks) {
        System.out.println(method + " " + b + " " + bounds.entry(b) + " " + b.stmts);
      }
    }
    List<Boolean> out = new ArrayList<>();
    for (Block b : body.blocks) {
      Set<Object> facts = bounds.entry(b);
      for (Stmt s : b.stmts) {
        if (s instanceof Stmt.ArrayStore st) {
          for (Expr e : Exprs.ofStmt(s)) {
            accesses(e, facts, out);
          }
          out.add(ArrayBounds.inBounds(facts, st.array(), st.index()));
        } else {
          for (Expr e : Exprs.ofStmt(s)) {
            accesses(e, facts, out);
          }
        }
        ArrayBounds.transfer(facts, s);
      }
    }
    return out;
  }

  private static void accesses(Expr e, Set<Object> facts, List<Boolean> out) {
    for (Expr c : Exprs.children(e)) {
      accesses(c, facts, out);
    }
    if (e instanceof Expr.ArrayLoad load) {
      out.add(ArrayBounds.inBounds(facts, load.array(), load.index()));
    }
  }
}
