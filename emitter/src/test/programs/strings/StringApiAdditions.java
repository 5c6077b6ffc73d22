/** String, StringBuilder and CharSequence API from JDK 11-15: lines, indent, transform, compareTo, CharSequence.compare. */
public class StringApiAdditions {
  /** A CharSequence that only implements the abstract methods (isEmpty is a default method). */
  static class Letters implements CharSequence {
    final int n;

    Letters(int n) {
      this.n = n;
    }

    @Override public int length() {
      return n;
    }

    @Override public char charAt(int index) {
      return (char) ('a' + index);
    }

    @Override public CharSequence subSequence(int start, int end) {
      return toString().substring(start, end);
    }

    @Override public String toString() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(charAt(i));
      }
      return sb.toString();
    }
  }

  static String show(String s) {
    return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }

  public static void main(String[] args) {
    String[] texts = {"", "one", "one\ntwo", "a\r\nb\rc\n", "\n\nx\n\n", "  indented\n\tTab\n    deep", "trailing\r", "\r\n"};
    for (String t : texts) {
      System.out.println("[" + show(t) + "] lines=" + t.lines().map(l -> "<" + l + ">").reduce("", String::concat) + " count="
          + t.lines().count() + " indent(2)=[" + show(t.indent(2)) + "] indent(-2)=[" + show(t.indent(-2)) + "] indent(0)=["
          + show(t.indent(0)) + "] indent(-99)=[" + show(t.indent(-99)) + "]");
    }
    System.out.println("transform: " + "abc".transform(s -> s.length() * 10) + " " + "x".transform(s -> s + s));
    System.out.println("strip: [" + "  a b  ".strip() + "] [" + "  a b  ".stripLeading() + "] [" + "  a b  ".stripTrailing() + "] "
        + "   ".isBlank() + " " + " x ".isBlank());
    System.out.println("repeat: " + "ab".repeat(3) + "|" + "".repeat(5) + "|" + "z".repeat(0) + "|");
    StringBuilder[] sbs = {new StringBuilder("apple"), new StringBuilder("apples"), new StringBuilder("apricot"), new StringBuilder(""),
        new StringBuilder("Apple")};
    for (StringBuilder a : sbs) {
      StringBuilder row = new StringBuilder("compareTo " + a + ":");
      for (StringBuilder b : sbs) {
        row.append(' ').append(a.compareTo(b));
      }
      System.out.println(row);
    }
    StringBuffer b1 = new StringBuffer("mango");
    System.out.println("StringBuffer.compareTo: " + b1.compareTo(new StringBuffer("man")) + " " + b1.compareTo(new StringBuffer("mango"))
        + " " + b1.compareTo(new StringBuffer("mangoes")));
    java.util.List<StringBuilder> list = new java.util.ArrayList<>(java.util.List.of(sbs));
    java.util.Collections.sort(list);
    System.out.println("sorted builders: " + list);
    CharSequence[] css = {"abc", new StringBuilder("abd"), new Letters(3), "ab", new Letters(0), new StringBuffer("abc")};
    for (CharSequence a : css) {
      StringBuilder row = new StringBuilder("compare " + a + ":");
      for (CharSequence b : css) {
        row.append(' ').append(CharSequence.compare(a, b));
      }
      System.out.println(row + " isEmpty " + a.isEmpty());
    }
    try {
      CharSequence.compare(null, "x");
    } catch (NullPointerException e) {
      System.out.println("compare(null, x) -> NullPointerException");
    }
    byte[] dst = new byte[6];
    "h\u00e9llo\u20ac".getBytes(1, 6, dst, 0);
    System.out.println("getBytes(int, int, byte[], int): " + java.util.Arrays.toString(dst));
    System.out.println("valueOf(char[], 1, 2) = " + String.valueOf(new char[] {'a', 'b', 'c'}, 1, 2) + ", copyValueOf = "
        + String.copyValueOf(new char[] {'x', 'y'}, 0, 2));
  }
}
