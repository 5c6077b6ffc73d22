// javac-flags: --release 8
public class Sorting {
    static int[] data() {
        int[] a = new int[40];
        int x = 12345;
        for (int i = 0; i < a.length; i++) {
            x = x * 1103515245 + 12345;
            a[i] = (x >>> 16) % 1000 - 500;
        }
        return a;
    }

    static String str(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int v : a) sb.append(v).append(' ');
        return sb.toString().trim();
    }

    static boolean sorted(int[] a) {
        for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false;
        return true;
    }

    static int bubble(int[] a) {
        int swaps = 0;
        for (int i = 0; i < a.length - 1; i++) {
            boolean swapped = false;
            for (int j = 0; j < a.length - 1 - i; j++) {
                if (a[j] > a[j + 1]) {
                    int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t;
                    swaps++;
                    swapped = true;
                }
            }
            if (!swapped) break;
        }
        return swaps;
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int key = a[i], j = i - 1;
            while (j >= 0 && a[j] > key) { a[j + 1] = a[j]; j--; }
            a[j + 1] = key;
        }
    }

    static void selection(int[] a) {
        for (int i = 0; i < a.length - 1; i++) {
            int min = i;
            for (int j = i + 1; j < a.length; j++) if (a[j] < a[min]) min = j;
            int t = a[i]; a[i] = a[min]; a[min] = t;
        }
    }

    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quick(a, lo, j);
        quick(a, i, hi);
    }

    static void merge(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            int t = a[0]; a[0] = a[end]; a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, big = i;
            if (l < n && a[l] > a[big]) big = l;
            if (r < n && a[r] > a[big]) big = r;
            if (big == i) return;
            int t = a[i]; a[i] = a[big]; a[big] = t;
            i = big;
        }
    }

    static void counting(int[] a, int min, int max) {
        int[] counts = new int[max - min + 1];
        for (int v : a) counts[v - min]++;
        int k = 0;
        for (int v = 0; v < counts.length; v++) while (counts[v]-- > 0) a[k++] = v + min;
    }

    static void shell(int[] a) {
        for (int gap = a.length / 2; gap > 0; gap /= 2)
            for (int i = gap; i < a.length; i++) {
                int t = a[i], j = i;
                for (; j >= gap && a[j - gap] > t; j -= gap) a[j] = a[j - gap];
                a[j] = t;
            }
    }

    public static void main(String[] args) {
        int[] orig = data();
        System.out.println("input:     " + str(orig));
        int[] a = orig.clone();
        int swaps = bubble(a);
        System.out.println("bubble:    " + str(a) + " (swaps " + swaps + ")");
        String expected = str(a);
        a = orig.clone(); insertion(a);
        System.out.println("insertion same: " + str(a).equals(expected));
        a = orig.clone(); selection(a);
        System.out.println("selection same: " + str(a).equals(expected));
        a = orig.clone(); quick(a, 0, a.length - 1);
        System.out.println("quick same: " + str(a).equals(expected));
        a = orig.clone(); merge(a, new int[a.length], 0, a.length);
        System.out.println("merge same: " + str(a).equals(expected));
        a = orig.clone(); heap(a);
        System.out.println("heap same: " + str(a).equals(expected));
        a = orig.clone(); counting(a, -500, 499);
        System.out.println("counting same: " + str(a).equals(expected));
        a = orig.clone(); shell(a);
        System.out.println("shell same: " + str(a).equals(expected));
        a = orig.clone(); java.util.Arrays.sort(a);
        System.out.println("Arrays.sort same: " + str(a).equals(expected));
        // edge cases
        int[][] edge = {{}, {1}, {2, 1}, {3, 3, 3}, {Integer.MAX_VALUE, Integer.MIN_VALUE, 0, -1, 1}, {5, 4, 3, 2, 1, 0}};
        for (int[] e : edge) {
            int[] q = e.clone(), m = e.clone(), h = e.clone();
            quick(q, 0, q.length - 1);
            merge(m, new int[m.length], 0, m.length);
            heap(h);
            System.out.println("edge " + str(e) + " -> " + str(q) + " | " + sorted(q) + sorted(m) + sorted(h) + " " + str(m).equals(str(q)) + str(h).equals(str(q)));
        }
        // sort strings by hand (insertion sort with compareTo)
        String[] words = {"pear", "Apple", "fig", "banana", "apple", "Fig", "cherry", ""};
        for (int i = 1; i < words.length; i++) {
            String key = words[i];
            int j = i - 1;
            while (j >= 0 && words[j].compareTo(key) > 0) { words[j + 1] = words[j]; j--; }
            words[j + 1] = key;
        }
        System.out.println("strings: " + String.join(",", words));
        // sort doubles including negatives and -0.0 with a comparator-free manual sort
        double[] ds = {3.5, -0.0, -2.25, 0.0, 1e-9, -1e9, 7.0};
        for (int i = 1; i < ds.length; i++) {
            double key = ds[i];
            int j = i - 1;
            while (j >= 0 && Double.compare(ds[j], key) > 0) { ds[j + 1] = ds[j]; j--; }
            ds[j + 1] = key;
        }
        StringBuilder sb = new StringBuilder();
        for (double d : ds) sb.append(d).append(' ');
        System.out.println("doubles: " + sb);
        // stable sort check with parallel key arrays (merge sort on indices)
        int[] keys = {3, 1, 2, 1, 3, 2, 1};
        int[] idx = {0, 1, 2, 3, 4, 5, 6};
        for (int i = 1; i < idx.length; i++) {
            int k = idx[i], j = i - 1;
            while (j >= 0 && keys[idx[j]] > keys[k]) { idx[j + 1] = idx[j]; j--; }
            idx[j + 1] = k;
        }
        System.out.println("stable order of indices: " + str(idx));
    }
}
