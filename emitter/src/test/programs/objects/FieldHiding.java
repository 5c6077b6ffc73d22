public class FieldHiding {
    static class Parent {
        String name = "parent-field";
        static String sname = "parent-static";
        int value = 1;
        String getName() { return name; }
        static String staticWho() { return "Parent.staticWho"; }
        String callStatic() { return staticWho(); }
        int parentValue() { return value; }
    }
    static class Child extends Parent {
        String name = "child-field";
        static String sname = "child-static";
        long value = 2;
        @Override String getName() { return name; }
        static String staticWho() { return "Child.staticWho"; }
        String both() { return name + "|" + super.name + "|" + ((Parent) this).name; }
        long childValue() { return value + super.value; }
    }
    static class GrandChild extends Child {
        String gname() { return name + "/" + ((Parent) this).name; }
    }

    public static void main(String[] args) {
        Parent p = new Parent();
        Child c = new Child();
        Parent pc = c;
        System.out.println("p.name=" + p.name);
        System.out.println("c.name=" + c.name);
        System.out.println("pc.name (static type Parent)=" + pc.name);
        System.out.println("((Child)pc).name=" + ((Child) pc).name);
        System.out.println("pc.getName() (virtual)=" + pc.getName());
        System.out.println("c.both=" + c.both());
        System.out.println("Parent.sname=" + Parent.sname);
        System.out.println("Child.sname=" + Child.sname);
        System.out.println("Parent.staticWho=" + Parent.staticWho());
        System.out.println("Child.staticWho=" + Child.staticWho());
        System.out.println("c.callStatic (no static dispatch)=" + c.callStatic());
        System.out.println("c.value=" + c.value);
        System.out.println("pc.value=" + pc.value);
        System.out.println("c.parentValue=" + c.parentValue());
        System.out.println("c.childValue=" + c.childValue());
        pc.name = "changed-through-parent-ref";
        System.out.println("after write via pc: c.name=" + c.name + " pc.name=" + pc.name);
        c.name = "changed-through-child-ref";
        System.out.println("after write via c: c.name=" + c.name + " pc.name=" + pc.name);
        pc.value = 50;
        c.value = 60;
        System.out.println("values: pc.value=" + pc.value + " c.value=" + c.value + " sum=" + c.childValue());
        GrandChild g = new GrandChild();
        System.out.println("g.gname=" + g.gname());
        System.out.println("g.getName=" + g.getName());
        Parent pg = g;
        System.out.println("pg.name=" + pg.name);
        Parent.sname = "p2";
        Child.sname = "c2";
        System.out.println("statics after write=" + Parent.sname + "," + Child.sname + "," + GrandChild.sname);
    }
}
