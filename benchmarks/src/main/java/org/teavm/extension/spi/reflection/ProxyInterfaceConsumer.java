package org.teavm.extension.spi.reflection;

import java.util.List;

/** Stand-in (see org.teavm.extension.spi.substitution). */
@FunctionalInterface
public interface ProxyInterfaceConsumer {
  void accept(List<String> interfaces);
}
