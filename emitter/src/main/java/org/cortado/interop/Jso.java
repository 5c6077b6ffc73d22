package org.cortado.interop;

import java.util.List;
import org.cortado.analysis.ClassHierarchy;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The JSO interop API (teavm-jso) as the emitter sees it: which types are JavaScript types, and the
 * JavaScript function that implements a call to a JS member or an {@code @JSBody} method. The
 * functions are written into the loader at build time (no eval).
 */
public final class Jso {
  public static final String JS_OBJECT = "org/teavm/jso/JSObject";
  public static final String JS_REF = "org/cortado/runtime/JSRef";
  private static final String JS_BODY = "Lorg/teavm/jso/JSBody;";
  private static final String JS_PROPERTY = "Lorg/teavm/jso/JSProperty;";
  private static final String JS_INDEXER = "Lorg/teavm/jso/JSIndexer;";
  private static final String JS_METHOD = "Lorg/teavm/jso/JSMethod;";
  private static final String JS_TOP_LEVEL = "Lorg/teavm/jso/JSTopLevel;";
  private static final String JS_FUNCTOR = "Lorg/teavm/jso/JSFunctor;";
  private static final String JS_EXPORT = "Lorg/teavm/jso/JSExport;";
  private static final String JS_EXPORT_CLASSES = "Lorg/teavm/jso/JSExportClasses;";

  private Jso() {
  }

