// javac-flags: -XDstringConcat=inline
public class DenseSwitch {
    static String name(int d) {
        switch (d) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 7: return "seven";
            case 8: return "eight";
            case 9: return "nine";
            default: return "many(" + d + ")";
        }
    }

    static String fallThrough(int v) {
        StringBuilder sb = new StringBuilder();
        switch (v) {
            case 1:
                sb.append("1");
            case 2:
                sb.append("2");
            case 3:
                sb.append("3");
                break;
            case 4:
                sb.append("4");
            default:
                sb.append("D");
            case 5:
                sb.append("5");
            case 6:
                sb.append("6");
                break;
            case 7:
                sb.append("7");
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    static int negativeRange(int v) {
        switch (v) {
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            case 2: return -20;
            default: return 99;
        }
    }

    static int withGaps(int v) {
        int r = 0;
        switch (v) {
            case 10: r += 1;
            case 11: r += 2; break;
            case 13: r += 4;
            case 14: r += 8; break;
            case 16: r = -1; break;
        }
        return r;
    }

    static String daysInMonth(int month, boolean leap) {
        int days;
        switch (month) {
            case 1: case 3: case 5: case 7: case 8: case 10: case 12:
                days = 31;
                break;
            case 4: case 6: case 9: case 11:
                days = 30;
                break;
            case 2:
                days = leap ? 29 : 28;
                break;
            default:
                return "invalid month " + month;
        }
        return "month " + month + " has " + days + " days";
    }

    public static void main(String[] args) {
        for (int i = -1; i <= 11; i++) System.out.println("name(" + i + ") = " + name(i));
        for (int i = 0; i <= 9; i++) System.out.println("fallThrough(" + i + ") = " + fallThrough(i));
        StringBuilder sb = new StringBuilder();
        for (int i = -5; i <= 4; i++) sb.append(negativeRange(i)).append(' ');
        System.out.println("negativeRange: " + sb);
        sb.setLength(0);
        for (int i = 8; i <= 18; i++) sb.append(i).append("->").append(withGaps(i)).append(' ');
        System.out.println("withGaps: " + sb);
        for (int m = 0; m <= 13; m++) System.out.println(daysInMonth(m, m % 2 == 0));
        // switch on extreme values that must not match a small table
        int[] extremes = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1000000, 1000000};
        for (int e : extremes) System.out.println("name(" + e + ") = " + name(e) + ", negativeRange = " + negativeRange(e));
        // switch inside loop with continue and break
        sb.setLength(0);
        for (int i = 0; i < 12; i++) {
            switch (i % 4) {
                case 0: continue;
                case 1: sb.append('a'); break;
                case 2: sb.append('b');
                case 3: sb.append('c'); break;
            }
            sb.append(i).append(' ');
        }
        System.out.println("switch in loop: " + sb);
        // byte/short/char selector promoted to int
        short s = 3;
        byte b = -2;
        char c = 2;
        System.out.println("short sel: " + name(s) + ", byte sel: " + negativeRange(b) + ", char sel: " + name(c));
        switch (s) {
            case 3: System.out.println("short switch case 3"); break;
            default: System.out.println("short switch default");
        }
        // empty switch and switch with only default
        switch (s) { }
        switch (b) { default: System.out.println("only default ran"); }
        Integer boxed = 4;
        switch (boxed) {
            case 4: System.out.println("boxed Integer selector 4"); break;
            default: System.out.println("boxed default");
        }
    }
}
