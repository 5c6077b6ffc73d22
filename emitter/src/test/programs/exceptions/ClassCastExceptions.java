public class ClassCastExceptions {
    static class Animal {}
    static class Dog extends Animal {}
    static class Cat extends Animal {}
    interface Pet {}
    static class PetDog extends Dog implements Pet {}

    static Object make(int k) {
        switch (k) {
            case 0: return new Dog();
            case 1: return new Cat();
            case 2: return "string";
            case 3: return 42;
            case 4: return new PetDog();
            case 5: return new int[0];
            case 6: return new Dog[0];
            default: return new Object();
        }
    }

    static String castTo(int k, int target) {
        Object o = make(k);
        try {
            switch (target) {
                case 0: { Dog d = (Dog) o; return "Dog ok " + (d != null); }
                case 1: { Cat c = (Cat) o; return "Cat ok " + (c != null); }
                case 2: { String s = (String) o; return "String ok " + s; }
                case 3: { Integer i = (Integer) o; return "Integer ok " + i; }
                case 4: { Pet p = (Pet) o; return "Pet ok " + (p != null); }
                case 5: { Comparable<?> c = (Comparable<?>) o; return "Comparable ok " + (c != null); }
                case 6: { Animal[] a = (Animal[]) o; return "Animal[] ok " + a.length; }
                default: { long[] l = (long[]) o; return "long[] ok " + l.length; }
            }
        } catch (ClassCastException e) {
            return "CCE";
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 7; k++) {
            StringBuilder sb = new StringBuilder("make(" + k + "):");
            for (int t = 0; t <= 7; t++) sb.append(' ').append(t).append('=').append(castTo(k, t).startsWith("CCE") ? "CCE" : "ok");
            System.out.println(sb);
        }
        System.out.println(castTo(3, 3));
        System.out.println(castTo(2, 2));
        try {
            Object o = "text";
            Number n = (Number) o;
            System.out.println("unreachable " + n);
        } catch (ClassCastException e) {
            System.out.println("caught " + e.getClass().getName());
        }
        try {
            Object o = Integer.valueOf(1);
            Long l = (Long) o;
            System.out.println("unreachable " + l);
        } catch (RuntimeException e) {
            System.out.println("caught as RuntimeException: " + e.getClass().getName());
        }
        int cceCount = 0;
        Object[] things = { "a", 1, 'c', 2L, 3.0, new Dog(), null };
        for (Object o : things) {
            try {
                String s = (String) o;
                System.out.println("string cast ok: " + s);
            } catch (ClassCastException e) {
                cceCount++;
            }
        }
        System.out.println("cceCount=" + cceCount);
    }
}
