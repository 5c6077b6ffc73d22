package org.cortado.analysis;

/** A class referenced by reachable code that is on neither the classpath nor in the JDK. */
public final class MissingClassException extends RuntimeException {
  public final String className;

  public MissingClassException(String className) {
    super("class not found: " + className.replace('/', '.'));
    this.className = className;
  }
}
