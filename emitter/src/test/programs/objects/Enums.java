public class Enums {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3303, 2439), VENUS(48690, 6052), EARTH(59760, 6378);
        final int mass;
        final int radius;
        Planet(int mass, int radius) { this.mass = mass; this.radius = radius; }
        int density() { return mass * 1000 / radius; }
    }

    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        SUB("-") { int apply(int a, int b) { return a - b; } },
        MUL("*") { int apply(int a, int b) { return a * b; } };
        final String sym;
        Op(String sym) { this.sym = sym; }
        abstract int apply(int a, int b);
        @Override public String toString() { return "Op" + sym; }
    }

    interface HasCode { int code(); }
    enum Status implements HasCode {
        OK { public int code() { return 200; } },
        NOT_FOUND { public int code() { return 404; } };
    }

    static String colorName(Color c) {
        switch (c) {
            case RED: return "rot";
            case GREEN: return "gruen";
            default: return "blau";
        }
    }

    @SuppressWarnings("fallthrough")
    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println("color " + c + " name=" + c.name() + " ordinal=" + c.ordinal() + " de=" + colorName(c));
        }
        Color[] vs = Color.values();
        vs[0] = Color.BLUE;
        System.out.println("values() is a copy: " + Color.values()[0]);
        System.out.println("valueOf GREEN=" + Color.valueOf("GREEN") + " same=" + (Color.valueOf("GREEN") == Color.GREEN));
        System.out.println("compareTo RED vs BLUE=" + Color.RED.compareTo(Color.BLUE));
        System.out.println("equals=" + Color.RED.equals(Color.RED) + " " + Color.RED.equals(Color.GREEN));
        System.out.println("hashCode stable=" + (Color.RED.hashCode() == Color.RED.hashCode()));
        for (Planet p : Planet.values()) {
            System.out.println("planet " + p + " mass=" + p.mass + " radius=" + p.radius + " density=" + p.density());
        }
        for (Op op : Op.values()) {
            System.out.println("op " + op.name() + " toString=" + op + " 7" + op.sym + "3=" + op.apply(7, 3) + " ordinal=" + op.ordinal());
        }
        for (Status s : Status.values()) {
            HasCode hc = s;
            System.out.println("status " + s + " code=" + hc.code());
        }
        Color c = Color.GREEN;
        int score = 0;
        switch (c) {
            case RED: score += 1;
            case GREEN: score += 10;
            case BLUE: score += 100;
        }
        System.out.println("fallthrough score=" + score);
        Object o = Op.MUL;
        System.out.println("Op.MUL instanceof Op=" + (o instanceof Op) + " instanceof Enum=" + (o instanceof Enum));
        System.out.println("class of RED=" + Color.RED.getClass().getName() + " class of ADD=" + Op.ADD.getClass().getName());
        System.out.println("ADD.compareTo(MUL)=" + Op.ADD.compareTo(Op.MUL));
        Color[] arr = new Color[3];
        System.out.println("enum array default=" + arr[0]);
        int[] counts = new int[Color.values().length];
        Color[] seq = { Color.RED, Color.BLUE, Color.BLUE, Color.GREEN, Color.BLUE };
        for (Color x : seq) counts[x.ordinal()]++;
        System.out.println("counts=" + counts[0] + "," + counts[1] + "," + counts[2]);
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf bad: " + e.getClass().getName());
        }
    }
}
