package org.cortado.interop;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * What the loader needs to know about the functions that JavaScript calls in the module: the
 * callbacks (one per {@code @JSFunctor} interface, exported as {@code cb<kind>}) and the exported
 * Java methods (exported as {@code java.<name>}), with their Java signatures for the JS-side
 * conversions and the TypeScript declarations.
 */
public final class Boundary {
  /** A Java method callable from JS. */
  public record Method(String name, List<String> paramNames, Type[] params, Type result) { }

  /** The names of a static method's parameters (from its debug information), else p0, p1, ... */
  public static List<String> paramNames(org.objectweb.asm.tree.MethodNode m) {
    Type[] args = Type.getArgumentTypes(m.desc);
    List<String> names = new ArrayList<>();
    int slot = (m.access & org.objectweb.asm.Opcodes.ACC_STATIC) != 0 ? 0 : 1;
    for (int i = 0; i < args.length; i++) {
      String name = "p" + i;
      if (m.parameters != null && i < m.parameters.size() && m.parameters.get(i).name != null) {
        name = m.parameters.get(i).name;
      } else if (m.localVariables != null) {
        for (org.objectweb.asm.tree.LocalVariableNode v : m.localVariables) {
          if (v.index == slot) {
            name = v.name;
            break;
          }
        }
      }
      names.add(name);
      slot += args[i].getSize();
    }
    return names;
  }

  /** Callbacks in kind order. */
  public final List<Method> functors = new ArrayList<>();
  /** Exported static methods, by name. */
  public final List<Method> exports = new ArrayList<>();
  /** Whether the module crosses the boundary at all (the JS runtime exports exist). */
  public boolean usesJs;
}
