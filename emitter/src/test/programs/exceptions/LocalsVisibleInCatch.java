public class LocalsVisibleInCatch {
    static void thrower(boolean doThrow) {
        if (doThrow) throw new RuntimeException("thrown");
    }

    static int depthCounter;
    static void deep(int n) {
        depthCounter = n;
        if (n == 0) throw new IllegalStateException("bottom");
        deep(n - 1);
    }

    public static void main(String[] args) {
        int x = 1;
        try {
            x = 2;
            thrower(true);
            x = 3;
        } catch (RuntimeException e) {
            System.out.println("x in catch=" + x);
        }
        System.out.println("x after=" + x);

        int a = 0;
        long b = 0;
        String s = "start";
        double d = 0.5;
        boolean flag = false;
        try {
            a = 10;
            s = "middle";
            b = 1L << 35;
            thrower(false);
            d = 1.5;
            flag = true;
            thrower(true);
            a = 20;
            s = "end";
        } catch (RuntimeException e) {
            System.out.println("catch a=" + a + " b=" + b + " s=" + s + " d=" + d + " flag=" + flag);
        } finally {
            System.out.println("finally a=" + a + " s=" + s);
        }

        int i = 0;
        int sum = 0;
        try {
            for (i = 0; i < 100; i++) {
                sum += i;
                if (i == 13) thrower(true);
            }
        } catch (RuntimeException e) {
            System.out.println("loop broken at i=" + i + " sum=" + sum);
        }

        int[] arr = new int[3];
        int idx = 0;
        try {
            while (true) {
                arr[idx] = idx * 7;
                idx++;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("filled idx=" + idx + " arr=" + arr[0] + "," + arr[1] + "," + arr[2]);
        }

        StringBuilder sb = new StringBuilder();
        try {
            sb.append("a");
            sb.append("b");
            thrower(true);
            sb.append("c");
        } catch (RuntimeException e) {
            sb.append("!");
        }
        System.out.println("sb=" + sb);

        int counter = 0;
        try {
            counter++;
            try {
                counter += 10;
                thrower(true);
            } finally {
                counter += 100;
            }
        } catch (RuntimeException e) {
            counter += 1000;
        }
        System.out.println("counter=" + counter);

        try {
            deep(25);
        } catch (IllegalStateException e) {
            System.out.println("depthCounter=" + depthCounter);
        }

        int y = 5;
        try {
            y = y / (y - 5);
        } catch (ArithmeticException e) {
            System.out.println("y unchanged=" + y);
        }
        int z = 7;
        try {
            z += Integer.parseInt("oops");
        } catch (NumberFormatException e) {
            System.out.println("z unchanged=" + z);
        }
        Object o = "orig";
        try {
            o = Integer.valueOf(9);
            String str = (String) o;
            o = str;
        } catch (ClassCastException e) {
            System.out.println("o after failed cast=" + o);
        }
    }
}
