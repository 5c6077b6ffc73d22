package org.cortado.patch.java.util.regex;

/**
 * Patches java.util.regex.SingleSet (a group without alternatives): when it starts a match found
 * by searching, a later iteration of an enclosing quantifier keeps the group's start, so "(a)+"
 * captures the last "a" as in the JDK (the classlib overwrote it with the first position).
 */
class TSingleSet {
  protected TAbstractSet kid;

  // The classlib's method (a declaration only: natives in patches are not merged).
  public native int getGroup();

  public int find(int stringIndex, CharSequence testString, TMatchResultImpl matchResult) {
    int group = getGroup();
    int saved = matchResult.getStart(group);
    matchResult.setStart(group, -1);
    int found = kid.find(stringIndex, testString, matchResult);
    if (found < 0) {
      matchResult.setStart(group, saved);
    } else if (matchResult.getStart(group) < 0) {
      matchResult.setStart(group, found);
    }
    return found;
  }

  public int findBack(int stringIndex, int lastIndex, CharSequence testString, TMatchResultImpl matchResult) {
    int group = getGroup();
    int saved = matchResult.getStart(group);
    matchResult.setStart(group, -1);
    int found = kid.findBack(stringIndex, lastIndex, testString, matchResult);
    if (found < 0) {
      matchResult.setStart(group, saved);
    } else if (matchResult.getStart(group) < 0) {
      matchResult.setStart(group, found);
    }
    return found;
  }
}
