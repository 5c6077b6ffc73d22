package org.cortado.patch.java.util.regex;

/** Declarations of java.util.regex.Lexer's members for the other regex patches; it changes nothing. */
class TLexer {
  static final int CHAR_RIGHT_PARENTHESIS = -536870871;
  static final int CHAR_VERTICAL_BAR = -536870788;

  public native boolean isEmpty();

  public native boolean isLetter();

  public native boolean isNextSpecial();

  public native int lookAhead();

  public native int peek();

  public native int next();
}
