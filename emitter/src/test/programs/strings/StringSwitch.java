// javac-flags: --release 8
public class StringSwitch {
    static String classify(String s) {
        switch (s) {
            case "apple":
            case "banana":
                return "fruit";
            case "carrot":
                return "vegetable";
            case "Aa":
                return "Aa-branch";
            case "BB":
                return "BB-branch";
            case "":
                return "empty";
            default:
                return "unknown";
        }
    }

    static int weekday(String d) {
        int n;
        switch (d.toLowerCase()) {
            case "mon": n = 1; break;
            case "tue": n = 2; break;
            case "wed": n = 3; break;
            case "thu": n = 4; break;
            case "fri": n = 5; break;
            case "sat":
            case "sun": n = 0; break;
            default: n = -1;
        }
        return n;
    }

    @SuppressWarnings("fallthrough")
    static String fallthrough(String s) {
        StringBuilder sb = new StringBuilder();
        switch (s) {
            case "one": sb.append("1");
            case "two": sb.append("2");
            case "three": sb.append("3"); break;
            case "four": sb.append("4");
            default: sb.append("d");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] inputs = { "apple", "banana", "carrot", "Aa", "BB", "", "Apple", "durian", "aa", new String("apple"), "app" + "le" };
        for (String s : inputs) System.out.println("classify(\"" + s + "\")=" + classify(s));
        String built = new StringBuilder("ba").append("nana").toString();
        System.out.println("classify(built banana)=" + classify(built));
        String[] days = { "Mon", "TUE", "wed", "Thu", "fri", "Sat", "SUN", "xyz" };
        for (String d : days) System.out.println("weekday(" + d + ")=" + weekday(d));
        String[] ft = { "one", "two", "three", "four", "five" };
        for (String s : ft) System.out.println("fallthrough(" + s + ")=" + fallthrough(s));
        try {
            classify(null);
        } catch (NullPointerException e) {
            System.out.println("switch on null -> NullPointerException");
        }
        int counts = 0;
        for (int i = 0; i < 100; i++) {
            String key = (i % 3 == 0) ? "apple" : (i % 3 == 1 ? "carrot" : "x" + i);
            if (classify(key).equals("unknown")) counts++;
        }
        System.out.println("unknown count=" + counts);
    }
}
