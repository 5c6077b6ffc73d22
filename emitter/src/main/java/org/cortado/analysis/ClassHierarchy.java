package org.cortado.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cortado.classfile.ClassRepository;
import org.cortado.ir.Expr;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/** Class lookups and JVM resolution rules (JVMS 5.4.3) over the class repository. */
public final class ClassHierarchy {
  private final ClassRepository repo;
  private final Map<String, Set<String>> ancestors = new HashMap<>();

  public ClassHierarchy(ClassRepository repo) {
    this.repo = repo;
  }

  /** The class, or null if it does not exist. */
  public ClassNode find(String name) {
    return repo.get(name);
  }

  /** The class; throws {@link MissingClassException} if it does not exist. */
  public ClassNode get(String name) {
    ClassNode cn = repo.get(name);
    if (cn == null) {
      throw new MissingClassException(name);
    }
    return cn;
  }

  public boolean isInterface(String name) {
    return (get(name).access & Opcodes.ACC_INTERFACE) != 0;
  }

  /** A method found by resolution, with the class that declares it. */
  public record Resolved<T>(ClassNode owner, T member) { }

  /** All superclasses and superinterfaces of {@code name}, including itself. */
  public Set<String> ancestors(String name) {
    Set<String> cached = ancestors.get(name);
    if (cached != null) {
      return cached;
    }
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    ClassNode cn = get(name);
    if (cn.superName != null) {
      out.addAll(ancestors(cn.superName));
    }
    for (String i : cn.interfaces) {
      out.addAll(ancestors(i));
    }
    ancestors.put(name, out);
    return out;
  }

  /** Whether values of type {@code sub} are assignable to {@code sup} (references only). */
  public boolean isAssignable(Type sub, Type sup) {
    if (sub.equals(sup) || sup.equals(Expr.OBJECT) || sub.equals(Expr.NULL_TYPE)) {
      return true;
    }
    if (sub.getSort() == Type.ARRAY) {
      if (sup.getSort() == Type.ARRAY) {
        Type a = sub.getElementType().getSort() >= Type.ARRAY && sub.getDimensions() > 1
            ? Type.getType(sub.getDescriptor().substring(1)) : Type.getType(sub.getDescriptor().substring(1));
        Type b = Type.getType(sup.getDescriptor().substring(1));
        if (a.getSort() < Type.ARRAY || b.getSort() < Type.ARRAY) {
          return a.equals(b);
        }
        return isAssignable(a, b);
      }
      String n = sup.getInternalName();
      return n.equals("java/lang/Cloneable") || n.equals("java/io/Serializable");
    }
    if (sup.getSort() != Type.OBJECT || sub.getSort() != Type.OBJECT) {
      return false;
    }
    return ancestors(sub.getInternalName()).contains(sup.getInternalName());
  }

  /** The least upper bound of two reference types, approximated as the JVM verifier does. */
  public Type lub(Type a, Type b) {
    if (a.equals(b) || b.equals(Expr.NULL_TYPE)) {
      return a;
    }
    if (a.equals(Expr.NULL_TYPE)) {
      return b;
    }
    if (isAssignable(a, b)) {
      return b;
    }
    if (isAssignable(b, a)) {
      return a;
    }
    if (a.getSort() == Type.ARRAY && b.getSort() == Type.ARRAY) {
      Type ea = Type.getType(a.getDescriptor().substring(1));
      Type eb = Type.getType(b.getDescriptor().substring(1));
      if (ea.getSort() >= Type.ARRAY && eb.getSort() >= Type.ARRAY) {
        return Type.getType("[" + lub(ea, eb).getDescriptor());
      }
      return Expr.OBJECT;
    }
    if (a.getSort() == Type.OBJECT && b.getSort() == Type.OBJECT
        && !isInterface(a.getInternalName()) && !isInterface(b.getInternalName())) {
      Set<String> supers = new LinkedHashSet<>();
      for (String c = a.getInternalName(); c != null; c = get(c).superName) {
        supers.add(c);
      }
      for (String c = b.getInternalName(); c != null; c = get(c).superName) {
        if (supers.contains(c)) {
          return Type.getObjectType(c);
        }
      }
    }
    return Expr.OBJECT;
  }

