public class FieldDefaults {
    static boolean sZ;
    static byte sB;
    static short sS;
    static char sC;
    static int sI;
    static long sJ;
    static float sF;
    static double sD;
    static Object sObj;
    static String sStr;
    static int[] sArr;

    boolean z;
    byte b;
    short s;
    char c;
    int i;
    long j;
    float f;
    double d;
    Object obj;
    String str;
    long[] arr;
    FieldDefaults self;

    static class WithInit {
        boolean z = true;
        byte b = (byte) 200;
        short s = (short) 40000;
        char c = 'Q';
        int i = -123456;
        long j = 1L << 40;
        float f = 2.5f;
        double d = -0.125;
        String str = "set";
    }

    public static void main(String[] args) {
        System.out.println("static boolean=" + sZ);
        System.out.println("static byte=" + sB);
        System.out.println("static short=" + sS);
        System.out.println("static char code=" + (int) sC);
        System.out.println("static int=" + sI);
        System.out.println("static long=" + sJ);
        System.out.println("static float=" + sF);
        System.out.println("static double=" + sD);
        System.out.println("static Object null=" + (sObj == null));
        System.out.println("static String=" + sStr);
        System.out.println("static int[] null=" + (sArr == null));

        FieldDefaults o = new FieldDefaults();
        System.out.println("instance boolean=" + o.z);
        System.out.println("instance byte=" + o.b);
        System.out.println("instance short=" + o.s);
        System.out.println("instance char code=" + (int) o.c);
        System.out.println("instance char is zero=" + (o.c == '\u0000'));
        System.out.println("instance int=" + o.i);
        System.out.println("instance long=" + o.j);
        System.out.println("instance float=" + o.f);
        System.out.println("instance double=" + o.d);
        System.out.println("instance Object=" + o.obj);
        System.out.println("instance String=" + o.str);
        System.out.println("instance long[] null=" + (o.arr == null));
        System.out.println("instance self null=" + (o.self == null));

        WithInit w = new WithInit();
        System.out.println("init boolean=" + w.z);
        System.out.println("init byte=" + w.b);
        System.out.println("init short=" + w.s);
        System.out.println("init char=" + w.c);
        System.out.println("init int=" + w.i);
        System.out.println("init long=" + w.j);
        System.out.println("init float=" + w.f);
        System.out.println("init double=" + w.d);
        System.out.println("init String=" + w.str);

        o.z = true; o.b = -128; o.s = -32768; o.c = '\uffff'; o.i = Integer.MIN_VALUE;
        o.j = Long.MAX_VALUE; o.f = -1.0f; o.d = 1e10; o.str = "x"; o.self = o;
        System.out.println("written boolean=" + o.z);
        System.out.println("written byte=" + o.b);
        System.out.println("written short=" + o.s);
        System.out.println("written char code=" + (int) o.c);
        System.out.println("written int=" + o.i);
        System.out.println("written long=" + o.j);
        System.out.println("written float=" + o.f);
        System.out.println("written double=" + o.d);
        System.out.println("written str=" + o.str);
        System.out.println("self loop=" + (o.self.self.self == o));
        FieldDefaults o2 = new FieldDefaults();
        System.out.println("fresh instance still default int=" + o2.i + " str=" + o2.str);

        byte bb = o.b; bb--; o.b = bb;
        System.out.println("byte wrap=" + o.b);
        o.s++;
        o.s--; o.s--;
        System.out.println("short wrap=" + o.s);
        o.c++;
        System.out.println("char wrap=" + (int) o.c);
        sI += 5; sJ -= 7; sZ = !sZ; sC = 'z';
        System.out.println("statics updated=" + sI + " " + sJ + " " + sZ + " " + sC);

        int[] ints = new int[3];
        boolean[] bools = new boolean[2];
        char[] chars = new char[2];
        String[] strs = new String[2];
        double[] doubles = new double[2];
        System.out.println("array defaults=" + ints[2] + " " + bools[1] + " " + (int) chars[0] + " " + strs[1] + " " + doubles[0]);
    }
}
