package org.teavm.extension.spi.substitution;

import java.util.function.Predicate;

/** Implemented by teavm-core; teavm-classlib calls both methods. */
public interface SubstitutionSink {
  ClassSubstitutionPolicy selectClasses(Predicate<String> classNames);

  /** Every class in {@code from} and its subpackages is looked up in {@code to} instead. */
  default void substitutePackage(String from, String to) {
    selectClasses(SimpleSubstitutionPolicy.inPackage(from, true)).replacePackage(from, to);
  }
}
