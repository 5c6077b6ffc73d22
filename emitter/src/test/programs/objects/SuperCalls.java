public class SuperCalls {
    static class Animal {
        String sound() { return "..."; }
        String describe() { return "Animal making " + sound(); }
        int legs() { return 0; }
        String greet(String who) { return "hello " + who; }
    }
    static class Dog extends Animal {
        @Override String sound() { return "woof"; }
        @Override String describe() { return "Dog(" + super.describe() + ")"; }
        @Override int legs() { return super.legs() + 4; }
        String superSound() { return super.sound(); }
    }
    static class Puppy extends Dog {
        @Override String sound() { return "yip+" + super.sound(); }
        @Override String describe() { return "Puppy[" + super.describe() + "]"; }
        @Override int legs() { return super.legs() * 10; }
        @Override String greet(String who) { return super.greet(who.toUpperCase()) + "!"; }
        String grandSuperViaDog() { return superSound(); }
    }
    static class Base {
        int v = 1;
        int calc(int x) { return x + v; }
        @Override public String toString() { return "Base v=" + v; }
        @Override public boolean equals(Object o) { return super.equals(o); }
        @Override public int hashCode() { return 7; }
    }
    static class Derived extends Base {
        Derived() { v = 10; }
        @Override int calc(int x) { return super.calc(x) * 2 + super.calc(0); }
        @Override public String toString() { return "Derived{" + super.toString() + "}"; }
        @Override public int hashCode() { return super.hashCode() * 3; }
    }

    public static void main(String[] args) {
        Animal a = new Animal();
        Dog d = new Dog();
        Puppy p = new Puppy();
        Animal[] zoo = { a, d, p };
        for (Animal x : zoo) {
            System.out.println("sound=" + x.sound());
            System.out.println("describe=" + x.describe());
            System.out.println("legs=" + x.legs());
            System.out.println("greet=" + x.greet("bob"));
        }
        System.out.println("dog superSound=" + d.superSound());
        System.out.println("puppy superSound (Dog's super)=" + p.superSound());
        System.out.println("puppy grandSuperViaDog=" + p.grandSuperViaDog());
        Base b = new Base();
        Base dv = new Derived();
        System.out.println("base calc(5)=" + b.calc(5));
        System.out.println("derived calc(5)=" + dv.calc(5));
        System.out.println("base toString=" + b);
        System.out.println("derived toString=" + dv);
        System.out.println("base hash=" + b.hashCode());
        System.out.println("derived hash=" + dv.hashCode());
        System.out.println("base equals self=" + b.equals(b));
        System.out.println("base equals other=" + b.equals(new Base()));
        System.out.println("derived equals self=" + dv.equals(dv));
    }
}
