package indy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Lambdas and method references of every kind; Java 11 source so it also compiles with --release 11. */
public class Lambdas {
  interface Marker {}

  interface Gen<T> {
    T get();
  }

  /** Needs a bridge get()Object next to get()String. */
  interface StrGen extends Gen<String> {
    String get();
  }

  /** Erased parameter Number, instantiated Integer, implementation long: cast then unbox. */
  interface Combiner<T extends Number> {
    long combine(T a, int b);
  }

  interface ShortSink {
    void take(short s);
  }

  interface CharToLong {
    long apply(char c);
  }

  interface IntToDouble {
    double apply(int x);
  }

  /** Its method and the lambda factory would both be create()LFactory; if named alike. */
  interface Factory {
    Factory create();
  }

  interface Maker<T> {
    T make(String s, int n);
  }

  interface Greeter {
    String greet(String who);

    default Supplier<String> later(String who) {
      return () -> greet(who) + "!";
    }
  }

  interface StaticInInterface {
    static Supplier<String> make() {
      return () -> "from interface static";
    }
  }

  static class Base {
    String who() {
      return "base";
    }

    Supplier<String> viaLambda() {
      return () -> "Base lambda sees " + who();
    }
  }

  /** Its lambda$viaLambda$0 has the same name as Base's: each must still call its own. */
  static class Derived extends Base {
    @Override
    String who() {
      return "derived";
    }

    @Override
    Supplier<String> viaLambda() {
      Supplier<String> up = super.viaLambda();
      return () -> "Derived[" + up.get() + "]";
    }

    Supplier<String> superRef() {
      return super::who;
    }
  }

  static class Secret {
    final int v;

    private Secret(int v) {
      this.v = v;
    }
  }

  class Inner {
    Supplier<String> text() {
      return () -> "inner sees " + name + "#" + counter;
    }
  }

  private final String name;
  private int counter;

  Lambdas(String name) {
    this.name = name;
  }

  Lambdas(String name, int counter) {
    this.name = name;
    this.counter = counter;
  }

  private Lambdas() {
    this("private-ctor");
  }

  private int bump(int by) {
    counter += by;
    return counter;
  }

  private static String wrap(String s) {
    return "<" + s + ">";
  }

  static String join(String... parts) {
    return String.join("|", parts);
  }

  String describe(String prefix) {
    return prefix + name + "#" + counter;
  }

  static int twice(int x) {
    return 2 * x;
  }

  static long triple(long x) {
    return 3 * x;
  }

  static long addLong(long a, long b) {
    return a + b;
  }

  static long big() {
    return 1L << 40;
  }

  static void takeInt(int x) {
    System.out.println("takeInt " + x);
  }

  static Factory nullFactory() {
    return null;
  }

  static Supplier<String> constant() {
    return () -> "constant";
  }

  static Supplier<String> capturing(int x) {
    return () -> "x=" + x;
  }

