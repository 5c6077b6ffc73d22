public class EnumSwitch {
    enum Color { RED, GREEN, BLUE, YELLOW, BLACK }

    enum Op {
        ADD("+"), SUB("-"), MUL("*"), DIV("/");
        final String sym;
        Op(String sym) { this.sym = sym; }
    }

    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case YELLOW: return "bright";
            case GREEN:
            case BLUE: return "cool";
            default: return "none";
        }
    }

    static int apply(Op op, int a, int b) {
        switch (op) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case DIV: return b == 0 ? 0 : a / b;
        }
        return -1;
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " ordinal=" + c.ordinal() + " name=" + c.name() + " describe=" + describe(c));
        }
        for (Op op : Op.values()) {
            System.out.println("7 " + op.sym + " 3 = " + apply(op, 7, 3) + " (" + op + ")");
        }
        System.out.println("valueOf(\"BLUE\") = " + Color.valueOf("BLUE") + ", same instance: " + (Color.valueOf("BLUE") == Color.BLUE));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf(\"PURPLE\") -> IllegalArgumentException");
        }
        Color nul = args.length > 5 ? Color.RED : null;
        try {
            describe(nul);
        } catch (NullPointerException e) {
            System.out.println("switch on null enum -> NullPointerException");
        }
        // compareTo follows ordinal
        System.out.println("RED.compareTo(BLUE) = " + Color.RED.compareTo(Color.BLUE) + ", BLACK.compareTo(GREEN) = " + Color.BLACK.compareTo(Color.GREEN));
        // nested enum switch in loop with counts
        int[] counts = new int[3];
        Color[] seq = {Color.RED, Color.BLUE, Color.BLUE, Color.BLACK, Color.GREEN, Color.YELLOW, Color.RED};
        for (Color c : seq) {
            switch (c) {
                case RED:
                case YELLOW:
                    counts[0]++;
                    break;
                case GREEN:
                case BLUE:
                    counts[1]++;
                    break;
                default:
                    counts[2]++;
            }
        }
        System.out.println("warm=" + counts[0] + " cool=" + counts[1] + " other=" + counts[2]);
        // evaluate RPN with enum ops
        String[] rpn = {"3", "4", "+", "5", "*", "6", "-", "2", "/"};
        int[] stack = new int[10];
        int sp = 0;
        for (String tok : rpn) {
            Op op = null;
            for (Op o : Op.values()) if (o.sym.equals(tok)) op = o;
            if (op == null) {
                stack[sp++] = Integer.parseInt(tok);
            } else {
                int b = stack[--sp], a = stack[--sp];
                stack[sp++] = apply(op, a, b);
            }
        }
        System.out.println("RPN result = " + stack[0]);
        // enum in switch expression (Java 14+)
        for (Color c : Color.values()) {
            int len = switch (c) {
                case RED -> 3;
                case GREEN, BLUE -> c.name().length() * 10;
                default -> {
                    int x = c.ordinal();
                    yield x * x;
                }
            };
            System.out.println("switch expr " + c + " -> " + len);
        }
    }
}
