public class PrimitiveArrays {
    static int n = 4;

    public static void main(String[] args) {
        boolean[] z = new boolean[n];
        byte[] b = new byte[n];
        short[] s = new short[n];
        char[] c = new char[n];
        int[] i = new int[n];
        long[] l = new long[n];
        float[] f = new float[n];
        double[] d = new double[n];
        System.out.println("defaults: " + z[0] + " " + b[1] + " " + s[2] + " " + (int) c[3] + " " + i[0] + " " + l[1] + " " + f[2] + " " + d[3]);
        System.out.println("lengths: " + z.length + " " + b.length + " " + s.length + " " + c.length + " " + i.length + " " + l.length + " " + f.length + " " + d.length);
        System.out.println("class names: " + z.getClass().getName() + " " + b.getClass().getName() + " " + s.getClass().getName() + " " + c.getClass().getName()
                + " " + i.getClass().getName() + " " + l.getClass().getName() + " " + f.getClass().getName() + " " + d.getClass().getName());
        for (int k = 0; k < n; k++) {
            z[k] = k % 2 == 1;
            b[k] = (byte) (k * 100);
            s[k] = (short) (k * 20000);
            c[k] = (char) ('W' + k * 10000);
            i[k] = Integer.MAX_VALUE - k * 1000000000;
            l[k] = Long.MIN_VALUE + k;
            f[k] = k / 3f;
            d[k] = -k / 7.0;
        }
        for (int k = 0; k < n; k++) {
            System.out.println("k=" + k + ": " + z[k] + " " + b[k] + " " + s[k] + " " + (int) c[k] + " " + i[k] + " " + l[k] + " " + f[k] + " " + d[k]);
        }
        // stored values are truncated to element type
        byte[] bb = new byte[3];
        int big = 0x1FF;
        bb[0] = (byte) big;
        bb[1] = (byte) -big;
        bb[2] += 200;
        System.out.println("byte truncation: " + bb[0] + " " + bb[1] + " " + bb[2]);
        char[] cc = {'\uffff'};
        cc[0]++;
        System.out.println("char wrap: " + (int) cc[0]);
        short[] ss = {Short.MAX_VALUE};
        ss[0]++;
        System.out.println("short wrap: " + ss[0]);
        long[] ll = {Long.MAX_VALUE};
        ll[0] += 1;
        System.out.println("long wrap: " + ll[0]);
        float[] ff = {Float.MAX_VALUE};
        ff[0] *= 2;
        System.out.println("float overflow: " + ff[0]);
        double[] dd = {0.0};
        dd[0] = -dd[0];
        System.out.println("double negated zero: " + dd[0]);
        // boolean array toggling
        boolean[] bits = new boolean[10];
        for (int k = 1; k < 10; k++) for (int m = k; m < 10; m += k) bits[m] = !bits[m];
        StringBuilder sb = new StringBuilder();
        for (boolean v : bits) sb.append(v ? 'T' : 'F');
        System.out.println("toggled doors: " + sb);
        // zero-length arrays
        int[] empty = new int[0];
        double[] emptyD = {};
        System.out.println("empty lengths: " + empty.length + " " + emptyD.length + ", class " + empty.getClass().getName());
        int sum = 0;
        for (int v : empty) sum += v;
        System.out.println("sum over empty = " + sum);
        // large-ish arrays
        long[] squares = new long[100000];
        for (int k = 0; k < squares.length; k++) squares[k] = (long) k * k;
        long total = 0;
        for (long v : squares) total += v;
        System.out.println("sum of squares < 100000 = " + total);
        int[] counts = new int[256];
        for (int k = 0; k < 10000; k++) counts[(k * 7919) & 0xFF]++;
        int min = Integer.MAX_VALUE, max = 0;
        for (int v : counts) { min = Math.min(min, v); max = Math.max(max, v); }
        System.out.println("histogram min=" + min + " max=" + max);
        // array length in expressions
        int[][] tri = new int[5][];
        for (int k = 0; k < tri.length; k++) tri[k] = new int[k + 1];
        int cells = 0;
        for (int[] row : tri) cells += row.length;
        System.out.println("triangle cells = " + cells);
        // char array printing
        char[] word = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(word);
        System.out.println("String.valueOf(char[]) = " + String.valueOf(word) + ", new String(word, 1, 3) = " + new String(word, 1, 3));
    }
}
