package org.cortado.classfile;

/** Thrown for a bootstrap method we don't support; message names the bootstrap and the site (class.method). */
public final class UnsupportedInvokeDynamicException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param bootstrap the bootstrap method as {@code owner.name}, internal or binary owner name
   * @param site the containing method as {@code class.method}
   * @param detail why a known bootstrap's arguments are not supported, or null
   */
  public UnsupportedInvokeDynamicException(String bootstrap, String site, String detail) {
    super("unsupported invokedynamic bootstrap " + bootstrap.replace('/', '.') + " in "
        + site.replace('/', '.') + (detail == null ? "" : ": " + detail));
  }
}
