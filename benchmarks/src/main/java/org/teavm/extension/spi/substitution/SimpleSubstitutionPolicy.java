package org.teavm.extension.spi.substitution;

import java.util.function.Predicate;

/** Base class of teavm-classlib's policy, which uses the two package predicates. */
public abstract class SimpleSubstitutionPolicy implements SubstitutionPolicy {
  /** Classes directly in {@code pkg}. */
  protected static Predicate<String> inPackage(String pkg) {
    String prefix = pkg + ".";
    return name -> name.startsWith(prefix) && name.indexOf('.', prefix.length()) < 0;
  }

  /** Classes in {@code pkg}, and in its subpackages when asked. */
  protected static Predicate<String> inPackage(String pkg, boolean includeSubpackages) {
    String prefix = pkg + ".";
    return includeSubpackages ? name -> name.startsWith(prefix) : inPackage(pkg);
  }
}
