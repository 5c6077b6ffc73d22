public class NestedSwitch {
    static String cell(int row, int col) {
        switch (row) {
            case 0:
                switch (col) {
                    case 0: return "top-left";
                    case 1: return "top-center";
                    default: return "top-right";
                }
            case 1:
                switch (col) {
                    case 1: return "center";
                    case 0:
                    case 2:
                        return "middle-side";
                }
                return "middle-unknown";
            case 2: {
                String s;
                switch (col) {
                    case 0: s = "bottom-left"; break;
                    case 2: s = "bottom-right"; break;
                    default: s = "bottom-center";
                }
                return s;
            }
            default:
                return "off-board";
        }
    }

    static int score(char kind, int level) {
        int base = 0;
        switch (kind) {
            case 'a':
                switch (level) {
                    case 1: base = 10; break;
                    case 2: base = 20;
                    case 3: base += 5; break;
                    default: base = -1;
                }
                base *= 2;
                break;
            case 'b':
                switch (level) {
                    case 1000: base = 1; break;
                    case -1000: base = 2; break;
                }
                // falls into 'c'
            case 'c':
                base += 100;
                break;
            default:
                base = -999;
        }
        return base;
    }

    public static void main(String[] args) {
        for (int r = -1; r <= 3; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = -1; c <= 3; c++) sb.append(cell(r, c)).append(c < 3 ? " | " : "");
            System.out.println("row " + r + ": " + sb);
        }
        char[] kinds = {'a', 'b', 'c', 'd'};
        int[] levels = {1, 2, 3, 4, 1000, -1000};
        for (char k : kinds) {
            StringBuilder sb = new StringBuilder();
            for (int l : levels) sb.append(score(k, l)).append(' ');
            System.out.println("score " + k + ": " + sb);
        }
        // switch nested in switch nested in loop with labeled continue
        StringBuilder out = new StringBuilder();
        outer:
        for (int i = 0; i < 8; i++) {
            switch (i & 3) {
                case 0:
                    switch (i >> 2) {
                        case 0: out.append("A"); continue outer;
                        case 1: out.append("B"); break outer;
                    }
                    break;
                case 1:
                    out.append("c");
                    break;
                default:
                    switch (i) {
                        case 2: out.append("d"); break;
                        case 3: out.append("e");
                        default: out.append("f");
                    }
            }
            out.append(i);
        }
        System.out.println("nested in loop: " + out);
        // simple expression evaluator with nested switches (operator precedence by table)
        String expr = "3+4*2-8/4*3+7";
        int result = 0, term = 0, num = 0;
        char addOp = '+', mulOp = ' ';
        for (int i = 0; i <= expr.length(); i++) {
            char ch = i < expr.length() ? expr.charAt(i) : '$';
            switch (ch) {
                case '0': case '1': case '2': case '3': case '4':
                case '5': case '6': case '7': case '8': case '9':
                    num = num * 10 + (ch - '0');
                    break;
                default:
                    switch (mulOp) {
                        case '*': term *= num; break;
                        case '/': term /= num; break;
                        default: term = num;
                    }
                    num = 0;
                    switch (ch) {
                        case '*': case '/':
                            mulOp = ch;
                            break;
                        default:
                            switch (addOp) {
                                case '+': result += term; break;
                                case '-': result -= term; break;
                            }
                            addOp = ch;
                            mulOp = ' ';
                    }
            }
        }
        System.out.println(expr + " = " + result);
    }
}
