public class ExitCodeArith {
    static int checksum(int[] data) {
        int c = 0;
        for (int d : data) c = (c * 31) ^ d;
        return c;
    }

    public static void main(String[] args) {
        int[] data = new int[20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (i * i * 7919) ^ (i << 11);
            System.out.println("data[" + i + "] = " + data[i]);
        }
        int c = checksum(data);
        System.out.println("checksum = " + c);
        int code = (c & 3) + 2; // deterministic non-zero exit code
        System.out.println("exiting with " + code);
        System.exit(code);
        System.out.println("not printed");
    }
}
