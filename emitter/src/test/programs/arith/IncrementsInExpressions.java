public class IncrementsInExpressions {
    static int counter = 0;
    static int[] arr = new int[6];
    static long lcount = 0;

    static int next() { return counter++; }

    public static void main(String[] args) {
        int i = 5;
        int r = i++ + ++i;
        System.out.println("i++ + ++i: r=" + r + " i=" + i);
        i = 5;
        r = i-- - --i;
        System.out.println("i-- - --i: r=" + r + " i=" + i);
        i = 5;
        i = i++;
        System.out.println("i = i++: i=" + i);
        i = 5;
        i = ++i + i++;
        System.out.println("i = ++i + i++: i=" + i);
        i = 3;
        r = i++ * i++ * i++;
        System.out.println("i++ * i++ * i++: r=" + r + " i=" + i);
        i = 1;
        r = i + (i = 10) + i;
        System.out.println("i + (i = 10) + i: r=" + r + " i=" + i);
        i = 2;
        i += i++ + ++i;
        System.out.println("i += i++ + ++i: i=" + i);
        int j = 0;
        arr[j++] = j;
        arr[j++] = j++;
        arr[++j] = j--;
        System.out.println("arr after index side effects: " + arr[0] + " " + arr[1] + " " + arr[2] + " " + arr[3] + " " + arr[4] + " " + arr[5] + " j=" + j);
        int k = 0;
        arr[k] = k = 4;
        System.out.println("arr[k] = k = 4: arr[0]=" + arr[0] + " k=" + k);
        int[] a = {10, 20, 30};
        int idx = 0;
        a[idx++] += a[idx];
        System.out.println("a[idx++] += a[idx]: " + a[0] + " " + a[1] + " " + a[2] + " idx=" + idx);
        a[idx]++;
        ++a[idx];
        a[idx]--;
        System.out.println("a[idx]++ ++a[idx] a[idx]--: " + a[1]);
        System.out.println("a[idx]++ value: " + a[idx]++ + ", after: " + a[idx]);
        System.out.println("++a[2] value: " + ++a[2]);
        // static field increments
        counter = 0;
        int s = next() + next() * next();
        System.out.println("next() + next() * next() = " + s + ", counter=" + counter);
        counter = 10;
        System.out.println("counter++ + counter++ = " + (counter++ + counter++) + ", counter=" + counter);
        System.out.println("--counter = " + (--counter));
        lcount = Long.MAX_VALUE;
        lcount++;
        System.out.println("long static ++ overflow: " + lcount);
        long lv = 0;
        long lr = lv++ + lv++ + ++lv;
        System.out.println("long lv++ + lv++ + ++lv = " + lr + " lv=" + lv);
        // increment of wide loop variables
        long total = 0;
        for (long m = 0; m < 10; m += 3) total += m;
        System.out.println("long loop total: " + total);
        // increments of float/double
        double d = 0.5;
        d++;
        double d2 = d++ + ++d;
        System.out.println("double inc: d=" + d + " d2=" + d2);
        float f = 1.5f;
        f--;
        --f;
        System.out.println("float dec: " + f);
        // increment inside conditions
        int x = 0;
        int hits = 0;
        while (x++ < 5) hits++;
        System.out.println("while (x++ < 5): hits=" + hits + " x=" + x);
        x = 0;
        hits = 0;
        while (++x < 5) hits++;
        System.out.println("while (++x < 5): hits=" + hits + " x=" + x);
        x = 10;
        if (x-- > 9 && --x > 7) System.out.println("branch taken, x=" + x);
        if (x-- > 100 && --x > 7) System.out.println("not taken");
        System.out.println("after short circuit x=" + x);
        // Integer boxed increments
        Integer boxed = 127;
        boxed++;
        System.out.println("boxed++ = " + boxed);
        Integer bmax = Integer.MAX_VALUE;
        bmax++;
        System.out.println("boxed MAX++ = " + bmax);
        // chained assignments
        int p, q, t;
        p = q = t = 7;
        p += q -= t *= 2;
        System.out.println("p += q -= t *= 2: p=" + p + " q=" + q + " t=" + t);
    }
}
