import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

public class LambdaCapture {
    private int field = 1;
    private static int sfield = 100;

    List<IntSupplier> makers() {
        List<IntSupplier> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int j = i;
            out.add(() -> j * 10 + field);
        }
        return out;
    }

    IntSupplier fieldReader() { return () -> field; }

    static IntUnaryOperator adder(int n) { return x -> x + n; }

    static IntUnaryOperator compose(IntUnaryOperator... ops) {
        IntUnaryOperator r = IntUnaryOperator.identity();
        for (IntUnaryOperator op : ops) r = r.andThen(op);
        return r;
    }

    static Supplier<Supplier<String>> nested(String a) {
        long b = a.length();
        return () -> {
            double c = b * 1.5;
            return () -> a + "|" + b + "|" + c;
        };
    }

    public static void main(String[] args) {
        LambdaCapture lc = new LambdaCapture();
        List<IntSupplier> ms = lc.makers();
        lc.field = 5;
        for (IntSupplier s : ms) System.out.print(s.getAsInt() + " ");
        System.out.println();
        IntSupplier fr = lc.fieldReader();
        lc.field = 9;
        System.out.println("field reader " + fr.getAsInt());
        IntSupplier st = () -> sfield;
        sfield = 7;
        System.out.println("static reader " + st.getAsInt());
        System.out.println("compose " + compose(adder(1), x -> x * 3, adder(-2)).applyAsInt(5));
        System.out.println("nested " + nested("abc").get().get());
        int[] counter = {0};
        Runnable inc = () -> counter[0]++;
        for (int i = 0; i < 10; i++) inc.run();
        System.out.println("array-captured counter " + counter[0]);
        StringBuilder sb = new StringBuilder();
        Runnable app = () -> sb.append(sb.length());
        for (int i = 0; i < 5; i++) app.run();
        System.out.println("builder " + sb);
        byte by = 3; short sh = 4; char ch = 'z'; boolean bo = true; float fl = 2.5f; double db = 1e-3; long lo = 1L << 35;
        Supplier<String> all = () -> by + "," + sh + "," + ch + "," + bo + "," + fl + "," + db + "," + lo;
        System.out.println("all primitive captures " + all.get());
        IntUnaryOperator fact = new IntUnaryOperator() {
            public int applyAsInt(int n) { return n <= 1 ? 1 : n * applyAsInt(n - 1); }
        };
        System.out.println("recursive anon " + fact.applyAsInt(10));
        IntUnaryOperator[] fib = new IntUnaryOperator[1];
        fib[0] = n -> n < 2 ? n : fib[0].applyAsInt(n - 1) + fib[0].applyAsInt(n - 2);
        System.out.println("recursive lambda " + fib[0].applyAsInt(20));
        Supplier<Object> thisCapture = lc.selfSupplier();
        System.out.println("this captured " + (thisCapture.get() == lc));
        List<Supplier<String>> lazy = new ArrayList<>();
        for (String w : new String[] {"x", "y", "z"}) lazy.add(() -> w + w);
        StringBuilder out = new StringBuilder();
        lazy.forEach(s -> out.append(s.get()));
        System.out.println("foreach captures " + out);
    }

    Supplier<Object> selfSupplier() { return () -> this; }
}
