package org.teavm.extension.spi.resources;

import java.util.Collection;
import org.teavm.extension.ExtensionEnvironment;

/** Stand-in (see org.teavm.extension.spi.substitution): no implementation exists on our class path. */
public interface ResourcesPolicy {
  void initialize(ExtensionEnvironment environment);

  String[] supplyResources(Collection<String> available);
}
