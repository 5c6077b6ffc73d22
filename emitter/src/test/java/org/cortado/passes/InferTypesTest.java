package org.cortado.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cortado.analysis.ClassHierarchy;
import org.cortado.classfile.ClassPath;
import org.cortado.classfile.ClassRepository;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Expr.*;
import org.cortado.ir.IrBuilder;
import org.cortado.ir.Stmt;
import org.cortado.ir.Var;
import org.cortado.testing.JavaSources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * InferTypes over a ClassHierarchy of compiled classes (and the bundled JDK): each reference
 * variable gets the least upper bound of what is assigned to it.
 */
class InferTypesTest {
  private static final Type ANIMAL = Type.getObjectType("Animal");
  private static final Type DOG = Type.getObjectType("Dog");
  private static final Type CAT = Type.getObjectType("Cat");
  private static final Type PET = Type.getObjectType("Pet");

  @TempDir static Path dir;
  private static ClassPath classPath;
  private static ClassHierarchy hierarchy;

  @BeforeAll
  static void compileHierarchy() {
    JavaSources.compile(dir, Map.of(
        "Animal", "class Animal {}",
        "Dog", "class Dog extends Animal {}",
        "Cat", "class Cat extends Animal {}",
        "Pet", "interface Pet {}",
        "PetDog", "class PetDog extends Dog implements Pet {}",
        "PetCat", "class PetCat extends Cat implements Pet {}",
        "Reuse", """
            class Reuse {
              static Object f(boolean c) {
                { String s = "a"; System.identityHashCode(s); }
                { Integer i = 1; return i; }
              }
            }
            """));
    classPath = ClassPath.parse(dir.toString());
    hierarchy = new ClassHierarchy(new ClassRepository(classPath));
  }

  @AfterAll
  static void close() {
    classPath.close();
  }

  @Test
  void testRun_twoSubclassesAssigned_commonSuperclass() {
    assertEquals(ANIMAL, inferred(newObject("Dog"), newObject("Cat")));
  }

  @Test
  void testRun_subclassAndSuperclass_superclass() {
    assertEquals(ANIMAL, inferred(newObject("PetDog"), newObject("Animal")));
  }

  @Test
  void testRun_classesSharingOnlyAnInterface_commonSuperclassIgnoringInterfaces() {
    assertEquals(ANIMAL, inferred(newObject("PetDog"), newObject("PetCat")));
  }

  @Test
  void testRun_interfaceAndImplementor_interface() {
    assertEquals(PET, inferred(cast("Pet"), newObject("PetDog")));
  }

  @Test
  void testRun_interfaceAndNonImplementor_object() {
    assertEquals(Expr.OBJECT, inferred(cast("Pet"), newObject("Cat")));
  }

  @Test
  void testRun_jdkClasses_lubFromBundledClasslib() {
    assertEquals(Type.getObjectType("java/lang/Number"), inferred(cast("java/lang/Integer"), cast("java/lang/Long")));
    assertEquals(Expr.OBJECT, inferred(new Const(Expr.STRING, "s"), cast("java/lang/Integer")));
  }

  @Test
  void testRun_onlyNullAssigned_object() {
    assertEquals(Expr.OBJECT, inferred(new Const(Expr.NULL_TYPE, null)));
  }

  @Test
  void testRun_nullAndClass_theClass() {
    assertEquals(DOG, inferred(new Const(Expr.NULL_TYPE, null), newObject("Dog")));
  }

  @Test
  void testRun_arrays_elementwiseLubOrObject() {
    assertEquals(Type.getType("[LAnimal;"), inferred(newArray("[LDog;"), newArray("[LCat;")));
    assertEquals(Type.getType("[[LAnimal;"), inferred(newArray("[[LDog;"), newArray("[[LCat;")));
    assertEquals(Expr.OBJECT, inferred(newArray("[I"), newArray("[LDog;")));
    assertEquals(Expr.OBJECT, inferred(newArray("[I"), newArray("[J")));
    assertEquals(Type.getType("[Ljava/lang/Object;"), inferred(newArray("[[I"), newArray("[LDog;")));
  }

