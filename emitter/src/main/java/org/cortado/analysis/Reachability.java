package org.cortado.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.cortado.classfile.BadClassFileException;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Expr.*;
import org.cortado.ir.Exprs;
import org.cortado.ir.IrBuilder;
import org.cortado.ir.Ops.InvokeKind;
import org.cortado.ir.Stmt;
import org.cortado.passes.RemoveUnreachableBlocks;
import org.cortado.passes.SimplifyBranches;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Whole-program reachability from the entry points, in the style of Rapid Type Analysis: a virtual
 * call reaches the implementations in classes that are instantiated somewhere reachable. Builds
 * the IR of every reachable method on the way and records, for each problem (missing class,
 * member or native), the call chain that reaches it.
 */
public final class Reachability {
  /** A reachable method and its IR (null body for abstract and native methods). */
  public static final class MethodInfo {
    public final ClassNode owner;
    public final MethodNode method;
    public final String key;
    public Body body;
    final String parent;

    MethodInfo(ClassNode owner, MethodNode method, String parent) {
      this.owner = owner;
      this.method = method;
      this.key = key(owner.name, method.name, method.desc);
      this.parent = parent;
    }

    public boolean isStatic() {
      return (method.access & Opcodes.ACC_STATIC) != 0;
    }
  }

  private final ClassHierarchy hierarchy;
  private final Predicate<String> nativeSupported;
  public final Map<String, MethodInfo> methods = new LinkedHashMap<>();
  public final Set<String> instantiated = new LinkedHashSet<>();
  public final Set<String> initialized = new LinkedHashSet<>();
  /** Classes (and array types, as descriptors) whose runtime type information is needed. */
  public final Set<String> types = new LinkedHashSet<>();
  /** Virtually called signatures (name + desc), by the class or interface that declares them. */
  public final Map<String, Set<String>> virtualCalls = new LinkedHashMap<>();
  public final Set<String> literals = new LinkedHashSet<>();
  /** {@code @JSFunctor} interfaces implemented by instantiated classes: their objects can become JS functions. */
  public final Set<String> functors = new LinkedHashSet<>();
  private static final String ENUM_CONSTANTS = "java/lang/Class.getEnumConstants()[Ljava/lang/Object;";
  private final Deque<MethodInfo> work = new ArrayDeque<>();
  private final List<String> errors = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  /** For each JDK method, every method of the program that calls it (not only the first). */
  private final Map<String, Set<String>> userCallers = new HashMap<>();

  public Reachability(ClassHierarchy hierarchy, Predicate<String> nativeSupported) {
    this(hierarchy, nativeSupported, node -> List.of());
  }

  /**
   * @param runtimeCalls the runtime methods (keys) that the emitter's code for one IR statement or
   *     expression calls (a cast's failure path, an array store check...): reached with it
   */
  public Reachability(ClassHierarchy hierarchy, Predicate<String> nativeSupported,
      java.util.function.Function<Object, List<String>> runtimeCalls) {
    this.hierarchy = hierarchy;
    this.nativeSupported = nativeSupported;
    this.runtimeCalls = runtimeCalls;
  }

  private final java.util.function.Function<Object, List<String>> runtimeCalls;

  private void reachRuntime(MethodInfo mi, Object node) {
    for (String k : runtimeCalls.apply(node)) {
      if (!methods.containsKey(k)) {
        MethodKey m = MethodKey.parse(k);
        ClassNode cn = hierarchy.get(m.owner());
        initClass(cn.name, mi.key);
        reach(cn, ClassHierarchy.declared(cn, m.name(), m.desc()), mi.key);
      }
    }
  }

  public static String key(String owner, String name, String desc) {
    return owner + "." + name + desc;
  }

  /** A method key ({@link #key}) taken apart again. */
  public record MethodKey(String owner, String name, String desc) {
    public static MethodKey parse(String key) {
      int paren = key.indexOf('(');
      int dot = key.lastIndexOf('.', paren);
      return new MethodKey(key.substring(0, dot), key.substring(dot + 1, paren), key.substring(paren));
    }
  }

  /** {@link #addRoot(String, String, String)} for a method key. */
  public boolean addRoot(String key) {
    MethodKey k = MethodKey.parse(key);
    return addRoot(k.owner(), k.name(), k.desc());
  }

