package org.cortado.lowering;

import java.util.List;
import org.cortado.analysis.Reachability;
import org.cortado.interop.Boundary;
import org.cortado.interop.Jso;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * The module's functions for JavaScript: the runtime functions the loader calls (when the program
 * uses JS interop), one callback per {@code @JSFunctor} interface implemented by Java objects, and
 * the program's {@code @JSExport} methods; also exports the {@code java} exception tag, so the
 * loader can recognise Java exceptions.
 */
final class JsExports {
  private JsExports() {
  }

  static void build(ModuleBuilder mb) {
    Boundary b = mb.boundary;
    b.usesJs = mb.reach.methods.containsKey(JsCalls.RUNTIME_EXPORTS.get(0)[1]);
    if (b.usesJs) {
      for (String[] e : JsCalls.RUNTIME_EXPORTS) {
        JsCalls.exportWrapper(mb, e[0], e[1]);
      }
      mb.module.exports.put("cortado.javaTag", mb.javaTag);
    }
    int kind = 0;
    for (String itf : mb.reach.functors) {
      MethodNode sam = Jso.functorMethod(mb.hierarchy, itf);
      JsCalls.callback(mb, itf, kind++);
      b.functors.add(new Boundary.Method(itf.replace('/', '.'), Boundary.paramNames(sam), Type.getArgumentTypes(sam.desc),
          Type.getReturnType(sam.desc)));
    }
    for (Jso.Export e : mb.jsExportRequests) {
      String key = Reachability.key(e.owner().name, e.method().name, e.method().desc);
      JsCalls.exportWrapper(mb, "java." + e.name(), key);
      b.exports.add(new Boundary.Method(e.name(), Boundary.paramNames(e.method()), Type.getArgumentTypes(e.method().desc),
          Type.getReturnType(e.method().desc)));
    }
  }

  /** The Java methods exports need beyond the exported methods themselves (reachability roots). */
  static List<String> roots(List<Jso.Export> exports) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Jso.Export e : exports) {
      java.util.List<Type> types = new java.util.ArrayList<>(List.of(Type.getArgumentTypes(e.method().desc)));
      types.add(Type.getReturnType(e.method().desc));
      for (Type t : types) {
        if (t.getSort() == Type.ARRAY) {
          out.addAll(JsCalls.arrayConversions(t));
        }
      }
    }
    return out;
  }
}
