package org.teavm.extension.spi.reflection;

import java.util.Collection;
import org.teavm.extension.ExtensionEnvironment;
import org.teavm.extension.introspect.IntrospectClass;

/** Stand-in (see org.teavm.extension.spi.substitution): no implementation exists on our class path. */
public interface ReflectionPolicy {
  void initialize(ExtensionEnvironment environment);

  boolean isClassFoundByName(IntrospectClass cls);

  ProxyListener getProxyInterfaces(ProxyInterfaceConsumer consumer);

  Collection<?> classAccessibleMembers(IntrospectClass cls);
}