  public static void main(String[] args) {
    Runnable r = () -> System.out.println("run");
    r.run();
    System.out.println("non-capturing is shared: " + (constant() == constant()));
    System.out.println("capturing is fresh: " + (capturing(1) == capturing(1)));

    int i = 3;
    long l = 1L << 40;
    double d = 2.5;
    float f = 1.5f;
    char c = 'q';
    boolean b = true;
    byte by = -5;
    short sh = 300;
    String s = "str";
    Object nul = null;
    Supplier<String> all = () -> i + "," + l + "," + d + "," + f + "," + c + "," + b + "," + by
        + "," + sh + "," + s + "," + nul;
    System.out.println(all.get());
    BiFunction<Integer, Long, String> mixed = (x, y) -> x + y + s + l + d;
    System.out.println(mixed.apply(1, 2L));

    Lambdas o = new Lambdas("o");
    IntUnaryOperator bump = o::bump;
    System.out.println(bump.applyAsInt(5) + " " + bump.applyAsInt(2));
    Function<String, String> wrap = Lambdas::wrap;
    System.out.println(wrap.apply("w"));
    Function<String, Integer> len = String::length;
    System.out.println(len.apply("four"));
    Supplier<Integer> boundLen = s::length;
    System.out.println(boundLen.get());
    Function<List<String>, Integer> size = List::size;
    System.out.println(size.apply(Arrays.asList("a", "b")));
    BiFunction<Lambdas, String, String> describe = Lambdas::describe;
    System.out.println(describe.apply(o, "> "));
    Predicate<Object> isString = String.class::isInstance;
    System.out.println(isString.test("x") + " " + isString.test(1));

    Function<String, Lambdas> ctor1 = Lambdas::new;
    BiFunction<String, Integer, Lambdas> ctor2 = Lambdas::new;
    Supplier<Lambdas> ctor0 = Lambdas::new;
    System.out.println(ctor1.apply("a").describe("") + " " + ctor2.apply("b", 7).describe("") + " "
        + ctor0.get().describe(""));
    Maker<Lambdas> maker = Lambdas::new;
    System.out.println(maker.make("m", 9).describe("maker "));
    IntFunction<Secret> secret = Secret::new;
    System.out.println(secret.apply(41).v + 1);
    IntFunction<int[]> intArray = int[]::new;
    Function<Integer, String[]> stringArray = String[]::new;
    System.out.println(intArray.apply(3).length + " " + stringArray.apply(4).length);
    Function<String[], String> varargs1 = Lambdas::join;
    BiFunction<String, String, String> varargs2 = Lambdas::join;
    Supplier<String> varargs0 = Lambdas::join;
    System.out.println(varargs1.apply(new String[] {"x", "y"}) + " " + varargs2.apply("p", "q")
        + " [" + varargs0.get() + "]");

    IntBinaryOperator sum = Integer::sum;
    Comparator<Integer> compare = Integer::compare;
    ToLongFunction<String> lengthAsLong = String::length;
    IntToDouble twiceAsDouble = Lambdas::twice;
    CharToLong charTimesThree = Lambdas::triple;
    ShortSink sink = Lambdas::takeInt;
    Combiner<Integer> combiner = Lambdas::addLong;
    ToIntFunction<Integer> unbox = Integer::intValue;
    Function<Integer, Integer> twiceBoxed = Lambdas::twice;
    Supplier<Object> boxedLong = Lambdas::big;
    Function<Character, Integer> digit = Character::getNumericValue;
    System.out.println(sum.applyAsInt(2, 3) + " " + compare.compare(1, 2) + " "
        + lengthAsLong.applyAsLong("abc") + " " + twiceAsDouble.apply(4) + " "
        + charTimesThree.apply('A') + " " + combiner.combine(40, 2) + " " + unbox.applyAsInt(8)
        + " " + twiceBoxed.apply(21) + " " + boxedLong.get() + " " + digit.apply('7'));
    sink.take((short) -7);
    List<String> names = new ArrayList<>();
    Consumer<String> add = names::add;
    Consumer<String> parse = Long::parseLong;
    add.accept("added");
    parse.accept("123");
    System.out.println(names);

    StrGen strGen = () -> "bridged";
    Gen<String> gen = strGen;
    Gen<?> wildcard = strGen;
    System.out.println(strGen.get() + " " + gen.get() + " " + wildcard.get());
    Runnable serializable = (Runnable & Serializable) () -> System.out.println("serializable ran");
    serializable.run();
    System.out.println(serializable instanceof Serializable);
    Runnable marked = (Runnable & Marker) () -> { };
    System.out.println((marked instanceof Marker) + " " + (marked instanceof Serializable));
    Supplier<String> serializableCapture = (Supplier<String> & Serializable) () -> s + i;
    System.out.println(serializableCapture.get() + " " + (serializableCapture instanceof Serializable));

    Greeter greeter = who -> "hi " + who;
    System.out.println(greeter.later("bob").get());
    System.out.println(StaticInInterface.make().get());
    Factory factory = Lambdas::nullFactory;
    System.out.println(factory.create() == null);

    System.out.println(new Derived().viaLambda().get());
    System.out.println(new Base().viaLambda().get());
    System.out.println(new Derived().superRef().get());
    System.out.println(o.new Inner().text().get());

    List<String> words = new ArrayList<>(Arrays.asList("pear", "fig", "banana", "kiwi"));
    words.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
    System.out.println(words);
    System.out.println(words.stream().map(String::toUpperCase).filter(w -> w.length() > 3)
        .collect(Collectors.joining(",")));
    int[] total = {0};
    words.forEach(w -> total[0] += w.length());
    System.out.println(total[0]);
    Function<Integer, Function<Integer, Integer>> adder = x -> y -> x + y;
    System.out.println(adder.apply(3).apply(4));

    Supplier<String> boom = () -> {
      throw new IllegalStateException("boom");
    };
    try {
      boom.get();
    } catch (IllegalStateException e) {
      System.out.println("caught " + e.getMessage());
    }
    @SuppressWarnings({"rawtypes", "unchecked"})
    Function raw = len;
    try {
      raw.apply(42);
    } catch (ClassCastException e) {
      System.out.println("ClassCastException through adaptation");
    }
  }
}
