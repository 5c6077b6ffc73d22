package org.cortado.patch.java.lang;

import org.cortado.runtime.ReplaceClass;

/** Missing from teavm-classlib: wraps an exception thrown by a static initialiser. */
@ReplaceClass
public class TExceptionInInitializerError extends LinkageError {
  private static final long serialVersionUID = 1521711792217232256L;

  public TExceptionInInitializerError() {
    super();
  }

  public TExceptionInInitializerError(Throwable thrown) {
    super(null, thrown);
  }

  public TExceptionInInitializerError(String message) {
    super(message);
  }

  public Throwable getException() {
    return getCause();
  }
}
