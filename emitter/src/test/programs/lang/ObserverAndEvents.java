import java.util.*;
import java.util.function.*;

public class ObserverAndEvents {
    static final class EventBus {
        private final Map<String, List<Consumer<Object>>> handlers = new TreeMap<>();
        private final List<String> deadLetters = new ArrayList<>();

        Runnable subscribe(String topic, Consumer<Object> h) {
            handlers.computeIfAbsent(topic, t -> new ArrayList<>()).add(h);
            return () -> handlers.get(topic).remove(h);
        }

        int publish(String topic, Object payload) {
            List<Consumer<Object>> hs = handlers.getOrDefault(topic, List.of());
            if (hs.isEmpty()) { deadLetters.add(topic + ":" + payload); return 0; }
            int delivered = 0;
            for (Consumer<Object> h : new ArrayList<>(hs)) {
                try {
                    h.accept(payload);
                    delivered++;
                } catch (RuntimeException e) {
                    System.out.println("  handler failed on " + topic + ": " + e.getMessage());
                }
            }
            return delivered;
        }
    }

    static class Counter {
        private int value;
        private final List<IntConsumer> listeners = new ArrayList<>();
        void onChange(IntConsumer l) { listeners.add(l); }
        void add(int d) { value += d; listeners.forEach(l -> l.accept(value)); }
    }

    public static void main(String[] args) {
        EventBus bus = new EventBus();
        List<String> log = new ArrayList<>();
        Runnable unsubA = bus.subscribe("order", p -> log.add("A got " + p));
        bus.subscribe("order", p -> log.add("B got " + p));
        bus.subscribe("order", p -> { if (p.equals(3)) throw new IllegalStateException("B2 rejects 3"); });
        bus.subscribe("payment", p -> log.add("P got " + p));
        for (int i = 1; i <= 4; i++) System.out.println("publish order " + i + " delivered " + bus.publish("order", i));
        unsubA.run();
        System.out.println("after unsubscribe delivered " + bus.publish("order", 5));
        System.out.println("payment delivered " + bus.publish("payment", "$10") + " unknown delivered " + bus.publish("refund", "x"));
        log.forEach(System.out::println);
        System.out.println("dead letters " + bus.deadLetters);
        Counter c = new Counter();
        int[] max = {Integer.MIN_VALUE};
        StringBuilder trace = new StringBuilder();
        c.onChange(v -> max[0] = Math.max(max[0], v));
        c.onChange(v -> trace.append(v).append(' '));
        for (int d : new int[] {5, -2, 10, -20, 7}) c.add(d);
        System.out.println("trace " + trace + "max " + max[0]);
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> add.apply(a, b);
        System.out.println("curried " + curried.apply(3).apply(4));
    }
}
