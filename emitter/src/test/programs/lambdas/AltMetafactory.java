import java.io.Serializable;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;

public class AltMetafactory {
    interface Marker { }

    interface Named { default String name() { return "named"; } }

    interface SerFunction<A, B> extends Function<A, B>, Serializable { }

    interface Greeter { String greet(String s); }

    public static void main(String[] args) {
        Runnable r = (Runnable & Serializable) () -> System.out.println("serializable runnable ran");
        r.run();
        System.out.println("instanceof Serializable " + (r instanceof Serializable) + " Runnable " + (r instanceof Runnable));
        Supplier<String> s = (Supplier<String> & Marker) () -> "marked";
        System.out.println(s.get() + " marker " + (s instanceof Marker) + " serializable " + (s instanceof Serializable));
        Object plain = (Supplier<String>) () -> "plain";
        System.out.println("plain marker " + (plain instanceof Marker) + " serializable " + (plain instanceof Serializable));
        Greeter g = (Greeter & Named) w -> "hi " + w;
        System.out.println(g.greet("x") + " default method through intersection " + ((Named) g).name());
        SerFunction<Integer, Integer> sq = x -> x * x;
        System.out.println("SerFunction " + sq.apply(12) + " " + (sq instanceof Serializable) + " andThen " + sq.andThen(x -> -x).apply(3));
        Comparator<String> cmp = (Comparator<String> & Serializable) (a, b) -> Integer.compare(a.length(), b.length());
        System.out.println("ser comparator " + cmp.compare("aa", "b") + " reversed " + cmp.reversed().compare("aa", "b"));
        Function<String, Integer> ref = (Function<String, Integer> & Serializable) String::length;
        System.out.println("ser method ref " + ref.apply("four") + " " + (ref instanceof Serializable));
        int captured = 41;
        Supplier<Integer> cap = (Supplier<Integer> & Serializable & Marker) () -> captured + 1;
        System.out.println("captured " + cap.get() + " " + (cap instanceof Marker) + " " + (cap instanceof Serializable));
        try {
            Object o = g;
            Marker m = (Marker) o;
            System.out.println("unexpected " + m);
        } catch (ClassCastException e) {
            System.out.println("not a Marker: CCE");
        }
        Comparator<String> natural = Comparator.naturalOrder();
        System.out.println("library serializable comparators " + natural.compare("a", "b") + " " + Comparator.<String>reverseOrder().compare("a", "b"));
    }
}
