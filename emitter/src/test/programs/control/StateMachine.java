public class StateMachine {
    // states for a tiny tokenizer
    static final int START = 0, IN_NUMBER = 1, IN_IDENT = 2, IN_STRING = 3, IN_COMMENT = 4, DONE = 5;

    static void tokenize(String src) {
        int state = START;
        int i = 0;
        StringBuilder tok = new StringBuilder();
        StringBuilder out = new StringBuilder();
        while (state != DONE) {
            char c = i < src.length() ? src.charAt(i) : '\0';
            switch (state) {
                case START:
                    if (c == '\0') { state = DONE; break; }
                    if (Character.isDigit(c)) { state = IN_NUMBER; tok.append(c); }
                    else if (Character.isLetter(c) || c == '_') { state = IN_IDENT; tok.append(c); }
                    else if (c == '"') state = IN_STRING;
                    else if (c == '#') state = IN_COMMENT;
                    else if (c != ' ' && c != '\n') out.append("[op ").append(c).append("] ");
                    i++;
                    break;
                case IN_NUMBER:
                    if (Character.isDigit(c)) { tok.append(c); i++; }
                    else { out.append("[num ").append(tok).append("] "); tok.setLength(0); state = START; }
                    break;
                case IN_IDENT:
                    if (Character.isLetterOrDigit(c) || c == '_') { tok.append(c); i++; }
                    else { out.append("[id ").append(tok).append("] "); tok.setLength(0); state = START; }
                    break;
                case IN_STRING:
                    if (c == '\0') { out.append("[unterminated ").append(tok).append("] "); state = DONE; }
                    else if (c == '"') { out.append("[str ").append(tok).append("] "); tok.setLength(0); state = START; i++; }
                    else { tok.append(c); i++; }
                    break;
                case IN_COMMENT:
                    if (c == '\n' || c == '\0') state = START;
                    else i++;
                    break;
            }
        }
        System.out.println("tokens(" + src.replace("\n", "\\n") + "): " + out);
    }

    enum Light { RED, GREEN, YELLOW }

    static Light next(Light l, boolean emergency) {
        if (emergency) return Light.RED;
        switch (l) {
            case RED: return Light.GREEN;
            case GREEN: return Light.YELLOW;
            default: return Light.RED;
        }
    }

    // vending machine with coins and refunds
    static String vend(int[] coins, int price) {
        int state = 0; // 0 idle, 1 collecting, 2 dispensing, 3 refunding
        int credit = 0;
        StringBuilder log = new StringBuilder();
        int ci = 0;
        while (true) {
            if (state == 0) {
                if (ci >= coins.length) break;
                state = 1;
            } else if (state == 1) {
                if (ci >= coins.length) { state = credit > 0 ? 3 : 0; continue; }
                int coin = coins[ci++];
                if (coin < 0) { state = 3; continue; }
                credit += coin;
                log.append('+').append(coin);
                if (credit >= price) state = 2;
            } else if (state == 2) {
                log.append(" [item]");
                credit -= price;
                state = credit > 0 ? 3 : 0;
            } else {
                log.append(" [refund ").append(credit).append(']');
                credit = 0;
                state = 0;
            }
        }
        return log.toString();
    }

    public static void main(String[] args) {
        tokenize("x1 = 42 + foo_bar*7");
        tokenize("print \"hi there\" # comment\ny=3");
        tokenize("\"open");
        tokenize("");
        tokenize("a#b\n#c\n99");
        Light l = Light.RED;
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < 10; t++) {
            sb.append(l).append(' ');
            l = next(l, t == 6);
        }
        System.out.println("lights: " + sb);
        System.out.println("vend 1: " + vend(new int[]{25, 25, 25, 25}, 50));
        System.out.println("vend 2: " + vend(new int[]{10, 5, -1, 25, 25, 10}, 50));
        System.out.println("vend 3: " + vend(new int[]{100}, 35));
        System.out.println("vend 4: " + vend(new int[]{}, 35));
        // Turing-style bit-flipping machine: binary increment
        for (String num : new String[]{"1011", "111", "0", "1001"}) {
            char[] tape = ("_" + num + "_").toCharArray();
            int head = tape.length - 2;
            int st = 0;
            int steps = 0;
            while (st != 9) {
                steps++;
                char c = tape[head];
                switch (st) {
                    case 0:
                        if (c == '1') { tape[head] = '0'; head--; }
                        else if (c == '0') { tape[head] = '1'; st = 9; }
                        else { tape[head] = '1'; st = 9; }
                        break;
                }
            }
            System.out.println("increment " + num + " -> " + new String(tape).replace("_", "") + " in " + steps + " steps");
        }
    }
}