  /** JSObject and the interfaces and abstract classes extending it: represented by JSRef. */
  public static boolean isJsType(ClassHierarchy h, String cls) {
    if (cls.equals(JS_REF) || cls.equals(JS_OBJECT)) {
      return true;
    }
    ClassNode cn = h.find(cls);
    if (cn == null || (cn.access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT)) == 0) {
      return false;
    }
    return h.ancestors(cls).contains(JS_OBJECT);
  }

  /** A JS interface annotated {@code @JSFunctor}: Java objects implementing it become JS functions. */
  public static boolean isFunctor(ClassNode cn) {
    return cn != null && (cn.access & Opcodes.ACC_INTERFACE) != 0 && annotation(cn.visibleAnnotations, JS_FUNCTOR) != null;
  }

  /** The single abstract method of a functor interface (declared by it or inherited), or null. */
  public static MethodNode functorMethod(ClassHierarchy h, String itf) {
    MethodNode found = null;
    for (String a : h.ancestors(itf)) {
      ClassNode cn = h.find(a);
      if (cn == null || (cn.access & Opcodes.ACC_INTERFACE) == 0) {
        continue;
      }
      for (MethodNode m : cn.methods) {
        if ((m.access & Opcodes.ACC_ABSTRACT) != 0 && (m.access & Opcodes.ACC_STATIC) == 0) {
          if (found != null && !(found.name.equals(m.name) && found.desc.equals(m.desc))) {
            return null;
          }
          found = m;
        }
      }
    }
    return found;
  }

  /** Static methods marked {@code @JSExport}: exported to JavaScript under their own name. */
  public static boolean isExport(MethodNode m) {
    return (m.access & Opcodes.ACC_STATIC) != 0 && annotation(m, JS_EXPORT) != null;
  }

  /** A static method exported to JavaScript. */
  public record Export(String name, ClassNode owner, MethodNode method) { }

  /**
   * The exports of a program: the {@code @JSExport} static methods of the main class and of the
   * classes its {@code @JSExportClasses} names. Problems (overloads, types that cannot cross) go to
   * {@code errors}.
   */
  public static List<Export> exports(ClassHierarchy h, ClassNode main, List<String> errors) {
    List<String> classes = new java.util.ArrayList<>();
    classes.add(main.name);
    for (String c : exportClasses(main)) {
      if (!classes.contains(c)) {
        classes.add(c);
      }
    }
    java.util.Map<String, Export> byName = new java.util.LinkedHashMap<>();
    for (String c : classes) {
      ClassNode cn = h.find(c);
      if (cn == null) {
        errors.add("class not found: " + c.replace('/', '.') + " (named by @JSExportClasses)");
        continue;
      }
      for (MethodNode m : cn.methods) {
        if (annotation(m, JS_EXPORT) == null) {
          continue;
        }
        String where = c.replace('/', '.') + "." + m.name;
        if ((m.access & Opcodes.ACC_STATIC) == 0) {
          errors.add("@JSExport " + where + ": only static methods can be exported");
          continue;
        }
        for (Type t : Type.getArgumentTypes(m.desc)) {
          if (!exportable(h, t)) {
            errors.add("@JSExport " + where + ": a parameter of type " + t.getClassName() + " cannot cross the JS boundary");
          }
        }
        Type r = Type.getReturnType(m.desc);
        if (r.getSort() != Type.VOID && !exportable(h, r)) {
          errors.add("@JSExport " + where + ": a result of type " + r.getClassName() + " cannot cross the JS boundary");
        }
        if (byName.containsKey(m.name)) {
          errors.add("@JSExport " + where + ": another exported method is already named '" + m.name + "'");
          continue;
        }
        byName.put(m.name, new Export(m.name, cn, m));
      }
    }
    return new java.util.ArrayList<>(byName.values());
  }

  /**
   * Whether a Java type can be an export's parameter or result: primitives, String, JS types, and
   * one-dimensional arrays of byte, short, char, int, float and double (copied to typed arrays).
   */
  public static boolean exportable(ClassHierarchy h, Type t) {
    return switch (t.getSort()) {
      case Type.ARRAY -> t.getDimensions() == 1 && "BSCIFD".indexOf(t.getElementType().getDescriptor().charAt(0)) >= 0;
      case Type.OBJECT -> t.getInternalName().equals("java/lang/String") || isJsType(h, t.getInternalName());
      case Type.VOID -> false;
      default -> true;
    };
  }

  /** The classes named by {@code @JSExportClasses} on a class (internal names). */
  public static List<String> exportClasses(ClassNode cn) {
    AnnotationNode a = annotation(cn.invisibleAnnotations, JS_EXPORT_CLASSES);
    if (a == null) {
      a = annotation(cn.visibleAnnotations, JS_EXPORT_CLASSES);
    }
    List<String> out = new java.util.ArrayList<>();
    if (a != null && value(a, "value") instanceof List<?> types) {
      for (Object t : types) {
        out.add(((Type) t).getInternalName());
      }
    }
    return out;
  }

  /** A {@code @JSBody} method, or a static native {@code @JSTopLevel} one (a global function or variable). */
  public static boolean isJsBody(MethodNode m) {
    return annotation(m, JS_BODY) != null || isTopLevel(m);
  }

  private static boolean isTopLevel(MethodNode m) {
    return (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE)) == (Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE)
        && annotation(m, JS_TOP_LEVEL) != null;
  }

  /** Whether a call to this member of a JS type goes to JavaScript (rather than to its Java body). */
  public static boolean callsJs(MethodNode m) {
    return (m.access & Opcodes.ACC_ABSTRACT) != 0 || ((m.access & Opcodes.ACC_NATIVE) != 0 && isJsBody(m));
  }

  /**
   * The JavaScript function for a call: parameters are the receiver (for instance members) and the
   * Java arguments; boolean arguments arrive as 0/1 and are turned into JS booleans.
   */
  public static String function(MethodNode m) {
    return function(m, false);
  }

  /**
   * As {@link #function(MethodNode)}; {@code functor} for the method of a {@code @JSFunctor}
   * interface, whose JS value is a function (called directly) or an object with the method.
   * A {@code long} result is converted to a BigInt ({@code $toLong}, defined by the loader).
   */
  public static String function(MethodNode m, boolean functor) {
    String fn = plainFunction(m, functor);
    if (Type.getReturnType(m.desc).getSort() == Type.LONG) {
      return "((f) => (...a) => $toLong(f(...a)))(" + fn + ")";
    }
    return fn;
  }

  /**
   * Wraps an import's function so that a JS exception it throws becomes a Java exception in the
   * caller: the loader's {@code $rethrow} calls the module's {@code cortado.throwJs}, whose Wasm
   * exception unwinds through this JS frame into the calling Wasm code.
   */
  public static String guarded(String fn, int arity, boolean referenceResult) {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < arity; i++) {
      p.append(i > 0 ? ", " : "").append("p").append(i);
    }
    // A reference result: undefined is Java's null, like JS null (externref sees them apart).
    String call = "f(" + p + ")" + (referenceResult ? " ?? null" : "");
    return "((f) => (" + p + ") => { try { return " + call + "; } catch (e) { return $rethrow(e); } })(" + fn + ")";
  }

  private static String plainFunction(MethodNode m, boolean functor) {
    boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
    Type[] args = Type.getArgumentTypes(m.desc);
    AnnotationNode body = annotation(m, JS_BODY);
    if (body != null) {
      List<String> names = stringList(value(body, "params"));
      String script = (String) value(body, "script");
      StringBuilder params = new StringBuilder();
      StringBuilder prologue = new StringBuilder();
      for (int i = 0; i < args.length; i++) {
        String n = i < names.size() ? names.get(i) : "p" + i;
        params.append(i > 0 ? ", " : "").append(n);
        if (args[i].getSort() == Type.BOOLEAN) {
          prologue.append(n).append(" = ").append(n).append(" !== 0; ");
        }
      }
      String fn = "function(" + params + ") { " + prologue + script + "\n}";
      if (isStatic) {
        return fn;
      }
      return "(self, ...a) => (" + fn + ").apply(self, a)";
    }
    if (isTopLevel(m)) {
      // A global: the receiver is globalThis (not the loader's scope, whose names would shadow it).
      return "(...a) => (" + memberFunction(m, args, false) + ")(globalThis, ...a)";
    }
    return memberFunction(m, args, functor);
  }

  private static String memberFunction(MethodNode m, Type[] args, boolean functor) {
    StringBuilder params = new StringBuilder("o");
    String[] a = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      params.append(", a").append(i);
      a[i] = args[i].getSort() == Type.BOOLEAN ? "a" + i + " !== 0" : "a" + i;
    }
    String name = m.name;
    AnnotationNode method = annotation(m, JS_METHOD);
    if (method != null && value(method, "value") != null) {
      name = (String) value(method, "value");
    }
    AnnotationNode property = annotation(m, JS_PROPERTY);
    if (property != null) {
      String prop = value(property, "value") instanceof String v && !v.isEmpty() ? v : propertyName(m.name);
      if (args.length == 0) {
        return "(" + params + ") => o." + prop;
      }
      return "(" + params + ") => { o." + prop + " = " + a[0] + "; }";
    }
    if (annotation(m, JS_INDEXER) != null) {
      if (args.length == 1) {
        return "(" + params + ") => o[" + a[0] + "]";
      }
      return "(" + params + ") => { o[" + a[0] + "] = " + a[1] + "; }";
    }
    String list = String.join(", ", a);
    if (functor) {
      return "(" + params + ") => typeof o === 'function' ? o(" + list + ") : o." + name + "(" + list + ")";
    }
    return "(" + params + ") => o." + name + "(" + list + ")";
  }

  private static String propertyName(String method) {
    String p = method;
    if (p.startsWith("get") || p.startsWith("set")) {
      p = p.substring(3);
    } else if (p.startsWith("is")) {
      p = p.substring(2);
    }
    return p.isEmpty() ? method : Character.toLowerCase(p.charAt(0)) + p.substring(1);
  }

  private static AnnotationNode annotation(MethodNode m, String desc) {
    AnnotationNode a = annotation(m.visibleAnnotations, desc);
    return a != null ? a : annotation(m.invisibleAnnotations, desc);
  }

  private static AnnotationNode annotation(List<AnnotationNode> list, String desc) {
    for (AnnotationNode a : nullSafe(list)) {
      if (a.desc.equals(desc)) {
        return a;
      }
    }
    return null;
  }

  private static List<AnnotationNode> nullSafe(List<AnnotationNode> l) {
    return l == null ? List.of() : l;
  }

  private static Object value(AnnotationNode a, String name) {
    if (a.values == null) {
      return null;
    }
    for (int i = 0; i + 1 < a.values.size(); i += 2) {
      if (a.values.get(i).equals(name)) {
        return a.values.get(i + 1);
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<String> stringList(Object v) {
    return v == null ? List.of() : (List<String>) v;
  }
}
