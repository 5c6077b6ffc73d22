public class InterfaceInit {
    static Object log(String s) { System.out.println("  [" + s + "]"); return s; }

    interface Plain {
        Object P = log("Plain.P init");
        void run();
    }
    interface PlainChild extends Plain {
        Object PC = log("PlainChild.PC init");
    }
    interface WithDefault {
        Object W = log("WithDefault.W init");
        default String hello() { return "default hello"; }
    }
    interface NoDefaultSub extends WithDefault {
        Object N = log("NoDefaultSub.N init");
    }

    static class Impl implements PlainChild {
        static { log("Impl.<clinit>"); }
        public void run() { log("Impl.run"); }
    }
    static class DefaultImpl implements WithDefault {
        static { log("DefaultImpl.<clinit>"); }
    }
    static class Indirect implements NoDefaultSub {
        static { log("Indirect.<clinit>"); }
    }

    public static void main(String[] args) {
        System.out.println("new Impl():");
        Impl i = new Impl();
        System.out.println("call run via interface:");
        Plain p = i;
        p.run();
        System.out.println("read PlainChild.PC:");
        System.out.println("PC=" + PlainChild.PC);
        System.out.println("read Plain.P:");
        System.out.println("P=" + Plain.P);
        System.out.println("new DefaultImpl() (interface with default method gets initialized):");
        DefaultImpl d = new DefaultImpl();
        System.out.println("hello=" + d.hello());
        System.out.println("new Indirect():");
        Indirect ind = new Indirect();
        System.out.println("hello=" + ind.hello());
        System.out.println("read NoDefaultSub.N:");
        System.out.println("N=" + NoDefaultSub.N);
        System.out.println("done");
    }
}
