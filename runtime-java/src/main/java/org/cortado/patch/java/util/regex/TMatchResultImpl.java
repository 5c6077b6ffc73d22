package org.cortado.patch.java.util.regex;

/** Patches java.util.regex.MatchResultImpl: the JDK's messages when there is no match or no such group. */
class TMatchResultImpl {
  private boolean valid;
  private int groupCount; // the classlib counts group 0 too
  private CharSequence string;

  // The classlib's methods (declarations only: natives in patches are not merged).
  public native int start(int group);

  public native int end(int group);

  protected native boolean isValid();

  native int getStart(int group);

  native void setStart(int group, int offset);

  public native int getConsumed(int counter);

  public native void setConsumed(int counter, int value);

  public native int getEnterCounter(int counter);

  public native void setEnterCounter(int counter, int value);

  private void checkGroup(int group) {
    if (!valid) {
      throw new IllegalStateException("No match available");
    }
    if (group < 0 || group >= groupCount) {
      throw new IndexOutOfBoundsException("No group " + group);
    }
  }

  public String group(int group) {
    if (!valid) {
      throw new IllegalStateException("No match found");
    }
    int start = start(group);
    return start < 0 ? null : string.subSequence(start, end(group)).toString();
  }
}
