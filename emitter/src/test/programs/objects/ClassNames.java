public class ClassNames {
    static class StaticNested {
        static class Deeper {}
    }
    class Inner {
        class InnerInner {}
    }
    interface Iface {}
    enum Color { RED, GREEN { @Override public String toString() { return "green!"; } } }

    static Object makeLocal() {
        class Local {}
        return new Local();
    }

    public static void main(String[] args) {
        ClassNames outer = new ClassNames();
        Inner inner = outer.new Inner();
        Object[] things = {
            outer,
            new StaticNested(),
            new StaticNested.Deeper(),
            inner,
            inner.new InnerInner(),
            new Helper(),
            new Iface() {},
            new Object() {},
            new Helper() {},
            makeLocal(),
            "str",
            Integer.valueOf(1),
            new Object(),
        };
        for (int i = 0; i < things.length; i++) {
            Object t = things[i];
            System.out.println("things[" + i + "] name=" + t.getClass().getName() + " simple=[" + t.getClass().getSimpleName() + "]");
        }
        System.out.println("Color.RED class=" + Color.RED.getClass().getName());
        System.out.println("Color.GREEN class=" + Color.GREEN.getClass().getName());
        System.out.println("Color.GREEN toString=" + Color.GREEN + " name=" + Color.GREEN.name());
        System.out.println("literal Helper=" + Helper.class.getName());
        System.out.println("literal Inner=" + Inner.class.getName());
        System.out.println("literal Deeper=" + StaticNested.Deeper.class.getName() + " simple=" + StaticNested.Deeper.class.getSimpleName());
        System.out.println("literal Iface=" + Iface.class.getName());
        System.out.println("getClass equal=" + (new Helper().getClass() == Helper.class));
        System.out.println("getClass differs=" + (new Helper().getClass() == (Object) StaticNested.class));
        System.out.println("anon class differs from Helper=" + (things[8].getClass() == Helper.class));
        System.out.println("anon Helper instanceof Helper=" + (things[8] instanceof Helper));
        System.out.println("int[] name=" + new int[0].getClass().getName());
        System.out.println("Helper[] name=" + new Helper[0].getClass().getName());
        System.out.println("Inner[][] name=" + new Inner[0][0].getClass().getName());
        System.out.println("String[] simple=" + new String[0].getClass().getSimpleName());
        System.out.println("Helper[] simple=" + new Helper[0].getClass().getSimpleName());
        System.out.println("Helper toString-name=" + new Helper());
    }
}

class Helper {
    @Override public String toString() { return "I am " + getClass().getName(); }
}
