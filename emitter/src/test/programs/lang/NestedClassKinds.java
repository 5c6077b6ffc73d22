import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntSupplier;

public class NestedClassKinds {
    private int value = 10;
    private static int statics = 100;

    class Inner {
        int value = 20;

        int sum() {
            return value + NestedClassKinds.this.value + statics;
        }

        class Deeper {
            int value = 30;

            String show() {
                return value + "/" + Inner.this.value + "/" + NestedClassKinds.this.value;
            }
        }
    }

    static class StaticNested {
        private int secret = 5;

        int peek(NestedClassKinds outer) {
            return outer.value + secret;
        }
    }

    class Range implements Iterable<Integer> {
        final int lo, hi;

        Range(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int cur = lo;

                public boolean hasNext() {
                    return cur < hi;
                }

                public Integer next() {
                    return cur++ * value;
                }
            };
        }
    }

    IntSupplier counterFrom(int start) {
        class Local implements IntSupplier {
            int n = start;

            public int getAsInt() {
                value++;
                return n++;
            }
        }
        return new Local();
    }

    static List<String> localClasses(int k) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            final int j = i;
            class Item {
                String text() {
                    return "item" + j + "of" + k;
                }
            }
            out.add(new Item().text());
        }
        return out;
    }

    public static void main(String[] args) {
        NestedClassKinds o = new NestedClassKinds();
        NestedClassKinds.Inner in = o.new Inner();
        System.out.println("inner sum " + in.sum());
        NestedClassKinds.Inner.Deeper d = in.new Deeper();
        System.out.println("deeper " + d.show());
        o.value = 11;
        System.out.println("after change " + d.show() + " sum " + in.sum());
        StaticNested sn = new StaticNested();
        sn.secret += 2;
        System.out.println("static nested peek " + sn.peek(o) + " secret " + sn.secret);
        StringBuilder sb = new StringBuilder();
        for (int x : o.new Range(1, 6)) {
            sb.append(x).append(' ');
        }
        System.out.println("range " + sb.toString().trim());
        IntSupplier c = o.counterFrom(7);
        System.out.println("counter " + c.getAsInt() + " " + c.getAsInt() + " " + c.getAsInt() + " value now " + o.value);
        System.out.println("local classes " + localClasses(3));
        Object anon = new Object() {
            int hidden = 42;

            @Override
            public String toString() {
                return "anon with " + hidden;
            }
        };
        System.out.println(anon);
        var typed = new Object() {
            int x = 3;
            int twice() { return 2 * x; }
        };
        typed.x = 8;
        System.out.println("var anon twice " + typed.twice());
        System.out.println("names: " + Inner.class.getName() + " " + Inner.Deeper.class.getSimpleName() + " "
                + StaticNested.class.getName());
        System.out.println("anon simple name empty: " + anon.getClass().getSimpleName().isEmpty());
        System.out.println("local class name: " + c.getClass().getSimpleName());
        statics = 1;
        System.out.println("sum after statics " + in.sum());
    }
}
