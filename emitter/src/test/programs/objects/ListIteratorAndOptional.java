import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Vector;

/** ListIterator.add/remove/set on the library's lists, index errors of ArrayList and Objects, the Optional types' toString. */
public class ListIteratorAndOptional {
  static void attempt(String label, java.util.function.Supplier<Object> s) {
    try {
      System.out.println(label + " = " + s.get());
    } catch (RuntimeException e) {
      System.out.println(label + " -> " + e);
    }
  }

  public static void main(String[] args) {
    List<List<Integer>> lists = List.of(new ArrayList<>(List.of(1, 2, 3)), new LinkedList<>(List.of(1, 2, 3)), new Vector<>(List.of(1, 2, 3)));
    for (List<Integer> l : lists) {
      System.out.println(l.getClass().getSimpleName() + ":");
      ListIterator<Integer> it = l.listIterator();
      it.next();
      it.add(9);
      it.add(10);
      System.out.println(" " + l + " next=" + it.next() + " prevIdx=" + it.previousIndex() + " nextIdx=" + it.nextIndex());
      System.out.println(" previous=" + it.previous() + " previous=" + it.previous());
      it.add(7);
      System.out.println(" " + l + " next=" + it.next());
      try {
        it.add(0);
        it.remove();
      } catch (IllegalStateException e) {
        System.out.println(" remove after add -> IllegalStateException");
      }
      try {
        it.add(0);
        it.set(5);
      } catch (IllegalStateException e) {
        System.out.println(" set after add -> IllegalStateException");
      }
      it = l.listIterator(l.size());
      it.add(99);
      System.out.println(" at end " + l + " hasNext=" + it.hasNext() + " previous=" + it.previous());
      it = l.listIterator();
      it.add(-1);
      System.out.println(" at start " + l + " next=" + it.next() + " nextIdx=" + it.nextIndex());
      it = l.listIterator(2);
      it.next();
      it.remove();
      it.add(55);
      System.out.println(" remove then add " + l + " previous=" + it.previous());
      it.set(56);
      while (it.hasNext()) {
        if (it.next() == 0) {
          it.remove();
        }
      }
      System.out.println(" zeros removed " + l + " size=" + l.size());
      List<Integer> sub = l.subList(1, 3);
      ListIterator<Integer> s = sub.listIterator();
      s.next();
      s.add(42);
      System.out.println(" subList " + sub + " in " + l);
      ListIterator<Integer> stale = l.listIterator();
      l.add(100);
      try {
        stale.add(1);
        System.out.println(" add after modification: no exception " + l);
      } catch (java.util.ConcurrentModificationException e) {
        System.out.println(" add after modification -> ConcurrentModificationException");
      }
    }
    List<Integer> al = new ArrayList<>(List.of(1, 2));
    attempt("get(2)", () -> al.get(2));
    attempt("get(-1)", () -> al.get(-1));
    attempt("set(2, 0)", () -> al.set(2, 0));
    attempt("remove(5)", () -> al.remove(5));
    attempt("add(3, 0)", () -> {
      al.add(3, 0);
      return al;
    });
    attempt("addAll(4, ..)", () -> al.addAll(4, List.of(1)));
    attempt("listIterator(3)", () -> al.listIterator(3));
    attempt("empty iterator next", () -> new ArrayList<Integer>().iterator().next());
    attempt("exhausted iterator next", () -> {
      java.util.Iterator<Integer> it = al.iterator();
      it.next();
      it.next();
      return it.next();
    });
    attempt("Objects.checkIndex(5, 3)", () -> java.util.Objects.checkIndex(5, 3));
    attempt("Objects.checkFromToIndex(2, 1, 3)", () -> java.util.Objects.checkFromToIndex(2, 1, 3));
    attempt("Objects.checkFromIndexSize(2, 5, 3)", () -> java.util.Objects.checkFromIndexSize(2, 5, 3));
    attempt("Objects.requireNonNull(null)", () -> java.util.Objects.requireNonNull(null));
    attempt("Objects.requireNonNullElse(null, null)", () -> java.util.Objects.requireNonNullElse(null, null));
    System.out.println(al);
    System.out.println(Optional.of("x") + " " + Optional.empty() + " " + Optional.ofNullable(null) + " " + Optional.of(List.of(1, 2)));
    System.out.println(OptionalInt.of(3) + " " + OptionalInt.empty() + " " + OptionalLong.of(-4) + " " + OptionalLong.empty());
    System.out.println(OptionalDouble.of(0.1) + " " + OptionalDouble.of(-0.0) + " " + OptionalDouble.of(1e21) + " " + OptionalDouble.empty());
    System.out.println(Optional.of(5).map(v -> v * 2) + " " + Optional.of(5).filter(v -> v > 9) + " " + OptionalInt.of(7).isPresent());
  }
}
