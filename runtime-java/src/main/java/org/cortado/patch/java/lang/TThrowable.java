package org.cortado.patch.java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.cortado.runtime.ReplaceClass;

/**
 * java.lang.Throwable with the JDK's observable behaviour: message, cause, suppressed exceptions,
 * toString and printStackTrace. Wasm gives no portable stack walk, so the stack trace is empty.
 */
@ReplaceClass
public class TThrowable implements java.io.Serializable {
  private static final long serialVersionUID = -3042686055658047285L;
  private String detailMessage;
  private Throwable cause = self();
  private Throwable[] suppressed;
  private boolean enableSuppression = true;
  /** Null until set: no static initialiser, so exception classes need no initialisation checks. */
  private StackTraceElement[] stackTrace;

  public TThrowable() {
  }

  public TThrowable(String message) {
    detailMessage = message;
  }

  public TThrowable(String message, Throwable cause) {
    detailMessage = message;
    this.cause = cause;
  }

  public TThrowable(Throwable cause) {
    detailMessage = cause == null ? null : cause.toString();
    this.cause = cause;
  }

  protected TThrowable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
    detailMessage = message;
    this.cause = cause;
    this.enableSuppression = enableSuppression;
  }

  private Throwable self() {
    return (Throwable) (Object) this;
  }

  public String getMessage() {
    return detailMessage;
  }

  public String getLocalizedMessage() {
    return getMessage();
  }

  public synchronized Throwable getCause() {
    return cause == self() ? null : cause;
  }

  public synchronized Throwable initCause(Throwable cause) {
    if (this.cause != self()) {
      throw new IllegalStateException("Can't overwrite cause with " + java.util.Objects.toString(cause, "a null"), self());
    }
    if (cause == self()) {
      throw new IllegalArgumentException("Self-causation not permitted", self());
    }
    this.cause = cause;
    return self();
  }

  @Override public String toString() {
    String s = getClass().getName();
    String message = getLocalizedMessage();
    return message != null ? s + ": " + message : s;
  }

  public synchronized Throwable fillInStackTrace() {
    return self();
  }

  public StackTraceElement[] getStackTrace() {
    return stackTrace == null ? new StackTraceElement[0] : stackTrace.clone();
  }

  public void setStackTrace(StackTraceElement[] stackTrace) {
    StackTraceElement[] copy = stackTrace.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw new NullPointerException("stackTrace[" + i + "]");
      }
    }
    this.stackTrace = copy;
  }

  public final synchronized void addSuppressed(Throwable exception) {
    if (exception == self()) {
      throw new IllegalArgumentException("Self-suppression not permitted", exception);
    }
    if (exception == null) {
      throw new NullPointerException("Cannot suppress a null exception.");
    }
    if (!enableSuppression) {
      return;
    }
    if (suppressed == null) {
      suppressed = new Throwable[] {exception};
    } else {
      Throwable[] grown = new Throwable[suppressed.length + 1];
      System.arraycopy(suppressed, 0, grown, 0, suppressed.length);
      grown[suppressed.length] = exception;
      suppressed = grown;
    }
  }

  public final synchronized Throwable[] getSuppressed() {
    return suppressed == null ? new Throwable[0] : suppressed.clone();
  }

  public void printStackTrace() {
    printStackTrace(System.err);
  }

  public void printStackTrace(PrintStream s) {
    s.println(this);
    for (StackTraceElement e : getStackTrace()) {
      s.println("\tat " + e);
    }
    if (suppressed != null) {
      for (Throwable t : suppressed) {
        s.print("\tSuppressed: ");
        t.printStackTrace(s);
      }
    }
    Throwable c = getCause();
    if (c != null) {
      s.print("Caused by: ");
      c.printStackTrace(s);
    }
  }

  public void printStackTrace(PrintWriter s) {
    s.println(this);
    for (StackTraceElement e : getStackTrace()) {
      s.println("\tat " + e);
    }
    Throwable c = getCause();
    if (c != null) {
      s.print("Caused by: ");
      c.printStackTrace(s);
    }
  }
}
