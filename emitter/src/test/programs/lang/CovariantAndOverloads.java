import java.util.*;

public class CovariantAndOverloads {
    static class Animal {
        Animal reproduce() { return new Animal(); }
        String sound() { return "..."; }
        static String kind() { return "animal"; }
        public String toString() { return getClass().getSimpleName(); }
    }
    static class Dog extends Animal {
        @Override Dog reproduce() { return new Dog(); }
        @Override String sound() { return "woof"; }
        static String kind() { return "dog"; }
    }
    static String f(Object o) { return "Object"; }
    static String f(String s) { return "String"; }
    static String f(Integer i) { return "Integer"; }
    static String f(int i) { return "int"; }
    static String f(long l) { return "long"; }
    static String f(double d) { return "double"; }
    static String f(Object... os) { return "varargs" + os.length; }
    static String g(long l) { return "g(long)"; }
    static String g(Integer i) { return "g(Integer)"; }
    static String h(Number n) { return "h(Number)"; }
    static String h(Comparable<?> c) { return "h(Comparable)"; }
    static String k(char c) { return "k(char)"; }
    static String k(int i) { return "k(int)"; }
    static String m(List<?> l) { return "m(List)"; }
    static String m(Collection<?> c) { return "m(Collection)"; }

    public static void main(String[] args) {
        Animal a = new Dog();
        System.out.println(a.reproduce() + " " + a.sound() + " " + new Dog().reproduce().sound() + " static " + Animal.kind() + " " + Dog.kind());
        byte b = 1; short s = 2; char c = 'c'; long l = 4; float fl = 5f;
        System.out.println(f(b) + " " + f(s) + " " + f(c) + " " + f(3) + " " + f(l) + " " + f(fl) + " " + f(2.0) + " " + f("s") + " " + f(Integer.valueOf(7)) + " " + f((Object) "s") + " " + f() + " " + f(1, 2) + " " + f(new ArrayList<>()));
        System.out.println(g(5) + " " + g(Integer.valueOf(5)) + " " + h((Number) 5) + " " + k('x') + " " + k('x' + 1) + " " + k((char) ('x' + 1)) + " " + m(new ArrayList<>()) + " " + m(new HashSet<>()) + " " + m((Collection<?>) new ArrayList<>()));
        Object nul = null;
        System.out.println(f((String) null) + " " + f(nul));
        List<Animal> zoo = List.of(new Animal(), new Dog());
        for (Animal x : zoo) System.out.print(x.reproduce().getClass().getSimpleName() + ":" + x.sound() + " ");
        System.out.println();
        StringBuilder sb = new StringBuilder();
        sb.append('a').append((int) 'a').append((char) 98).append(1 + 'a').append("" + 'a' + 'b').append('a' + 'b');
        System.out.println(sb);
        char ch = 'A';
        ch += 2;
        ch++;
        int sum = 'A' + 'B';
        System.out.println(ch + " " + sum + " " + (char) sum + " " + (ch > 'C'));
    }
}
