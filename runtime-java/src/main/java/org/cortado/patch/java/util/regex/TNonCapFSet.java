package org.cortado.patch.java.util.regex;

/**
 * Patches java.util.regex.NonCapFSet (the end of a non-capturing group): the consumed length it
 * records is undone when the rest of the pattern fails. The classlib left it behind, so a loop
 * such as "(?:a|b*)*" took a later empty iteration for progress and recursed until the stack
 * overflowed.
 */
class TNonCapFSet {
  // The classlib's methods (declarations only: natives in patches are not merged).
  public native int getGroupIndex();

  public native TAbstractSet getNext();

  public int matches(int stringIndex, CharSequence testString, TMatchResultImpl matchResult) {
    int group = getGroupIndex();
    int start = matchResult.getConsumed(group);
    matchResult.setConsumed(group, stringIndex - start);
    int shift = getNext().matches(stringIndex, testString, matchResult);
    if (shift < 0) {
      matchResult.setConsumed(group, start);
    }
    return shift;
  }
}
