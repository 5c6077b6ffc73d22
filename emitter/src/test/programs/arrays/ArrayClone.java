public class ArrayClone {
    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 100;
        System.out.println("a[0] = " + a[0] + ", b[0] = " + b[0] + ", same object: " + (a == b) + ", class " + b.getClass().getName());
        long[] la = {Long.MIN_VALUE, 0, Long.MAX_VALUE};
        long[] lb = la.clone();
        System.out.println("long clone equal contents: " + (lb[0] == la[0] && lb[2] == la[2]) + ", length " + lb.length);
        double[] da = {0.5, -0.0, Double.NaN};
        double[] db = da.clone();
        System.out.println("double clone: " + db[0] + " " + db[1] + " " + db[2]);
        char[] ca = "clone".toCharArray();
        char[] cb = ca.clone();
        cb[0] = 'C';
        System.out.println("char clone: " + new String(ca) + " / " + new String(cb));
        boolean[] za = {true, false};
        boolean[] zb = za.clone();
        zb[1] = true;
        System.out.println("boolean clone: " + za[1] + " / " + zb[1]);
        byte[] ba = {1, -1};
        short[] sa = {2, -2};
        float[] fa = {1.5f};
        System.out.println("byte/short/float clones: " + ba.clone()[1] + " " + sa.clone()[1] + " " + fa.clone()[0]);
        // 2-D clone is shallow
        int[][] m = {{1, 2}, {3, 4}};
        int[][] mc = m.clone();
        mc[0][0] = 99;
        mc[1] = new int[]{7, 7};
        System.out.println("shallow 2D: m[0][0] = " + m[0][0] + ", m[1][0] = " + m[1][0] + ", mc[1][0] = " + mc[1][0] + ", rows shared: " + (m[0] == mc[0]));
        // deep clone by hand
        int[][] deep = new int[m.length][];
        for (int i = 0; i < m.length; i++) deep[i] = m[i].clone();
        deep[0][1] = -5;
        System.out.println("deep: m[0][1] = " + m[0][1] + ", deep[0][1] = " + deep[0][1]);
        // object array clone keeps element identity and runtime type
        StringBuilder[] sbs = {new StringBuilder("x"), new StringBuilder("y")};
        StringBuilder[] sbc = sbs.clone();
        sbc[0].append("!");
        System.out.println("object clone shares elements: " + sbs[0] + ", same element: " + (sbs[0] == sbc[0]) + ", class " + sbc.getClass().getName());
        Object[] covariant = new String[]{"s"};
        Object[] cc = covariant.clone();
        System.out.println("clone of String[] via Object[] has class " + cc.getClass().getName());
        try {
            cc[0] = 1;
        } catch (ArrayStoreException e) {
            System.out.println("store into cloned String[]: ArrayStoreException: " + e.getMessage());
        }
        // clone of empty and of large arrays
        int[] empty = new int[0];
        System.out.println("empty clone length " + empty.clone().length + ", distinct: " + (empty.clone() != empty));
        int[] big = new int[10000];
        for (int i = 0; i < big.length; i++) big[i] = i * 3;
        int[] bigc = big.clone();
        long s = 0;
        for (int v : bigc) s += v;
        System.out.println("big clone sum " + s);
        // clone via Object reference then cast
        Object obj = a;
        int[] viaObj = ((int[]) obj).clone();
        System.out.println("clone via cast: " + viaObj[1]);
        // cloned 3D array: only top level copied
        int[][][] cube = new int[2][2][2];
        int[][][] cubec = cube.clone();
        cubec[1][1][1] = 8;
        System.out.println("3D clone shares inner: cube[1][1][1] = " + cube[1][1][1]);
    }
}
