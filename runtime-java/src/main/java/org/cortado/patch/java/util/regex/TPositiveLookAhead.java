package org.cortado.patch.java.util.regex;

/**
 * Patches java.util.regex.PositiveLookAhead: it consumes nothing, so the pattern may go on with any character.
 * The classlib answered from the assertion's own content, and a quantifier before it was then
 * made possessive: "ab*?(?!x)" matched "ab" instead of "a".
 */
class TPositiveLookAhead {
  public boolean first(TAbstractSet set) {
    return true;
  }
}
