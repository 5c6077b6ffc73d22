package org.cortado.patch.java.lang;

import org.cortado.runtime.ReplaceClass;
import org.cortado.runtime.Rename;
import org.cortado.runtime.VTable;
import org.cortado.runtime.Wasm;

/** java.lang.Object: identity lives in the object header the emitter lays out (vtable, hash). */
@ReplaceClass
public class TObject {
  public TObject() {
  }

  @Rename("getClass")
  public final Class<?> getClass0() {
    return TClass.of(VTable.of(this));
  }

  @Override public int hashCode() {
    return Wasm.identityHashCode(this);
  }

  @Override public boolean equals(Object other) {
    return (Object) this == other;
  }

  @Override public String toString() {
    return getClass().getName() + "@" + Integer.toHexString(hashCode());
  }

  @Override protected Object clone() throws CloneNotSupportedException {
    Object self = this;
    if (!(self instanceof Cloneable)) {
      throw new CloneNotSupportedException(getClass().getName());
    }
    return Wasm.shallowClone(self);
  }

  @Rename("notify")
  public final void notify0() {
  }

  @Rename("notifyAll")
  public final void notifyAll0() {
  }

  @Rename("wait")
  public final void wait0() throws InterruptedException {
    throw new IllegalMonitorStateException("wait() is not supported: there is one thread");
  }

  @Rename("wait")
  public final void wait0(long millis) throws InterruptedException {
    wait0();
  }

  @Rename("wait")
  public final void wait0(long millis, int nanos) throws InterruptedException {
    wait0();
  }

  @SuppressWarnings("deprecation")
  @Override protected void finalize() throws Throwable {
  }
}
