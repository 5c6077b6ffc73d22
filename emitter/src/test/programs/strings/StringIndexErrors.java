import java.util.function.Supplier;
/** Index errors of String and StringBuilder: the JDK's exception types and messages. */
public class StringIndexErrors {
  static void show(String l, Supplier<Object> s) { try { System.out.println(l + " = " + s.get()); } catch (RuntimeException e) { System.out.println(l + " -> " + e); } }
  public static void main(String[] a) {
    String s = "hello";
    show("charAt(5)", () -> s.charAt(5));
    show("charAt(-1)", () -> s.charAt(-1));
    show("substring(6)", () -> s.substring(6));
    show("substring(-1)", () -> s.substring(-1));
    show("substring(3,2)", () -> s.substring(3, 2));
    show("substring(0,9)", () -> s.substring(0, 9));
    show("subSequence(2,9)", () -> s.subSequence(2, 9));
    show("codePointAt(7)", () -> s.codePointAt(7));
    show("codePointBefore(0)", () -> s.codePointBefore(0));
    show("codePointCount(3,1)", () -> s.codePointCount(3, 1));
    show("offsetByCodePoints(1,9)", () -> s.offsetByCodePoints(1, 9));
    show("getChars", () -> { s.getChars(2, 9, new char[10], 0); return "x"; });
    show("getChars dst", () -> { s.getChars(0, 5, new char[3], 0); return "x"; });
    show("valueOf(c,1,9)", () -> String.valueOf(new char[4], 1, 9));
    show("copyValueOf(c,1,9)", () -> String.copyValueOf(new char[4], 1, 9));
    show("repeat(-1)", () -> s.repeat(-1));
    StringBuilder sb = new StringBuilder("abc");
    show("sb.charAt(3)", () -> sb.charAt(3));
    show("sb.setCharAt(4)", () -> { sb.setCharAt(4, 'x'); return sb; });
    show("sb.deleteCharAt(3)", () -> sb.deleteCharAt(3));
    show("sb.insert(4)", () -> sb.insert(4, "x"));
    show("sb.insert(-1,c)", () -> sb.insert(-1, 'c'));
    show("sb.substring(2,1)", () -> sb.substring(2, 1));
    show("sb.substring(4)", () -> sb.substring(4));
    show("sb.delete(2,1)", () -> sb.delete(2, 1));
    show("sb.delete(4,5)", () -> sb.delete(4, 5));
    show("sb.replace(4,5,x)", () -> sb.replace(4, 5, "x"));
    show("sb.setLength(-1)", () -> { sb.setLength(-1); return sb; });
    show("sb.append(cs,1,9)", () -> sb.append("xyz", 1, 9));
    show("sb.append(c[],1,9)", () -> sb.append(new char[3], 1, 9));
    show("sb.insert(1,c[],1,9)", () -> sb.insert(1, new char[3], 1, 9));
    show("sb.getChars", () -> { sb.getChars(0, 9, new char[9], 0); return "x"; });
    show("sb.codePointAt(9)", () -> sb.codePointAt(9));
    show("sb.subSequence(1,0)", () -> sb.subSequence(1, 0));
    show("sb.reverse", () -> sb.reverse());
    show("sb.appendCodePoint(-1)", () -> sb.appendCodePoint(-1));
    show("sb.appendCodePoint(0x110000)", () -> sb.appendCodePoint(0x110000));
    show("sb.codePointBefore(0)", () -> sb.codePointBefore(0));
    show("sb.codePointCount(2,9)", () -> sb.codePointCount(2, 9));
    show("sb.replace(-1,2,x)", () -> sb.replace(-1, 2, "x"));
    show("sb after all", () -> sb + " length " + sb.length());
    StringBuilder grow = new StringBuilder("ab");
    grow.setLength(5);
    show("setLength pads with NUL", () -> (int) grow.charAt(4) + " length " + grow.length());
    StringBuilder pairs = new StringBuilder("x\uD83D\uDE00y\uD83D\uDE01");
    show("reverse keeps pairs", () -> pairs.reverse().codePoints().mapToObj(Integer::toHexString).reduce("", (p, q) -> p + q + " "));
    StringBuffer buf = new StringBuffer("xyz");
    show("buffer.charAt(5)", () -> buf.charAt(5));
    show("buffer.insert(9, 1)", () -> buf.insert(9, 1));
    show("buffer.substring(2, 1)", () -> buf.substring(2, 1));
    show("buffer.delete(1, 99)", () -> buf.delete(1, 99));
    show("new SIOOBE(3)", () -> new StringIndexOutOfBoundsException(3).getMessage());
    show("new AIOOBE(-3)", () -> new ArrayIndexOutOfBoundsException(-3).getMessage());
    show("new IOOBE(4)", () -> new IndexOutOfBoundsException(4).getMessage());
    show("new IOOBE()", () -> new IndexOutOfBoundsException().getMessage());
  }
}
