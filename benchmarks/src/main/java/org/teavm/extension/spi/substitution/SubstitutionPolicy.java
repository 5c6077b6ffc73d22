package org.teavm.extension.spi.substitution;

/** Found with ServiceLoader; teavm-classlib's implementation maps java.* names to its T-classes. */
public interface SubstitutionPolicy {
  void contribute(SubstitutionSink sink);
}
