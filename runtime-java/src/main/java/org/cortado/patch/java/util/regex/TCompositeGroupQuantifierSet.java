package org.cortado.patch.java.util.regex;

/**
 * Patches java.util.regex.CompositeGroupQuantifierSet ({n,m} over a group or a dot): the count of
 * iterations, kept in the match state, starts from zero for what follows the loop and is restored
 * when that fails. The classlib left it at its final value, so a loop entered again by an
 * enclosing one, as in "(?:.{1,2})+", could not iterate and the match failed.
 */
class TCompositeGroupQuantifierSet {
  protected TQuantifier quantifier;
  int setCounter;

  // The classlib's methods (declarations only: natives in patches are not merged).
  public native TAbstractSet getInnerSet();

  public native TAbstractSet getNext();

  public int matches(int stringIndex, CharSequence testString, TMatchResultImpl matchResult) {
    int count = matchResult.getEnterCounter(setCounter);
    TAbstractSet inner = getInnerSet();
    if (!inner.hasConsumed(matchResult) || count >= quantifier.max()) {
      return matchRest(stringIndex, testString, matchResult, count);
    }
    matchResult.setEnterCounter(setCounter, count + 1);
    int found = inner.matches(stringIndex, testString, matchResult);
    if (found >= 0) {
      return found;
    }
    matchResult.setEnterCounter(setCounter, count);
    return count >= quantifier.min() ? matchRest(stringIndex, testString, matchResult, count) : -1;
  }

  /** What follows the loop, with the count reset for loops that enter this one again. */
  private int matchRest(int stringIndex, CharSequence testString, TMatchResultImpl matchResult, int count) {
    matchResult.setEnterCounter(setCounter, 0);
    int found = getNext().matches(stringIndex, testString, matchResult);
    if (found < 0) {
      matchResult.setEnterCounter(setCounter, count);
    }
    return found;
  }
}