  /** Field resolution: the class itself, its superinterfaces, then its superclasses. */
  public Resolved<FieldNode> resolveField(String owner, String name, String desc) {
    ClassNode cn = find(owner);
    if (cn == null) {
      return null;
    }
    for (FieldNode f : cn.fields) {
      if (f.name.equals(name) && f.desc.equals(desc)) {
        return new Resolved<>(cn, f);
      }
    }
    for (String i : cn.interfaces) {
      Resolved<FieldNode> r = resolveField(i, name, desc);
      if (r != null) {
        return r;
      }
    }
    return cn.superName == null ? null : resolveField(cn.superName, name, desc);
  }

  /**
   * Method resolution: the class and its superclasses first, then the maximally specific
   * superinterface method (a default method is preferred over an abstract one).
   */
  public Resolved<MethodNode> resolveMethod(String owner, String name, String desc) {
    for (String c = owner; c != null; ) {
      ClassNode cn = find(c);
      if (cn == null) {
        return null;
      }
      MethodNode m = declared(cn, name, desc);
      if (m != null) {
        return new Resolved<>(cn, m);
      }
      c = cn.superName;
    }
    return resolveInterfaceMethod(owner, name, desc);
  }

  private Resolved<MethodNode> resolveInterfaceMethod(String owner, String name, String desc) {
    Resolved<MethodNode> found = null;
    for (String a : ancestors(owner)) {
      ClassNode cn = get(a);
      if ((cn.access & Opcodes.ACC_INTERFACE) == 0) {
        continue;
      }
      MethodNode m = declared(cn, name, desc);
      if (m != null && (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0) {
        if (found == null || (isMoreSpecific(cn.name, found.owner().name) && !isAbstract(m))
            || (isAbstract(found.member()) && !isAbstract(m))) {
          found = new Resolved<>(cn, m);
        }
      }
    }
    return found;
  }

  /** A stub for a method the class lacks, if the user stubbed it ({@code --stub}); else null. */
  public Resolved<MethodNode> stubMissing(String owner, String name, String desc, boolean isStatic) {
    ClassNode cn = find(owner);
    MethodNode m = cn == null ? null : repo.stubs().missing(cn, name, desc, isStatic);
    return m == null ? null : new Resolved<>(cn, m);
  }

  /**
   * The method invoked by a virtual call on an object of class {@code cls}: the nearest
   * non-abstract declaration in the superclass chain, else the most specific default method.
   */
  public Resolved<MethodNode> dispatch(String cls, String name, String desc) {
    for (String c = cls; c != null; ) {
      ClassNode cn = get(c);
      MethodNode m = declared(cn, name, desc);
      if (m != null && (m.access & Opcodes.ACC_STATIC) == 0 && !isAbstract(m)) {
        return new Resolved<>(cn, m);
      }
      c = cn.superName;
    }
    Resolved<MethodNode> itf = resolveInterfaceMethod(cls, name, desc);
    return itf != null && !isAbstract(itf.member()) ? itf : null;
  }

  private boolean isMoreSpecific(String a, String b) {
    return ancestors(a).contains(b);
  }

  public static boolean isAbstract(MethodNode m) {
    return (m.access & Opcodes.ACC_ABSTRACT) != 0;
  }

  public static MethodNode declared(ClassNode cn, String name, String desc) {
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name) && m.desc.equals(desc)) {
        return m;
      }
    }
    return null;
  }

  /** Direct superclass and superinterfaces. */
  public List<String> supertypes(String name) {
    ClassNode cn = get(name);
    List<String> out = new ArrayList<>();
    if (cn.superName != null) {
      out.add(cn.superName);
    }
    out.addAll(cn.interfaces);
    return out;
  }
}
