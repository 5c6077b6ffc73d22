package org.cortado.patch.java.util.regex;

/**
 * Patches java.util.regex.PossessiveGroupQuantifierSet ("(X)*+"): an iteration that matches the
 * empty string ends the loop. The classlib repeated it forever, as in "(a?)*+" after the start.
 */
class TPossessiveGroupQuantifierSet {
  // The classlib's methods (declarations only: natives in patches are not merged).
  public native TAbstractSet getInnerSet();

  public native TAbstractSet getNext();

  public int matches(int stringIndex, CharSequence testString, TMatchResultImpl matchResult) {
    TAbstractSet inner = getInnerSet();
    int end;
    while ((end = inner.matches(stringIndex, testString, matchResult)) > stringIndex) {
      stringIndex = end;
    }
    return getNext().matches(stringIndex, testString, matchResult);
  }
}
