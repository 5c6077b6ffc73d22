package org.teavm.extension.spi.substitution;

/** Implemented by teavm-core: how a selected class name is rewritten. */
public interface ClassSubstitutionPolicy {
  ClassSubstitutionPolicy simpleNamePrefix(String prefix);

  ClassSubstitutionPolicy simpleNameSuffix(String suffix);

  ClassSubstitutionPolicy packagePrefix(String prefix);

  ClassSubstitutionPolicy packageSuffix(String suffix);

  ClassSubstitutionPolicy replacePackage(String from, String to);

  ClassSubstitutionPolicy dontFallbackWhenNoSubstitution();
}
