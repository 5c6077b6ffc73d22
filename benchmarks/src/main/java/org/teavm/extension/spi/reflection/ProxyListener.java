package org.teavm.extension.spi.reflection;

import org.teavm.extension.introspect.IntrospectClass;

/** Stand-in (see org.teavm.extension.spi.substitution). */
@FunctionalInterface
public interface ProxyListener {
  void onClassAdded(IntrospectClass cls);
}
