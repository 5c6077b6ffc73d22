import java.util.*;

public class StateMachineEnum {
    enum Event { COIN, PUSH, BREAK, FIX }
    enum State {
        LOCKED {
            State on(Event e) { return switch (e) { case COIN -> UNLOCKED; case BREAK -> BROKEN; default -> this; }; }
        },
        UNLOCKED {
            State on(Event e) { return switch (e) { case PUSH -> LOCKED; case BREAK -> BROKEN; default -> this; }; }
        },
        BROKEN {
            State on(Event e) { return e == Event.FIX ? LOCKED : this; }
            @Override boolean accepting() { return false; }
        };
        abstract State on(Event e);
        boolean accepting() { return true; }
    }

    enum Token { NUM, IDENT, OP, SPACE, ERROR }

    static List<String> lex(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            Token t = Character.isDigit(c) ? Token.NUM : Character.isLetter(c) ? Token.IDENT : "+-*/=()".indexOf(c) >= 0 ? Token.OP : c == ' ' ? Token.SPACE : Token.ERROR;
            int j = i + 1;
            if (t == Token.NUM) while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
            if (t == Token.IDENT) while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++;
            if (t != Token.SPACE) out.add(t + ":" + s.substring(i, j));
            i = j;
        }
        return out;
    }

    public static void main(String[] args) {
        State s = State.LOCKED;
        EnumMap<State, Integer> visits = new EnumMap<>(State.class);
        Event[] events = {Event.PUSH, Event.COIN, Event.COIN, Event.PUSH, Event.BREAK, Event.COIN, Event.FIX, Event.COIN, Event.PUSH};
        for (Event e : events) {
            State next = s.on(e);
            System.out.println(s + " --" + e + "--> " + next + (next.accepting() ? "" : " (not accepting)"));
            visits.merge(next, 1, Integer::sum);
            s = next;
        }
        System.out.println("visits " + visits);
        Map<State, Set<Event>> table = new EnumMap<>(State.class);
        for (State st : State.values()) for (Event e : Event.values()) if (st.on(e) != st) table.computeIfAbsent(st, k -> EnumSet.noneOf(Event.class)).add(e);
        System.out.println("transitions " + table);
        System.out.println(lex("x1 = 42 + foo*(7-y) # 3"));
        System.out.println("state body classes differ " + (State.LOCKED.getClass() != State.UNLOCKED.getClass()) + " ordinal " + State.BROKEN.ordinal() + " compare " + State.BROKEN.compareTo(State.LOCKED));
    }
}