  /**
   * Problems found, formatted. A problem inside the JDK is reported once per JDK method that user
   * code calls ("java.io.File.exists() is not supported: ..."), with the user's call chain; a
   * problem in user code itself is reported where it is, with its chain.
   */
  public List<String> errors() {
    List<String> out = new ArrayList<>(errors);
    Map<String, List<Problem>> byEntry = new LinkedHashMap<>();
    // A problem reached only through JDK code (e.g. a hashCode() reached through RTA) is already
    // explained when the same problem is also reached from the program's own calls.
    Set<String> explained = new HashSet<>();
    for (Problem p : problems) {
      if (p.chain().stream().anyMatch(k -> !isLibrary(k))) {
        explained.add(p.message());
      }
    }
    for (Problem p : problems) {
      if (explained.contains(p.message()) && p.chain().stream().allMatch(Reachability::isLibrary)) {
        continue;
      }
      int entry = -1;
      for (int i = p.chain().size() - 1; i >= 0; i--) {
        if (isLibrary(p.chain().get(i))) {
          entry = i;
          break;
        }
      }
      if (entry < 0) {
        byEntry.computeIfAbsent("\0" + p.message() + "@" + String.join(",", p.chain()), k -> new ArrayList<>()).add(p);
        continue;
      }
      // One report per place in the program that calls the JDK method, each with its own chain.
      String jdkMethod = p.chain().get(entry);
      Set<String> callers = new LinkedHashSet<>();
      if (entry + 1 < p.chain().size()) {
        callers.add(p.chain().get(entry + 1));
      }
      callers.addAll(userCallers.getOrDefault(jdkMethod, Set.of()));
      if (callers.isEmpty()) {
        byEntry.computeIfAbsent(jdkMethod + "@", k -> new ArrayList<>()).add(p);
      }
      for (String caller : callers) {
        List<String> chain = new ArrayList<>(p.chain().subList(0, entry + 1));
        chain.addAll(chainFrom(caller));
        byEntry.computeIfAbsent(jdkMethod + "@" + String.join(",", chain.subList(entry + 1, chain.size())),
            k -> new ArrayList<>()).add(new Problem(p.message(), chain));
      }
    }
    // A JDK entry whose problems are all explained by earlier entries was reached only through RTA's
    // imprecision (System.out() reaching File's methods through Object's, once the program makes a
    // File): reporting it, with a hint to stub System.out, would mislead.
    // Entries into the same class as an earlier one stay (File.<init> beside File.exists()).
    Set<String> explainedByEarlier = new HashSet<>();
    Set<String> entryClasses = new HashSet<>();
    for (Iterator<Map.Entry<String, List<Problem>>> it = byEntry.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, List<Problem>> e = it.next();
      Set<String> messages = new HashSet<>();
      e.getValue().forEach(p -> messages.add(p.message()));
      String key = e.getKey();
      String entryClass = key.startsWith("\0") ? null : MethodKey.parse(key.substring(0, key.indexOf('@'))).owner();
      if (entryClass != null && !entryClasses.contains(entryClass) && explainedByEarlier.containsAll(messages)) {
        it.remove();
        continue;
      }
      explainedByEarlier.addAll(messages);
      if (entryClass != null) {
        entryClasses.add(entryClass);
      }
    }
    for (Map.Entry<String, List<Problem>> e : byEntry.entrySet()) {
      List<Problem> group = e.getValue();
      Problem first = group.get(0);
      StringBuilder sb = new StringBuilder();
      List<String> chain = first.chain();
      int entry = e.getKey().startsWith("\0") ? -1 : chain.indexOf(e.getKey().substring(0, e.getKey().indexOf('@')));
      if (entry < 0) {
        sb.append(first.message());
        appendChain(sb, "reached from:", chain);
      } else {
        Set<String> causes = new LinkedHashSet<>();
        group.forEach(p -> causes.add(p.message()));
        sb.append(describe(chain.get(entry))).append(" is not supported: ");
        int shown = 0;
        for (String c : causes) {
          if (shown == 3) {
            sb.append("; and ").append(causes.size() - 3).append(" more");
            break;
          }
          sb.append(shown++ > 0 ? "; " : "").append(c);
        }
        appendChain(sb, "called from:", chain.subList(entry + 1, chain.size()));
      }
      String stub = stubHint(entry < 0 ? null : chain.get(entry), first.message());
      if (stub != null) {
        sb.append("\n  to compile anyway, with UnsupportedOperationException if it is ever called: --stub ").append(stub);
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** What to pass to {@code --stub} to silence a problem, or null if stubbing cannot help. */
  private static String stubHint(String entryKey, String message) {
    if (entryKey != null) {
      MethodKey m = MethodKey.parse(entryKey);
      String cls = m.owner().replace('/', '.');
      return m.name().equals("<clinit>") ? cls : cls + "." + m.name();
    }
    if (message.startsWith("method not found: ")) {
      String m = message.substring("method not found: ".length());
      return m.substring(0, m.indexOf('('));
    }
    if (message.startsWith("class not found: ")) {
      return message.substring("class not found: ".length());
    }
    return null;
  }

  private static void appendChain(StringBuilder sb, String title, List<String> chain) {
    if (chain.isEmpty()) {
      return;
    }
    sb.append("\n  ").append(title);
    for (String k : chain) {
      sb.append("\n    ").append(describe(k));
    }
  }

  /** JDK and runtime code: a problem there is reported at the JDK method the program calls. */
  private static boolean isLibrary(String key) {
    return key.startsWith("java/") || key.startsWith("javax/") || key.startsWith("org/cortado/")
        || key.startsWith("org/teavm/");
  }

  /** A problem and the chain of methods reaching it (innermost first). */
  private record Problem(String message, List<String> chain) { }

  private final List<Problem> problems = new ArrayList<>();

  /** Adds an entry point; returns false (and records an error) if it does not exist. */
  public boolean addRoot(String owner, String name, String desc) {
    ClassNode cn;
    try {
      cn = hierarchy.find(owner);
    } catch (BadClassFileException e) {
      errors.add(e.getMessage());
      return false;
    }
    MethodNode m = cn == null ? null : ClassHierarchy.declared(cn, name, desc);
    if (m == null) {
      errors.add((cn == null ? "class not found: " + owner.replace('/', '.')
          : "method not found: " + owner.replace('/', '.') + "." + name + desc));
      return false;
    }
    try {
      initClass(owner, null);
    } catch (MissingClassException e) {
      // A missing or unreadable superclass of a root; scan the root anyway to report everything.
      error(key(owner, name, desc), "class not found: " + e.className.replace('/', '.'));
    } catch (BadClassFileException e) {
      error(key(owner, name, desc), e.getMessage());
    }
    reach(cn, m, null);
    return true;
  }

  public void run() {
    do {
      drain();
    } while (initEnumsForReflection());
  }

  /**
   * Class.getEnumConstants (used by Enum.valueOf) reads an enum's constants, which requires its
   * initialiser: once it is reachable, every enum class with runtime type information is initialised.
   */
  private boolean initEnumsForReflection() {
    if (!methods.containsKey(ENUM_CONSTANTS)) {
      return false;
    }
    boolean added = false;
    for (String t : new ArrayList<>(types)) {
      if (!t.startsWith("[") && !initialized.contains(t)) {
        ClassNode cn = hierarchy.find(t);
        if (cn != null && (cn.access & Opcodes.ACC_ENUM) != 0 && "java/lang/Enum".equals(cn.superName)) {
          initClass(t, ENUM_CONSTANTS);
          added = true;
        }
      }
    }
    return added;
  }

  private boolean jsUsed;

  /** The boundary's Java side: string conversions, and what the loader calls (see JSBoundary). */
  public static final List<String> JS_ROOTS = List.of(
      "org/cortado/runtime/JSStrings.toJs(Ljava/lang/String;)Lorg/teavm/jso/JSObject;",
      "org/cortado/runtime/JSStrings.fromJs(Lorg/teavm/jso/JSObject;)Ljava/lang/String;",
      "org/cortado/runtime/JSBoundary.throwJs(Lorg/teavm/jso/JSObject;)V",
      "org/cortado/runtime/JSBoundary.className(Ljava/lang/Object;)Ljava/lang/String;",
      "org/cortado/runtime/JSBoundary.message(Ljava/lang/Object;)Ljava/lang/String;",
      "org/cortado/runtime/JSBoundary.reportUncaught(Ljava/lang/Object;)V");

  /** The first JS interop call brings in the string conversions and the JSRef class. */
  private void usesJs() {
    if (jsUsed) {
      return;
    }
    jsUsed = true;
    types.add(org.cortado.interop.Jso.JS_REF);
    for (String root : JS_ROOTS) {
      addRoot(root);
    }
  }

  private void drain() {
    while (!work.isEmpty()) {
      MethodInfo mi = work.pop();
      try {
        scan(mi);
      } catch (MissingClassException e) {
        error(mi.key, "class not found: " + e.className.replace('/', '.'));
      } catch (BadClassFileException | IllegalArgumentException e) {
        error(mi.key, e.getMessage());
      }
    }
  }

  private void reach(ClassNode owner, MethodNode m, String from) {
    String k = key(owner.name, m.name, m.desc);
    recordUserCall(k, from);
    if (!methods.containsKey(k)) {
      MethodInfo mi = new MethodInfo(owner, m, from);
      methods.put(k, mi);
      work.add(mi);
    }
  }

  private void recordUserCall(String callee, String from) {
    if (from != null && isLibrary(callee) && !isLibrary(from)) {
      userCallers.computeIfAbsent(callee, x -> new LinkedHashSet<>()).add(from);
    }
  }

  private void scan(MethodInfo mi) {
    types.add(mi.owner.name);
    if ((mi.method.access & Opcodes.ACC_NATIVE) != 0) {
      if (!nativeSupported.test(mi.key) && org.cortado.interop.Jso.isJsBody(mi.method)) {
        usesJs();
        return;
      }
      if (!nativeSupported.test(mi.key)) {
        error(mi.parent, "native method " + describe(mi.key) + " is not supported");
      }
      return;
    }
    if ((mi.method.access & Opcodes.ACC_ABSTRACT) != 0) {
      return;
    }
    Body body = IrBuilder.build(mi.owner.name, mi.method);
    new SimplifyBranches().run(body);
    new org.cortado.passes.RemoveUnneededHandlers().run(body);
    new RemoveUnreachableBlocks().run(body);
    mi.body = body;
    for (Block b : body.blocks) {
      for (Stmt s : b.stmts) {
        scanStmt(mi, s);
      }
    }
  }

  private void scanStmt(MethodInfo mi, Stmt s) {
    reachRuntime(mi, s);
    if (s instanceof Stmt.Assign a) {
      scanExpr(mi, a.value());
    } else if (s instanceof Stmt.PutField p) {
      field(mi, p.field().owner(), p.field().name(), p.field().desc(), false);
      scanExpr(mi, p.obj());
      scanExpr(mi, p.value());
    } else if (s instanceof Stmt.PutStatic p) {
      field(mi, p.field().owner(), p.field().name(), p.field().desc(), true);
      scanExpr(mi, p.value());
    } else if (s instanceof Stmt.ArrayStore a) {
      scanExpr(mi, a.array());
      scanExpr(mi, a.index());
      scanExpr(mi, a.value());
    } else if (s instanceof Stmt.Eval e) {
      scanExpr(mi, e.value());
    } else if (s instanceof Stmt.NullCheck n) {
      scanExpr(mi, n.value());
    } else if (s instanceof Stmt.If i) {
      scanExpr(mi, i.cond());
    } else if (s instanceof Stmt.Switch sw) {
      scanExpr(mi, sw.key());
    } else if (s instanceof Stmt.Return r && r.value() != null) {
      scanExpr(mi, r.value());
    } else if (s instanceof Stmt.Throw t) {
      scanExpr(mi, t.exception());
    }
  }

  private void scanExpr(MethodInfo mi, Expr e) {
    for (Expr c : Exprs.children(e)) {
      scanExpr(mi, c);
    }
    reachRuntime(mi, e);
    if (e instanceof Const c && c.value() instanceof String s) {
      literals.add(s);
    } else if (e instanceof ClassConst c) {
      type(mi, c.cls());
    } else if (e instanceof GetField g) {
      field(mi, g.field().owner(), g.field().name(), g.field().desc(), false);
    } else if (e instanceof GetStatic g) {
      field(mi, g.field().owner(), g.field().name(), g.field().desc(), true);
    } else if (e instanceof NewObject n) {
      // A class that is not instantiable must not enter `instantiated`: every later virtual
      // call walks the ancestors of the instantiated classes.
      if (requireClass(mi, n.cls())) {
        instantiate(n.cls(), mi.key);
      }
    } else if (e instanceof NewArray n) {
      type(mi, n.type());
    } else if (e instanceof NewMultiArray n) {
      for (Type t = n.type(); t.getSort() == Type.ARRAY; t = Type.getType(t.getDescriptor().substring(1))) {
        type(mi, t);
      }
    } else if (e instanceof InstanceOf i) {
      type(mi, i.target());
    } else if (e instanceof CheckCast c) {
      type(mi, c.type());
    } else if (e instanceof Invoke inv) {
      invoke(mi, inv);
    }
  }

  private void type(MethodInfo mi, Type t) {
    if (t.getSort() == Type.ARRAY) {
      types.add(t.getDescriptor());
      type(mi, t.getElementType());
    } else if (t.getSort() == Type.OBJECT) {
      if (requireClass(mi, t.getInternalName())) {
        types.add(t.getInternalName());
      }
    }
  }

  /** Whether the class and all its supertypes exist; reports each one that does not. */
  private boolean requireClass(MethodInfo mi, String name) {
    ClassNode cn = hierarchy.find(name);
    if (cn == null) {
      error(mi.key, "class not found: " + name.replace('/', '.'));
      return false;
    }
    boolean complete = true;
    for (String s : hierarchy.supertypes(name)) {
      complete &= requireClass(mi, s);
    }
    return complete;
  }

  private void field(MethodInfo mi, String owner, String name, String desc, boolean isStatic) {
    if (!requireClass(mi, owner)) {
      return;
    }
    ClassHierarchy.Resolved<FieldNode> f = hierarchy.resolveField(owner, name, desc);
    if (f == null) {
      error(mi.key, "field not found: " + owner.replace('/', '.') + "." + name);
      return;
    }
    types.add(f.owner().name);
    if (isStatic) {
      initClass(f.owner().name, mi.key);
    }
  }

  private void invoke(MethodInfo mi, Invoke inv) {
    String owner = inv.method().owner();
    String name = inv.method().name();
    String desc = inv.method().desc();
    if (owner.startsWith("[")) {
      // Methods on arrays are Object's (clone is handled by the emitter).
      if (!name.equals("clone")) {
        reachVirtual(mi, "java/lang/Object", name, desc);
      }
      return;
    }
    if (!requireClass(mi, owner)) {
      return;
    }
    ClassHierarchy.Resolved<MethodNode> r = hierarchy.resolveMethod(owner, name, desc);
    if (r == null) {
      r = hierarchy.stubMissing(owner, name, desc, inv.kind() == InvokeKind.STATIC);
    }
    if (r == null) {
      error(mi.key, "method not found: " + owner.replace('/', '.') + "." + name + desc);
      return;
    }
    types.add(r.owner().name);
    if (inv.kind() != InvokeKind.STATIC && org.cortado.interop.Jso.isJsType(hierarchy, r.owner().name)) {
      // JS values have no vtables: abstract members call JavaScript, others are called directly.
      usesJs();
      reach(r.owner(), r.member(), mi.key);
      return;
    }
    switch (inv.kind()) {
      case STATIC -> {
        initClass(r.owner().name, mi.key);
        reach(r.owner(), r.member(), mi.key);
      }
      case SPECIAL -> reach(r.owner(), r.member(), mi.key);
      case VIRTUAL, INTERFACE -> {
        if ((r.member().access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) != 0) {
          reach(r.owner(), r.member(), mi.key);
        } else {
          // Later call sites of an already dispatched signature reach nothing new; remember them.
          recordUserCall(key(r.owner().name, r.member().name, r.member().desc), mi.key);
          reachVirtual(mi, r.owner().name, name, desc);
        }
      }
    }
  }

  private void reachVirtual(MethodInfo mi, String declaring, String name, String desc) {
    reachVirtual(mi.key, declaring, name, desc);
  }

  private void reachVirtual(String from, String declaring, String name, String desc) {
    String sig = name + desc;
    if (virtualCalls.computeIfAbsent(declaring, k -> new LinkedHashSet<>()).add(sig)) {
      for (String c : new ArrayList<>(instantiated)) {
        if (hierarchy.ancestors(c).contains(declaring)) {
          dispatchTo(c, name, desc, from);
        }
      }
    }
  }

  private void dispatchTo(String cls, String name, String desc, String from) {
    ClassHierarchy.Resolved<MethodNode> target = hierarchy.dispatch(cls, name, desc);
    if (target != null) {
      types.add(target.owner().name);
      reach(target.owner(), target.member(), from);
    }
  }

  /** Marks a class instantiated; existing virtual calls now reach its implementations. */
  public void instantiate(String cls, String from) {
    if (!instantiated.add(cls)) {
      return;
    }
    types.add(cls);
    initClass(cls, from);
    for (String a : hierarchy.ancestors(cls)) {
      if (!functors.contains(a) && org.cortado.interop.Jso.isFunctor(hierarchy.find(a))) {
        // JavaScript may call the functor's method on any instance (a callback).
        MethodNode sam = org.cortado.interop.Jso.functorMethod(hierarchy, a);
        if (sam != null) {
          functors.add(a);
          types.add(a);
          usesJs();
          reachVirtual(from, a, sam.name, sam.desc);
        }
      }
    }
    for (String a : hierarchy.ancestors(cls)) {
      Set<String> sigs = virtualCalls.get(a);
      if (sigs != null) {
        for (String sig : new ArrayList<>(sigs)) {
          int paren = sig.indexOf('(');
          dispatchTo(cls, sig.substring(0, paren), sig.substring(paren), from);
        }
      }
    }
  }

  /** JLS 12.4.1: initialising a class initialises its superclass and superinterfaces with defaults first. */
  private void initClass(String cls, String from) {
    if (initialized.contains(cls)) {
      return;
    }
    initialized.add(cls);
    types.add(cls);
    ClassNode cn = hierarchy.get(cls);
    if ((cn.access & Opcodes.ACC_INTERFACE) == 0) {
      if (cn.superName != null) {
        initClass(cn.superName, from);
      }
      for (String i : cn.interfaces) {
        initInterfaceWithDefaults(i, from);
      }
    }
    MethodNode clinit = ClassHierarchy.declared(cn, "<clinit>", "()V");
    if (clinit != null) {
      reach(cn, clinit, from);
    }
  }

  private void initInterfaceWithDefaults(String itf, String from) {
    ClassNode cn = hierarchy.get(itf);
    for (String sup : cn.interfaces) {
      initInterfaceWithDefaults(sup, from);
    }
    boolean hasDefault = cn.methods.stream().anyMatch(m -> (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0
        && !m.name.startsWith("<"));
    if (hasDefault) {
      initClass(itf, from);
    }
  }

  /** {@code from} and its first-discovery parents up to main (innermost first). */
  private List<String> chainFrom(String from) {
    List<String> chain = new ArrayList<>();
    for (String k = from; k != null; ) {
      chain.add(k);
      MethodInfo mi = methods.get(k);
      k = mi == null ? null : mi.parent;
    }
    return chain;
  }

  private void error(String from, String message) {
    if (!reported.add(message + "@" + from)) {
      return;
    }
    problems.add(new Problem(message, chainFrom(from)));
  }

  private static String describe(String key) {
    MethodKey m = MethodKey.parse(key);
    if (m.name().equals("<clinit>")) {
      return "the initialisation of " + m.owner().replace('/', '.');
    }
    return m.owner().replace('/', '.') + "." + m.name() + prettyArgs(m.desc());
  }

  private static String prettyArgs(String desc) {
    StringBuilder sb = new StringBuilder("(");
    Type[] args = Type.getArgumentTypes(desc);
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(args[i].getClassName());
    }
    return sb.append(")").toString();
  }

}
