public class StringIdentity {
    static final String CONST = "hel" + "lo";
    static String nonConstPart = "hel";
    static String make(String a, String b) { return a + b; }
    static String same(String s) { return s; }

    public static void main(String[] args) {
        String a = "hello";
        String b = "hello";
        System.out.println("literal == literal: " + (a == b));
        System.out.println("literal == constant expr: " + (a == CONST));
        System.out.println("literal == \"hel\"+\"lo\": " + (a == ("hel" + "lo")));
        String c = nonConstPart + "lo";
        System.out.println("computed == literal: " + (c == a));
        System.out.println("computed equals literal: " + c.equals(a));
        System.out.println("computed.intern() == literal: " + (c.intern() == a));
        String d = make("hel", "lo");
        System.out.println("method result == literal: " + (d == a) + " equals: " + d.equals(a));
        System.out.println("two computed ==: " + (c == d) + " interned ==: " + (c.intern() == d.intern()));
        String e = new String("hello");
        System.out.println("new String == literal: " + (e == a) + " equals: " + e.equals(a));
        System.out.println("new String intern == literal: " + (e.intern() == a));
        System.out.println("same(a) == a: " + (same(a) == a));
        String sub = "xhello".substring(1);
        System.out.println("substring == literal: " + (sub == a) + " equals: " + sub.equals(a));
        String sb = new StringBuilder("hel").append("lo").toString();
        System.out.println("StringBuilder result == literal: " + (sb == a) + " intern: " + (sb.intern() == a));
        String fresh = new StringBuilder("unique").append("-value-42").toString();
        String internedFresh = fresh.intern();
        System.out.println("fresh intern equals: " + internedFresh.equals(fresh) + " intern idempotent: " + (internedFresh.intern() == internedFresh));
        System.out.println("later literal is the interned one: " + ("unique-value-42" == internedFresh));
        String empty1 = "";
        String empty2 = new String("");
        System.out.println("empty literal == new empty: " + (empty1 == empty2) + " equals: " + empty1.equals(empty2));
        System.out.println("empty intern: " + (empty2.intern() == ""));
        String v1 = String.valueOf(12);
        String v2 = String.valueOf(12);
        System.out.println("valueOf equals: " + v1.equals(v2) + " intern same: " + (v1.intern() == v2.intern()) + " == \"12\" after intern: " + (v1.intern() == "12"));
        Object o = a;
        System.out.println("Object ref to literal equals: " + o.equals("hello") + " ==: " + (o == "hello"));
        System.out.println("equals null: " + a.equals(null));
        System.out.println("equals other type: " + a.equals((Object) new StringBuilder("hello")));
        System.out.println("contentEquals StringBuilder: " + a.contentEquals(new StringBuilder("hello")));
        String[] arr = { "hello", "world", "hello" };
        int identical = 0;
        for (int i = 0; i < arr.length; i++) for (int j = i + 1; j < arr.length; j++) if (arr[i] == arr[j]) identical++;
        System.out.println("identical literal pairs in array: " + identical);
        String lit1 = Other.VALUE;
        System.out.println("literal from other class == literal here: " + (lit1 == "shared-literal"));
        System.out.println("computed in other class == literal: " + (Other.computed() == "shared-literal") + " equals: " + Other.computed().equals("shared-literal"));
        String s1 = "ab", s2 = "a";
        s2 += "b";
        System.out.println("+= result == literal: " + (s1 == s2) + " equals: " + s1.equals(s2) + " hash equal: " + (s1.hashCode() == s2.hashCode()));
        System.out.println("toString() of String returns same: " + (a.toString() == a));
        System.out.println("String.valueOf(String) same: " + (String.valueOf(a) == a));
    }
}

class Other {
    static String VALUE = "shared-literal";
    static String computed() { return "shared" + "-" + new String("literal"); }
}
