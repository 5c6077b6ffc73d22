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

  public static boolean isJsBody(MethodNode m) {
    return annotation(m, JS_BODY) != null;
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
    return "(" + params + ") => o." + name + "(" + String.join(", ", a) + ")";
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
    for (List<AnnotationNode> list : List.of(nullSafe(m.visibleAnnotations), nullSafe(m.invisibleAnnotations))) {
      for (AnnotationNode a : list) {
        if (a.desc.equals(desc)) {
          return a;
        }
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
