import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * StringBuilder and StringBuffer as on JDK 17: exception classes and messages, capacity growth,
 * surrogate handling in reverse, setLength padding, search edges, compareTo.
 */
public class StringBuilderExact {
    static String text = "ab";
    static String nul = null;
    static char[] nullChars = null;

    /** Non-ASCII and control characters as \\uXXXX, since HotSpot encodes stdout by locale. */
    static String esc(Object o) {
        String s = String.valueOf(o);
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 32 && c < 127) {
                r.append(c);
            } else {
                String h = Integer.toHexString(c);
                r.append("\\u").append("0000", h.length(), 4).append(h);
            }
        }
        return r.toString();
    }

    static String show(Object r) {
        if (r instanceof CharSequence && !(r instanceof String)) {
            CharSequence cs = (CharSequence) r;
            return "[" + esc(cs) + "]" + (r instanceof StringBuilder ? " cap=" + ((StringBuilder) r).capacity() : "")
                    + (r instanceof StringBuffer ? " cap=" + ((StringBuffer) r).capacity() : "");
        }
        return esc(r);
    }

    static void t(String label, Function<StringBuilder, Object> f) {
        StringBuilder sb = new StringBuilder(text);
        try {
            Object r = f.apply(sb);
            System.out.println(label + " = " + show(r) + " / sb=[" + esc(sb) + "]");
        } catch (NullPointerException e) {
            System.out.println(label + " threw " + e.getClass().getName() + " / sb=[" + esc(sb) + "]");
        } catch (RuntimeException | OutOfMemoryError e) {
            System.out.println(label + " threw " + e + " / sb=[" + esc(sb) + "]");
        }
    }

    static void b(String label, Function<StringBuffer, Object> f) {
        StringBuffer sb = new StringBuffer(text);
        try {
            Object r = f.apply(sb);
            System.out.println("buf " + label + " = " + show(r) + " / sb=[" + esc(sb) + "]");
        } catch (NullPointerException e) {
            System.out.println("buf " + label + " threw " + e.getClass().getName());
        } catch (RuntimeException e) {
            System.out.println("buf " + label + " threw " + e);
        }
    }

    static String codes(CharSequence s) {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) r.append(' ');
            r.append(Integer.toHexString(s.charAt(i)));
        }
        return r.toString();
    }

    public static void main(String[] args) {
        // charAt and friends: index checks
        t("charAt(5)", sb -> sb.charAt(5));
        t("charAt(2)", sb -> sb.charAt(2));
        t("charAt(-1)", sb -> sb.charAt(-1));
        t("charAt(1)", sb -> sb.charAt(1));
        t("deleteCharAt(5)", sb -> sb.deleteCharAt(5));
        t("deleteCharAt(2)", sb -> sb.deleteCharAt(2));
        t("deleteCharAt(-1)", sb -> sb.deleteCharAt(-1));
        t("deleteCharAt(0)", sb -> sb.deleteCharAt(0));
        t("setCharAt(5)", sb -> { sb.setCharAt(5, 'x'); return "ok"; });
        t("setCharAt(2)", sb -> { sb.setCharAt(2, 'x'); return "ok"; });
        t("setCharAt(-1)", sb -> { sb.setCharAt(-1, 'x'); return "ok"; });
        t("setCharAt(1)", sb -> { sb.setCharAt(1, 'x'); return "ok"; });
        // insert offset checks, for every overload
        t("insert(5,String)", sb -> sb.insert(5, "x"));
        t("insert(-1,String)", sb -> sb.insert(-1, "x"));
        t("insert(2,String)", sb -> sb.insert(2, "x"));
        t("insert(3,char)", sb -> sb.insert(3, 'x'));
        t("insert(3,int)", sb -> sb.insert(3, 12));
        t("insert(3,long)", sb -> sb.insert(3, 12L));
        t("insert(3,boolean)", sb -> sb.insert(3, true));
        t("insert(3,double)", sb -> sb.insert(3, 1.5));
        t("insert(3,float)", sb -> sb.insert(3, 1.5f));
        t("insert(3,Object)", sb -> sb.insert(3, (Object) "x"));
        t("insert(3,char[])", sb -> sb.insert(3, new char[] { 'x' }));
        t("insert(3,CharSequence)", sb -> sb.insert(3, (CharSequence) "x"));
        t("insert(3,cs,0,1)", sb -> sb.insert(3, "xyz", 0, 1));
        t("insert(1,cs,2,1)", sb -> sb.insert(1, "xyz", 2, 1));
        t("insert(1,cs,0,4)", sb -> sb.insert(1, "xyz", 0, 4));
        t("insert(1,cs,-1,2)", sb -> sb.insert(1, "xyz", -1, 2));
        t("insert(1,null cs,0,2)", sb -> sb.insert(1, (CharSequence) null, 0, 2));
        t("insert(1,null cs,0,5)", sb -> sb.insert(1, (CharSequence) null, 0, 5));
        t("insert(1,null cs)", sb -> sb.insert(1, (CharSequence) null));
        t("insert(1,null String)", sb -> sb.insert(1, nul));
        t("insert(1,null Object)", sb -> sb.insert(1, (Object) null));
        t("insert(1,null char[])", sb -> sb.insert(1, nullChars));
        t("insert(3,char[],0,1)", sb -> sb.insert(3, new char[] { 'x' }, 0, 1));
        t("insert(1,char[],1,1)", sb -> sb.insert(1, new char[] { 'x' }, 1, 1));
        t("insert(1,char[],0,2)", sb -> sb.insert(1, new char[] { 'x' }, 0, 2));
        t("insert(1,char[],-1,1)", sb -> sb.insert(1, new char[] { 'x' }, -1, 1));
        t("insert(1,char[],0,-1)", sb -> sb.insert(1, new char[] { 'x' }, 0, -1));
        t("insert(1,char[],1,0)", sb -> sb.insert(1, new char[] { 'x', 'y' }, 1, 1));
        // substring, subSequence
        t("substring(3)", sb -> sb.substring(3));
        t("substring(2)", sb -> "[" + sb.substring(2) + "]");
        t("substring(-1)", sb -> sb.substring(-1));
        t("substring(3,2)", sb -> sb.substring(3, 2));
        t("substring(1,0)", sb -> sb.substring(1, 0));
        t("substring(0,3)", sb -> sb.substring(0, 3));
        t("substring(-1,1)", sb -> sb.substring(-1, 1));
        t("subSequence(1,3)", sb -> sb.subSequence(1, 3));
        t("subSequence(0,1)", sb -> sb.subSequence(0, 1) instanceof String);
        // delete and replace
        t("delete(0,5)", sb -> sb.delete(0, 5));
        t("delete(1,1)", sb -> sb.delete(1, 1));
        t("delete(2,5)", sb -> sb.delete(2, 5));
        t("delete(3,5)", sb -> sb.delete(3, 5));
        t("delete(-1,1)", sb -> sb.delete(-1, 1));
        t("delete(2,1)", sb -> sb.delete(2, 1));
        t("delete(3,3)", sb -> sb.delete(3, 3));
        t("replace(0,1,xyz)", sb -> sb.replace(0, 1, "xyz"));
        t("replace(0,9,xyz)", sb -> sb.replace(0, 9, "xyz"));
        t("replace(2,2,xyz)", sb -> sb.replace(2, 2, "xyz"));
        t("replace(3,3,xyz)", sb -> sb.replace(3, 3, "xyz"));
        t("replace(-1,1,xyz)", sb -> sb.replace(-1, 1, "xyz"));
        t("replace(2,1,xyz)", sb -> sb.replace(2, 1, "xyz"));
        t("replace(0,1,null)", sb -> sb.replace(0, 1, nul));
        t("replace(1,2,\"\")", sb -> sb.replace(1, 2, ""));
        // append ranges
        t("append(cs,0,1)", sb -> sb.append("xyz", 0, 1));
        t("append(cs,1,0)", sb -> sb.append("xyz", 1, 0));
        t("append(cs,0,4)", sb -> sb.append("xyz", 0, 4));
        t("append(cs,-1,1)", sb -> sb.append("xyz", -1, 1));
        t("append(null cs,1,3)", sb -> sb.append((CharSequence) null, 1, 3));
        t("append(null cs,0,5)", sb -> sb.append((CharSequence) null, 0, 5));
        t("append(char[],1,1)", sb -> sb.append(new char[] { 'x', 'y' }, 1, 1));
        t("append(char[],1,2)", sb -> sb.append(new char[] { 'x', 'y' }, 1, 2));
        t("append(char[],-1,1)", sb -> sb.append(new char[] { 'x', 'y' }, -1, 1));
        t("append(char[],0,-1)", sb -> sb.append(new char[] { 'x', 'y' }, 0, -1));
        t("append(null char[])", sb -> sb.append(nullChars));
        t("append(null String)", sb -> sb.append(nul));
        t("append(null StringBuffer)", sb -> sb.append((StringBuffer) null));
        t("append(null Object)", sb -> sb.append((Object) null));
        t("append(null CharSequence)", sb -> sb.append((CharSequence) null));
        t("append(self)", sb -> sb.append(sb));
        t("append(sb buffer)", sb -> sb.append(new StringBuffer("buf")));
        t("insert(0,self)", sb -> sb.insert(0, sb));
        t("insert(1,self,0,2)", sb -> sb.insert(1, sb, 0, 2));
        t("append numbers", sb -> sb.append(Integer.MIN_VALUE).append(' ').append(Long.MIN_VALUE).append(' ')
                .append(-0.0).append(' ').append(1e21).append(' ').append(0.1f).append(' ').append(Float.NaN)
                .append(' ').append(0).append(' ').append(-1L).append(' ').append(Integer.MAX_VALUE)
                .append(' ').append(Long.MAX_VALUE).append(' ').append((short) -5).append(' ').append((byte) 127));
        t("insert numbers", sb -> sb.insert(1, Integer.MIN_VALUE).insert(1, Long.MAX_VALUE).insert(0, -7)
                .insert(0, 1e-5).insert(0, 3.0f));
        // code points
        t("appendCodePoint(0x1F600)", sb -> codes(sb.appendCodePoint(0x1F600)));
        t("appendCodePoint(0x41)", sb -> sb.appendCodePoint(0x41));
        t("appendCodePoint(-1)", sb -> sb.appendCodePoint(-1));
        t("appendCodePoint(0x110000)", sb -> sb.appendCodePoint(0x110000));
        t("appendCodePoint(0xD800)", sb -> codes(sb.appendCodePoint(0xD800)));
        StringBuilder cp = new StringBuilder("a\uD83D\uDE00b");
        for (int i = -1; i <= 5; i++) {
            final int k = i;
            t("codePointAt(" + i + ")", sb -> cp.codePointAt(k));
            t("codePointBefore(" + i + ")", sb -> cp.codePointBefore(k));
        }
        t("codePointCount(0,4)", sb -> cp.codePointCount(0, 4));
        t("codePointCount(2,3)", sb -> cp.codePointCount(2, 3));
        t("codePointCount(-1,3)", sb -> cp.codePointCount(-1, 3));
        t("codePointCount(3,2)", sb -> cp.codePointCount(3, 2));
        t("codePointCount(0,5)", sb -> cp.codePointCount(0, 5));
        t("offsetByCodePoints(0,2)", sb -> cp.offsetByCodePoints(0, 2));
        t("offsetByCodePoints(4,-3)", sb -> cp.offsetByCodePoints(4, -3));
        t("offsetByCodePoints(0,4)", sb -> cp.offsetByCodePoints(0, 4));
        t("offsetByCodePoints(5,0)", sb -> cp.offsetByCodePoints(5, 0));
        t("offsetByCodePoints(-1,1)", sb -> cp.offsetByCodePoints(-1, 1));
        t("offsetByCodePoints(4,-4)", sb -> cp.offsetByCodePoints(4, -4));
        t("codePoints count", sb -> cp.codePoints().count());
        t("chars sum", sb -> cp.chars().sum());
        // reverse and surrogates
        String[] rev = { "", "a", "ab", "a\uD83D\uDE00b", "\uD83D\uDE00\uD83D\uDE01", "\uDE00\uD83D", "x\uD800", "\uDC00y",
                "\uD83D\uD83D\uDE00", "ab\uD834\uDD1Ecd\uD834" };
        for (String r : rev) {
            System.out.println("reverse [" + codes(r) + "] -> [" + codes(new StringBuilder(r).reverse()) + "] buf ["
                    + codes(new StringBuffer(r).reverse()) + "]");
        }
        // setLength
        t("setLength(-1)", sb -> { sb.setLength(-1); return sb.length(); });
        t("setLength(5)", sb -> { sb.setLength(5); return codes(sb) + " len=" + sb.length(); });
        t("setLength(1)", sb -> { sb.setLength(1); return sb.length(); });
        t("setLength(1) then 3", sb -> { sb.setLength(1); sb.setLength(3); return codes(sb); });
        t("setLength(0)", sb -> { sb.setLength(0); return sb.capacity(); });
        t("setLength(100)", sb -> { sb.setLength(100); return sb.capacity(); });
        // getChars
        t("getChars(0,2,d,0)", sb -> { char[] d = new char[3]; sb.getChars(0, 2, d, 1); return new String(d, 1, 2); });
        t("getChars(0,3,d,0)", sb -> { char[] d = new char[3]; sb.getChars(0, 3, d, 0); return "?"; });
        t("getChars(1,0,d,0)", sb -> { char[] d = new char[3]; sb.getChars(1, 0, d, 0); return "?"; });
        t("getChars(-1,1,d,0)", sb -> { char[] d = new char[3]; sb.getChars(-1, 1, d, 0); return "?"; });
        t("getChars(0,2,d,2)", sb -> { char[] d = new char[3]; sb.getChars(0, 2, d, 2); return "?"; });
        t("getChars(0,2,d,-1)", sb -> { char[] d = new char[3]; sb.getChars(0, 2, d, -1); return "?"; });
        t("getChars(0,2,null,0)", sb -> { sb.getChars(0, 2, null, 0); return "?"; });
        t("getChars(1,1,d,9)", sb -> { char[] d = new char[3]; sb.getChars(1, 1, d, 9); return "ok"; });
        // indexOf/lastIndexOf
        StringBuilder s = new StringBuilder("abcabcab");
        String[] needles = { "ab", "", "c", "abcabcabx", "x", "b" };
        int[] froms = { Integer.MIN_VALUE, -1, 0, 1, 3, 7, 8, 9, 100, Integer.MAX_VALUE };
        for (String n : needles) {
            StringBuilder line = new StringBuilder("indexOf \"" + n + "\":");
            line.append(' ').append(s.indexOf(n)).append(" last ").append(s.lastIndexOf(n)).append(" |");
            for (int f : froms) line.append(' ').append(s.indexOf(n, f)).append('/').append(s.lastIndexOf(n, f));
            System.out.println(line);
        }
        t("indexOf(null)", sb -> sb.indexOf(nul));
        t("lastIndexOf(null)", sb -> sb.lastIndexOf(nul));
        // compareTo (Comparable since 11)
        String[][] pairs = { { "abc", "abd" }, { "abc", "ab" }, { "", "a" }, { "b", "a" }, { "same", "same" }, { "\uFFFF", "a" } };
        for (String[] p : pairs) {
            System.out.println("compareTo " + p[0].length() + "/" + p[1].length() + ": "
                    + new StringBuilder(p[0]).compareTo(new StringBuilder(p[1])) + " buf "
                    + new StringBuffer(p[0]).compareTo(new StringBuffer(p[1])));
        }
        List<StringBuilder> list = new ArrayList<>();
        for (String w : new String[] { "pear", "apple", "fig", "apples", "Apple" }) list.add(new StringBuilder(w));
        Collections.sort(list);
        System.out.println("sorted builders " + list);
        Object o = new StringBuilder();
        System.out.println("StringBuilder is Comparable " + (o instanceof Comparable) + ", StringBuffer is Comparable "
                + (new StringBuffer() instanceof Comparable));
        System.out.println("equals is identity " + new StringBuilder("a").equals(new StringBuilder("a")));
        // capacity growth, exactly as on JDK 17
        StringBuilder g = new StringBuilder();
        StringBuilder caps = new StringBuilder("caps:");
        int last = -1;
        for (int i = 0; i < 3000; i++) {
            g.append('x');
            if (g.capacity() != last) {
                last = g.capacity();
                caps.append(' ').append(last);
            }
        }
        System.out.println(caps);
        System.out.println("new StringBuilder(\"abc\").capacity=" + new StringBuilder("abc").capacity()
                + " (cs)=" + new StringBuilder((CharSequence) new StringBuffer("abcd")).capacity()
                + " ()=" + new StringBuilder().capacity() + " (0)=" + new StringBuilder(0).capacity()
                + " (7)=" + new StringBuilder(7).capacity());
        StringBuilder z = new StringBuilder(0);
        z.append('a');
        System.out.println("from 0 after one char: " + z.capacity());
        z.append("0123456789");
        System.out.println("after 11 chars: " + z.capacity());
        StringBuilder big = new StringBuilder(10);
        big.append("0123456789012345678901234567890");
        System.out.println("jump to needed size: " + big.capacity());
        StringBuilder e = new StringBuilder();
        e.ensureCapacity(17);
        System.out.println("ensureCapacity(17) from 16: " + e.capacity());
        e.ensureCapacity(100);
        System.out.println("ensureCapacity(100) from 34: " + e.capacity());
        e.ensureCapacity(-5);
        e.ensureCapacity(50);
        System.out.println("ensureCapacity(-5), (50): " + e.capacity());
        e.append("abc");
        e.trimToSize();
        System.out.println("trimToSize: " + e.capacity());
        e.trimToSize();
        e.append('d');
        System.out.println("after trim and append: " + e.capacity());
        StringBuilder ins = new StringBuilder("abc");
        ins.insert(0, "0123456789012345");
        System.out.println("insert growth: " + ins.capacity() + " " + ins);
        StringBuffer bg = new StringBuffer();
        for (int i = 0; i < 40; i++) bg.append(i % 10);
        System.out.println("StringBuffer growth: " + bg.capacity() + " " + bg);
        t("new StringBuilder(-1)", sb -> new StringBuilder(-1));
        t("new StringBuilder(null String)", sb -> new StringBuilder(nul));
        t("new StringBuilder(null CharSequence)", sb -> new StringBuilder((CharSequence) null));
        t("new StringBuffer(-2)", sb -> new StringBuffer(-2));
        // StringBuffer shares the rules
        b("charAt(2)", sb -> sb.charAt(2));
        b("deleteCharAt(3)", sb -> sb.deleteCharAt(3));
        b("setCharAt(2)", sb -> { sb.setCharAt(2, 'x'); return "ok"; });
        b("insert(3,s)", sb -> sb.insert(3, "x"));
        b("substring(3,2)", sb -> sb.substring(3, 2));
        b("delete(3,4)", sb -> sb.delete(3, 4));
        b("replace(3,4,x)", sb -> sb.replace(3, 4, "x"));
        b("setLength(-3)", sb -> { sb.setLength(-3); return "?"; });
        b("append(cs,0,9)", sb -> sb.append("xyz", 0, 9));
        b("codePointAt(2)", sb -> sb.codePointAt(2));
        b("codePointBefore(0)", sb -> sb.codePointBefore(0));
        b("reverse", sb -> sb.reverse());
        b("appendCodePoint", sb -> sb.appendCodePoint(0x10FFFF).length());
        b("append(null StringBuffer)", sb -> sb.append((StringBuffer) null));
        b("append(StringBuilder)", sb -> sb.append(new StringBuilder("bld")));
        b("insert(1,3.25)", sb -> sb.insert(1, 3.25));
        b("indexOf(b,-3)", sb -> sb.indexOf("b", -3));
        b("lastIndexOf(a,9)", sb -> sb.lastIndexOf("a", 9));
        b("toString", sb -> sb.toString());
        // contentEquals and String constructors from builders
        StringBuilder ce = new StringBuilder("hello");
        System.out.println("contentEquals " + "hello".contentEquals(ce) + " " + "hello".contentEquals(new StringBuffer("hello"))
                + " " + "hell".contentEquals(ce) + " " + "hello".contentEquals((CharSequence) "hello"));
        ce.setLength(3);
        System.out.println("new String(sb)=" + new String(ce) + " new String(buf)=" + new String(new StringBuffer("xy")));
        System.out.println("isEmpty " + new StringBuilder().isEmpty() + " " + ce.isEmpty());
    }
}