  @Test
  void testRun_parameter_keepsDeclaredTypeEvenIfOnlySubclassesAssigned() {
    Body body = newBody();
    Var p = body.newVar("p", ANIMAL);
    body.params.add(p);
    Block b0 = body.newBlock();
    b0.stmts.add(new Stmt.Assign(p, newObject("Dog")));
    b0.stmts.add(new Stmt.Return(new Local(p)));

    new InferTypes(hierarchy).run(body);

    assertEquals(ANIMAL, p.type);
  }

  @Test
  void testRun_copiesOrderedBeforeTheirSource_reachFixpoint() {
    Body body = newBody();
    Var w = body.newVar("w", Expr.OBJECT);
    Var v = body.newVar("v", Expr.OBJECT);
    Var u = body.newVar("u", Expr.OBJECT);
    Block b0 = body.newBlock();
    Block b1 = body.newBlock();
    // b0 is first in block order but reads v and u, which b1 assigns later in that order.
    b0.stmts.add(new Stmt.Assign(w, new Local(v)));
    b0.stmts.add(new Stmt.Assign(v, new Local(u)));
    b0.stmts.add(new Stmt.Return(new Local(w)));
    b1.stmts.add(new Stmt.Assign(u, newObject("Dog")));
    b1.stmts.add(new Stmt.Goto(b0));

    new InferTypes(hierarchy).run(body);

    assertEquals(List.of(DOG, DOG, DOG), List.of(w.type, v.type, u.type));
  }

  @Test
  void testRun_primitivesAndExceptionVariable_untouched() {
    Body body = newBody();
    Var i = body.newVar("i", Type.INT_TYPE);
    Block b0 = body.newBlock();
    b0.stmts.add(new Stmt.Assign(i, Const.ofInt(1)));
    b0.stmts.add(new Stmt.Assign(body.exception, new CaughtException()));
    b0.stmts.add(new Stmt.Return(null));

    new InferTypes(hierarchy).run(body);

    assertEquals(Type.INT_TYPE, i.type);
    assertEquals(Expr.THROWABLE, body.exception.type);
  }

  @Test
  void testRun_afterSplitVariables_reusedSlotGetsTwoPreciseTypes() {
    MethodNode m = hierarchy.get("Reuse").methods.stream().filter(x -> x.name.equals("f")).findFirst().orElseThrow();
    Body body = IrBuilder.build("Reuse", m);

    new SplitVariables().run(body);
    new InferTypes(hierarchy).run(body);

    List<Type> slotTypes = body.vars.stream().filter(v -> v.name.startsWith("l1A")).map(v -> v.type).toList();
    assertEquals(List.of(Expr.STRING, Type.getObjectType("java/lang/Integer")), slotTypes);
  }

  /** The type inferred for a variable assigned each of {@code values} in turn. */
  private static Type inferred(Expr... values) {
    Body body = newBody();
    Var v = body.newVar("v", Expr.OBJECT);
    Block b0 = body.newBlock();
    for (Expr e : values) {
      b0.stmts.add(new Stmt.Assign(v, e));
    }
    b0.stmts.add(new Stmt.Return(new Local(v)));

    new InferTypes(hierarchy).run(body);

    return v.type;
  }

  private static Expr newObject(String cls) {
    return new NewObject(cls);
  }

  private static Expr cast(String cls) {
    return new CheckCast(new Const(Expr.NULL_TYPE, null), Type.getObjectType(cls));
  }

  private static Expr newArray(String desc) {
    return new NewArray(Type.getType(desc), Const.ofInt(1));
  }

  private static Body newBody() {
    Body body = new Body();
    body.exception = body.newVar("exc", Expr.THROWABLE);
    return body;
  }
}
