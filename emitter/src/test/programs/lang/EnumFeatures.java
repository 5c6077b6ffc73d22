import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

public class EnumFeatures {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        final double mass, radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double gravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        SUB("-") { int apply(int a, int b) { return a - b; } },
        MUL("*") {
            int apply(int a, int b) { return a * b; }
            @Override boolean commutative() { return true; }
        },
        DIV("/") { int apply(int a, int b) { return a / b; } };

        final String sym;

        Op(String sym) { this.sym = sym; }

        abstract int apply(int a, int b);

        boolean commutative() { return this == ADD; }
    }

    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN;
        boolean weekend() { return this == SAT || this == SUN; }
        Day next() { return values()[(ordinal() + 1) % values().length]; }
    }

    interface Coded { int code(); }

    enum Status implements Coded {
        OK(200), NOT_FOUND(404), ERROR(500);
        private final int code;
        Status(int c) { code = c; }
        public int code() { return code; }
        static Status byCode(int c) {
            for (Status s : values()) if (s.code == c) return s;
            throw new IllegalArgumentException("no status " + c);
        }
    }

    static String kind(Day d) {
        switch (d) {
            case SAT:
            case SUN:
                return "rest";
            case WED:
                return "hump";
            default:
                return "work";
        }
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) {
            System.out.println(p + " ordinal " + p.ordinal() + " g=" + Math.round(p.gravity() * 1000) / 1000.0);
        }
        for (Op op : Op.values()) {
            System.out.println(op.name() + " " + op.sym + " " + op.apply(12, 4) + " comm=" + op.commutative()
                    + " class=" + (op.getClass() == Op.class) + " declaring=" + op.getDeclaringClass().getSimpleName());
        }
        System.out.println(Op.valueOf("MUL").apply(6, 7));
        try {
            Op.valueOf("MOD");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Enum.valueOf(Day.class, "FUNDAY");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Enum.valueOf(Day.class, "FRI").next());
        for (Day d : Day.values()) {
            System.out.print(d + ":" + kind(d) + (d.weekend() ? "*" : "") + " ");
        }
        System.out.println();
        System.out.println("compare " + Day.MON.compareTo(Day.SUN) + " " + Day.SUN.compareTo(Day.MON) + " equals " + Day.MON.equals(Day.valueOf("MON")));
        EnumSet<Day> weekend = EnumSet.of(Day.SAT, Day.SUN);
        EnumSet<Day> work = EnumSet.complementOf(weekend);
        System.out.println("weekend " + weekend + " work " + work + " range " + EnumSet.range(Day.TUE, Day.THU));
        EnumSet<Day> all = EnumSet.allOf(Day.class);
        all.removeIf(Day::weekend);
        System.out.println("removeIf " + all + " none " + EnumSet.noneOf(Day.class) + " contains " + work.contains(Day.MON));
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRI, 6);
        hours.put(Day.MON, 8);
        hours.put(Day.WED, 9);
        hours.merge(Day.MON, 1, Integer::sum);
        System.out.println("hours " + hours + " first " + hours.keySet().iterator().next());
        int total = 0;
        for (Map.Entry<Day, Integer> e : hours.entrySet()) total += e.getValue();
        System.out.println("total " + total + " containsKey TUE " + hours.containsKey(Day.TUE));
        System.out.println(Status.byCode(404) + " " + Status.OK.code() + " " + ((Coded) Status.ERROR).code());
        try {
            Status.byCode(302);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Day[] copy = Day.values();
        copy[0] = null;
        System.out.println("values copy " + (Day.values()[0] != null) + " " + Arrays.toString(Arrays.copyOf(Day.values(), 3)));
        System.out.println("hash equal " + (Day.MON.hashCode() == Day.MON.hashCode()) + " toString " + Op.ADD.toString());
        System.out.println("switch expr " + switch (Status.byCode(500)) { case OK -> 1; case NOT_FOUND -> 2; case ERROR -> 3; });
    }
}
