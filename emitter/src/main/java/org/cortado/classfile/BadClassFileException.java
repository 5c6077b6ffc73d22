package org.cortado.classfile;

/** A class file that cannot be read: truncated, corrupt, or not the class its path promises. */
public final class BadClassFileException extends RuntimeException {
  public final String className;

  public BadClassFileException(String className, Throwable cause) {
    super("cannot read class " + className.replace('/', '.') + ": corrupt or truncated class file ("
        + cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : "") + ")", cause);
    this.className = className;
  }

  public BadClassFileException(String className, String problem) {
    super("cannot read class " + className.replace('/', '.') + ": " + problem);
    this.className = className;
  }
}
