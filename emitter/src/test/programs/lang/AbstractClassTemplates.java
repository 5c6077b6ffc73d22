import java.util.ArrayList;
import java.util.List;

public class AbstractClassTemplates {
    abstract static class Report {
        private final List<String> lines = new ArrayList<>();
        protected int counter;

        final String render() {
            lines.clear();
            header();
            for (int i = 0; i < rows(); i++) {
                lines.add(row(i));
                counter++;
            }
            footer();
            return String.join("\n", lines);
        }

        protected void header() {
            lines.add("== " + title() + " ==");
        }

        protected void footer() {
            lines.add("-- " + counter + " rows --");
        }

        protected void add(String s) {
            lines.add(s);
        }

        abstract String title();

        abstract int rows();

        abstract String row(int i);
    }

    static class Squares extends Report {
        String title() { return "squares"; }
        int rows() { return 5; }
        String row(int i) { return i + "^2 = " + i * i; }
    }

    static class Fib extends Report {
        long a = 0, b = 1;
        String title() { return "fibonacci"; }
        int rows() { return 12; }
        String row(int i) {
            long r = a;
            long t = a + b;
            a = b;
            b = t;
            return "F" + i + "=" + r;
        }
        @java.lang.Override
        protected void footer() {
            add("next would be " + a);
            super.footer();
        }
    }

    abstract static class Animal implements Comparable<Animal> {
        private static int created;
        final String name;
        final int id;

        Animal(String name) {
            this.name = name;
            this.id = ++created;
            init();
        }

        void init() { }

        abstract String sound();

        int legs() { return 4; }

        public String toString() {
            return getClass().getSimpleName() + "#" + id + "(" + name + ", " + legs() + " legs) says " + sound();
        }

        public int compareTo(Animal o) {
            return name.compareTo(o.name);
        }
    }

    static class Dog extends Animal {
        String extra = "wag";
        Dog(String n) { super(n); }
        String sound() { return "woof " + extra; }
        @java.lang.Override void init() { System.out.println("init sees extra=" + extra); }
    }

    static class Bird extends Animal {
        Bird(String n) { super(n); }
        String sound() { return "tweet"; }
        int legs() { return 2; }
    }

    abstract static class Puppy extends Dog {
        Puppy(String n) { super(n); }
        abstract String age();
        String sound() { return "yip (" + age() + ")"; }
    }

    public static void main(String[] args) {
        System.out.println(new Squares().render());
        System.out.println(new Fib().render());
        List<Animal> zoo = new ArrayList<>();
        zoo.add(new Dog("rex"));
        zoo.add(new Bird("tweety"));
        zoo.add(new Puppy("bit") { String age() { return "3 months"; } });
        zoo.add(new Bird("alba") { int legs() { return 1; } });
        zoo.sort(null);
        for (Animal a : zoo) {
            System.out.println(a.toString().replaceAll("AbstractClassTemplates\\$\\d+", "anon"));
        }
        Report anon = new Report() {
            String title() { return "anon"; }
            int rows() { return 3; }
            String row(int i) { return "row " + i + " counter " + counter; }
        };
        System.out.println(anon.render());
        System.out.println(anon.render());
    }
}
