// javac-flags: -XDstringConcat=inline
public class StringBuilderOps {
    static class Thing {
        public String toString() { return "<thing>"; }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        System.out.println("empty length=" + sb.length() + " toString=[" + sb + "]");
        sb.append(true).append(',').append((byte) -1).append(',').append((short) 300).append(',')
          .append('c').append(',').append(42).append(',').append(-7L).append(',').append(1.5f).append(',')
          .append(2.25).append(',').append("str").append(',').append((String) null).append(',')
          .append(new Thing()).append(',').append((Object) null).append(',').append(new char[] { 'x', 'y' })
          .append(',').append(new StringBuilder("nested")).append(',').append((CharSequence) "cs", 0, 1);
        System.out.println("appended=" + sb);
        System.out.println("length=" + sb.length());
        StringBuilder ins = new StringBuilder("0123456789");
        ins.insert(0, "start-");
        ins.insert(ins.length(), "-end");
        ins.insert(8, 'X');
        ins.insert(3, 99);
        ins.insert(1, true);
        ins.insert(2, 7L);
        ins.insert(0, (Object) null);
        ins.insert(0, new char[] { '[', '[' });
        System.out.println("inserted=" + ins);
        StringBuilder rev = new StringBuilder("abcdef");
        System.out.println("reverse=" + rev.reverse() + " again=" + rev.reverse());
        StringBuilder surr = new StringBuilder("a\uD83D\uDE00b");
        surr.reverse();
        System.out.println("reverse keeps surrogate pairs: codes=" + (int) surr.charAt(0) + "," + (int) surr.charAt(1) + "," + (int) surr.charAt(2) + "," + (int) surr.charAt(3));
        StringBuilder set = new StringBuilder("hello");
        set.setCharAt(0, 'J');
        set.setCharAt(4, 'y');
        System.out.println("setCharAt=" + set);
        StringBuilder del = new StringBuilder("abcdefghij");
        del.deleteCharAt(0);
        del.deleteCharAt(del.length() - 1);
        System.out.println("deleteCharAt=" + del);
        del.delete(2, 5);
        System.out.println("delete(2,5)=" + del);
        del.delete(1, 100);
        System.out.println("delete(1,100)=" + del);
        StringBuilder rep = new StringBuilder("The cat sat");
        rep.replace(4, 7, "dog");
        System.out.println("replace=" + rep);
        rep.replace(0, 3, "A");
        System.out.println("replace shorter=" + rep);
        StringBuilder len = new StringBuilder("truncate me");
        len.setLength(8);
        System.out.println("setLength shorter=[" + len + "] length=" + len.length());
        len.setLength(10);
        System.out.println("setLength longer codes at 8,9=" + (int) len.charAt(8) + "," + (int) len.charAt(9) + " length=" + len.length());
        len.setLength(0);
        System.out.println("setLength 0=[" + len + "] length=" + len.length());
        StringBuilder cap = new StringBuilder();
        int initialCap = cap.capacity();
        System.out.println("initial capacity>=16: " + (initialCap >= 16));
        boolean capOk = true;
        int grew = 0;
        int lastCap = initialCap;
        for (int i = 0; i < 1000; i++) {
            cap.append((char) ('a' + i % 26));
            if (cap.capacity() < cap.length()) capOk = false;
            if (cap.capacity() != lastCap) { grew++; lastCap = cap.capacity(); }
        }
        System.out.println("capacity always >= length: " + capOk + " grew at least once: " + (grew > 0) + " length=" + cap.length());
        StringBuilder withCap = new StringBuilder(100);
        System.out.println("explicit capacity >= 100: " + (withCap.capacity() >= 100) + " length=" + withCap.length());
        cap.ensureCapacity(5000);
        System.out.println("ensureCapacity: " + (cap.capacity() >= 5000));
        System.out.println("indexOf=" + cap.indexOf("xyz") + " lastIndexOf=" + cap.lastIndexOf("abc") + " charAt(500)=" + cap.charAt(500));
        System.out.println("substring=" + cap.substring(26, 31) + " substring(995)=" + cap.substring(995));
        StringBuilder cmp1 = new StringBuilder("abc"), cmp2 = new StringBuilder("abc");
        System.out.println("sb equals is identity: " + cmp1.equals(cmp2) + " contentEquals: " + cmp1.toString().contentEquals(cmp2) + " compareTo: " + cmp1.compareTo(cmp2));
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 10; i++) chain.append(i).append(i % 2 == 0 ? "e" : "o");
        System.out.println("chain=" + chain);
        String frozen = chain.toString();
        chain.setCharAt(0, '#');
        System.out.println("toString is a snapshot: " + frozen + " vs " + chain);
        StringBuilder cp = new StringBuilder();
        cp.appendCodePoint(0x41).appendCodePoint(0x1F600).appendCodePoint(0x7A);
        System.out.println("appendCodePoint length=" + cp.length() + " codePointAt(1)=" + cp.codePointAt(1));
        StringBuffer buf = new StringBuffer("buffer");
        buf.append(1).insert(0, '>').reverse();
        System.out.println("StringBuffer=" + buf + " length=" + buf.length());
        try {
            new StringBuilder("abc").insert(10, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("insert out of range -> " + e.getClass().getName());
        }
        try {
            new StringBuilder("abc").setLength(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("setLength(-1) -> " + e.getClass().getName());
        }
        try {
            new StringBuilder("abc").deleteCharAt(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("deleteCharAt(3) -> " + e.getClass().getName());
        }
    }
}
