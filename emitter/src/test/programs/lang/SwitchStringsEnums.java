public class SwitchStringsEnums {
    enum Color { RED, GREEN, BLUE, CYAN, MAGENTA, YELLOW }

    static int classic(String s) {
        int r = 0;
        switch (s) {
            case "alpha": r += 1;
            case "beta": r += 10; break;
            case "Aa": r = 100; break;
            case "BB": r = 200; break;
            case "": r = -1; break;
            default: r = s.length() * 1000;
        }
        return r;
    }

    static String arrow(String cmd) {
        switch (cmd.toLowerCase()) {
            case "start", "go", "run" -> { return "starting"; }
            case "stop", "halt" -> { return "stopping"; }
            default -> { return "unknown " + cmd; }
        }
    }

    static String mix(Color c) {
        return switch (c) {
            case RED, GREEN, BLUE -> "primary";
            case CYAN -> "green+blue";
            case MAGENTA -> {
                String s = "red+blue";
                yield s.toUpperCase();
            }
            default -> "other:" + c.name().toLowerCase();
        };
    }

    static int days(String month, boolean leap) {
        return switch (month) {
            case "feb" -> leap ? 29 : 28;
            case "apr", "jun", "sep", "nov" -> 30;
            default -> {
                if (month.length() != 3) throw new IllegalArgumentException("bad month " + month);
                yield 31;
            }
        };
    }

    static String charKind(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case ' ': return "space";
            default:
                if (Character.isDigit(c)) return "digit";
                return Character.isLetter(c) ? "consonant" : "symbol";
        }
    }

    public static void main(String[] args) {
        String[] words = {"alpha", "beta", "Aa", "BB", "", "gamma", "ALPHA", "delta!"};
        for (String w : words) System.out.println("classic(" + w + ") = " + classic(w));
        for (String c : new String[] {"Start", "GO", "halt", "pause"}) System.out.println(arrow(c));
        for (Color c : Color.values()) System.out.println(c + " " + mix(c));
        String[] months = {"jan", "feb", "apr", "dec", "sept"};
        for (String m : months) {
            try {
                System.out.println(m + " " + days(m, false) + " " + days(m, true));
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : "hi 2 u!".toCharArray()) sb.append(charKind(ch)).append(',');
        System.out.println(sb);
        String nul = null;
        try {
            switch (nul) { case "x": break; default: break; }
        } catch (NullPointerException e) {
            System.out.println("null switch NPE");
        }
        Color nc = null;
        try {
            System.out.println(mix(nc));
        } catch (NullPointerException e) {
            System.out.println("null enum switch NPE");
        }
        int total = 0;
        for (int i = 0; i < 50; i++) {
            total += switch (i % 7) { case 0 -> 1; case 1, 2 -> 2; case 3 -> { int t = i * 2; yield t; } default -> 0; };
        }
        System.out.println("total " + total);
        Object o = 42L;
        String t = switch (o.getClass().getSimpleName()) { case "Integer" -> "int"; case "Long" -> "long"; default -> "?"; };
        System.out.println(t);
    }
}
