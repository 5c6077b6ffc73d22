// javac-flags: --release 8
public class StringSwitch {
    static int command(String cmd) {
        switch (cmd) {
            case "start": return 1;
            case "stop": return 2;
            case "pause":
            case "hold": return 3;
            case "": return 0;
            default: return -1;
        }
    }

    // "Aa" and "BB" have the same hashCode; so do "AaAa", "BBBB", "AaBB", "BBAa"
    static String collide(String s) {
        switch (s) {
            case "Aa": return "first-Aa";
            case "BB": return "first-BB";
            case "AaAa": return "AaAa";
            case "BBBB": return "BBBB";
            case "AaBB": return "AaBB";
            default: return "none";
        }
    }

    static String fallThroughStrings(String s) {
        StringBuilder sb = new StringBuilder();
        switch (s) {
            case "one":
                sb.append(1);
            case "two":
                sb.append(2);
                break;
            case "three":
                sb.append(3);
            default:
                sb.append('D');
            case "four":
                sb.append(4);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] cmds = {"start", "stop", "pause", "hold", "", "START", "go", "star", "stopp"};
        for (String c : cmds) System.out.println("command(\"" + c + "\") = " + command(c));
        System.out.println("hash Aa = " + "Aa".hashCode() + ", BB = " + "BB".hashCode() + ", AaAa = " + "AaAa".hashCode() + ", BBBB = " + "BBBB".hashCode());
        String[] cs = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "aA"};
        for (String c : cs) System.out.println("collide(\"" + c + "\") = " + collide(c));
        for (String s : new String[]{"one", "two", "three", "four", "five"}) System.out.println("fallThrough(" + s + ") = " + fallThroughStrings(s));
        // strings built at runtime (not interned literals)
        StringBuilder sb = new StringBuilder();
        sb.append("st").append("op");
        System.out.println("runtime-built \"stop\" -> " + command(sb.toString()));
        String sub = "xxpausexx".substring(2, 7);
        System.out.println("substring \"pause\" -> " + command(sub));
        char[] chars = {'h', 'o', 'l', 'd'};
        System.out.println("from chars \"hold\" -> " + command(new String(chars)));
        // null selector throws NPE
        String nul = args.length > 100 ? "x" : null;
        try {
            System.out.println(command(nul));
        } catch (NullPointerException e) {
            System.out.println("switch on null string -> NullPointerException");
        }
        // word counting via switch
        String text = "the cat and the dog and the bird saw a cat";
        int the = 0, and = 0, animals = 0, other = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                String w = text.substring(start, i);
                start = i + 1;
                switch (w) {
                    case "the": the++; break;
                    case "and": and++; break;
                    case "cat": case "dog": case "bird": animals++; break;
                    default: other++;
                }
            }
        }
        System.out.println("the=" + the + " and=" + and + " animals=" + animals + " other=" + other);
    }
}
