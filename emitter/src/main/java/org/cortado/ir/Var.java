package org.cortado.ir;

import org.objectweb.asm.Type;

/**
 * A method-local variable. Variables are mutable (not SSA): a JVM local slot or operand-stack
 * slot of one kind becomes one variable. The type of a reference variable starts as the declared
 * or most general type and is narrowed by {@code InferTypes}.
 */
public final class Var {
  public final int id;
  public final String name;
  public Type type;

  public Var(int id, String name, Type type) {
    this.id = id;
    this.name = name;
    this.type = type;
  }

  @Override public String toString() {
    return name;
  }
}
