public class InstanceofCasts {
    interface Flyer { String fly(); }
    interface Swimmer { String swim(); }
    static class Animal { String kind() { return "animal"; } }
    static class Bird extends Animal implements Flyer {
        String kind() { return "bird"; }
        public String fly() { return "flap"; }
    }
    static class Duck extends Bird implements Swimmer {
        String kind() { return "duck"; }
        public String swim() { return "paddle"; }
    }
    static class Fish extends Animal implements Swimmer {
        String kind() { return "fish"; }
        public String swim() { return "wiggle"; }
    }
    static final class Rock {}

    static Object pick(int i) {
        switch (i) {
            case 0: return new Animal();
            case 1: return new Bird();
            case 2: return new Duck();
            case 3: return new Fish();
            case 4: return new Rock();
            case 5: return "a string";
            case 6: return Integer.valueOf(42);
            case 7: return new int[] { 1, 2 };
            case 8: return new Bird[] { new Duck() };
            default: return null;
        }
    }

    static String tryCast(String label, Object o, int target) {
        try {
            switch (target) {
                case 0: return label + " as Animal -> " + ((Animal) o).kind();
                case 1: return label + " as Bird -> " + ((Bird) o).kind();
                case 2: return label + " as Flyer -> " + ((Flyer) o).fly();
                case 3: return label + " as Swimmer -> " + ((Swimmer) o).swim();
                case 4: { String s = (String) o; return label + " as String -> " + s; }
                case 5: { Integer n = (Integer) o; return label + " as Integer -> " + n; }
                case 6: { int[] a = (int[]) o; return label + " as int[] -> len " + a.length; }
                case 7: { Object[] a = (Object[]) o; return label + " as Object[] -> len " + a.length; }
                default: { Animal[] a = (Animal[]) o; return label + " as Animal[] -> len " + a.length; }
            }
        } catch (ClassCastException e) {
            return label + " target " + target + " -> " + e.getClass().getName();
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 9; i++) {
            Object o = pick(i);
            System.out.println("pick(" + i + "): Animal=" + (o instanceof Animal)
                + " Bird=" + (o instanceof Bird)
                + " Duck=" + (o instanceof Duck)
                + " Flyer=" + (o instanceof Flyer)
                + " Swimmer=" + (o instanceof Swimmer)
                + " Object=" + (o instanceof Object)
                + " String=" + (o instanceof String)
                + " Number=" + (o instanceof Number)
                + " Comparable=" + (o instanceof Comparable)
                + " int[]=" + (o instanceof int[])
                + " Object[]=" + (o instanceof Object[])
                + " Animal[]=" + (o instanceof Animal[])
                + " Flyer[]=" + (o instanceof Flyer[]));
        }
        for (int i = 0; i <= 8; i++) {
            for (int t = 0; t <= 8; t++) {
                System.out.println(tryCast("pick(" + i + ")", pick(i), t));
            }
        }
        Object nul = null;
        Animal a = (Animal) nul;
        System.out.println("null cast ok=" + (a == null));
        Object dd = new Duck();
        if (dd instanceof Bird b && b.fly().equals("flap")) {
            System.out.println("pattern match bird=" + b.kind());
        }
        if (!(dd instanceof Fish f)) {
            System.out.println("not a fish");
        } else {
            System.out.println("fish " + f.kind());
        }
        Swimmer sw = (Swimmer) dd;
        Flyer fl = (Flyer) sw;
        System.out.println("interface to interface cast=" + fl.fly() + "," + sw.swim());
        Object[] objs = new String[] { "x" };
        System.out.println("String[] instanceof Object[]=" + (objs instanceof Object[]));
        System.out.println("String[] instanceof Comparable[]=" + (((Object) objs) instanceof Comparable[]));
        Object twoD = new int[2][3];
        System.out.println("int[][] instanceof Object[]=" + (twoD instanceof Object[]));
        System.out.println("int[][] instanceof int[][]=" + (twoD instanceof int[][]));
        System.out.println("int[][] instanceof long[][]=" + (twoD instanceof long[][]));
        Object[] rows = (Object[]) twoD;
        System.out.println("rows[0] instanceof int[]=" + (rows[0] instanceof int[]));
    }
}
