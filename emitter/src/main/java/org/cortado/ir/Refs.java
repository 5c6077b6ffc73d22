package org.cortado.ir;

import org.objectweb.asm.Type;

/** Symbolic references to fields and methods, as in the constant pool. */
public final class Refs {
  private Refs() {
  }

  /** A field reference: declaring (or referencing) class, name and descriptor. */
  public record FieldRef(String owner, String name, String desc) {
    public Type type() {
      return Type.getType(desc);
    }

    @Override public String toString() {
      return owner.replace('/', '.') + "." + name;
    }
  }

  /** A method reference as it appears at a call site. */
  public record MethodRef(String owner, String name, String desc, boolean itf) {
    public Type returnType() {
      return Type.getReturnType(desc);
    }

    public Type[] argTypes() {
      return Type.getArgumentTypes(desc);
    }

    @Override public String toString() {
      return owner.replace('/', '.') + "." + name + desc;
    }
  }
}
