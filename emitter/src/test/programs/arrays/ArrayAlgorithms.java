public class ArrayAlgorithms {
    static String str(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int v : a) sb.append(v).append(' ');
        return sb.toString().trim();
    }

    static void reverse(int[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) { int t = a[i]; a[i] = a[j]; a[j] = t; }
    }

    static void rotate(int[] a, int k) {
        int n = a.length;
        k = ((k % n) + n) % n;
        reverse(a, 0, n);
        reverse(a, 0, k);
        reverse(a, k, n);
    }

    public static void main(String[] args) {
        int[] a = {3, -2, 5, -1, 6, -3, 2, 7, -5, 2};
        // prefix sums and range queries
        long[] prefix = new long[a.length + 1];
        for (int i = 0; i < a.length; i++) prefix[i + 1] = prefix[i] + a[i];
        System.out.println("prefix: " + prefix[1] + " " + prefix[5] + " " + prefix[10] + ", sum[2,7) = " + (prefix[7] - prefix[2]));
        // Kadane maximum subarray
        int best = Integer.MIN_VALUE, cur = 0, start = 0, bs = 0, be = 0;
        for (int i = 0; i < a.length; i++) {
            if (cur <= 0) { cur = a[i]; start = i; } else cur += a[i];
            if (cur > best) { best = cur; bs = start; be = i; }
        }
        System.out.println("max subarray sum " + best + " at [" + bs + ", " + be + "]");
        // two-pointer pair sum on sorted array
        int[] sorted = {-5, -3, -2, -1, 2, 2, 3, 5, 6, 7};
        int lo = 0, hi = sorted.length - 1, pairs = 0;
        StringBuilder sb = new StringBuilder();
        while (lo < hi) {
            int s = sorted[lo] + sorted[hi];
            if (s == 4) { sb.append('(').append(sorted[lo]).append(',').append(sorted[hi]).append(')'); pairs++; lo++; hi--; }
            else if (s < 4) lo++;
            else hi--;
        }
        System.out.println("pairs summing to 4: " + pairs + " " + sb);
        // rotation
        for (int k : new int[]{0, 1, 3, 10, -2, 13}) {
            int[] r = {1, 2, 3, 4, 5, 6, 7};
            rotate(r, k);
            System.out.println("rotate " + k + ": " + str(r));
        }
        // dedupe sorted in place
        int[] dup = {1, 1, 2, 3, 3, 3, 4, 5, 5, 9, 9, 9, 9};
        int w = 0;
        for (int i = 0; i < dup.length; i++) if (i == 0 || dup[i] != dup[i - 1]) dup[w++] = dup[i];
        sb.setLength(0);
        for (int i = 0; i < w; i++) sb.append(dup[i]).append(' ');
        System.out.println("deduped (" + w + "): " + sb);
        // partition around pivot (Dutch national flag)
        int[] flag = {2, 0, 1, 2, 1, 0, 0, 2, 1, 1, 0};
        int low = 0, mid = 0, high = flag.length - 1;
        while (mid <= high) {
            if (flag[mid] == 0) { int t = flag[low]; flag[low++] = flag[mid]; flag[mid++] = t; }
            else if (flag[mid] == 1) mid++;
            else { int t = flag[high]; flag[high--] = flag[mid]; flag[mid] = t; }
        }
        System.out.println("dutch flag: " + str(flag));
        // next permutation
        int[] perm = {1, 2, 3, 4};
        sb.setLength(0);
        for (int step = 0; step < 24; step++) {
            for (int v : perm) sb.append(v);
            sb.append(' ');
            int i = perm.length - 2;
            while (i >= 0 && perm[i] >= perm[i + 1]) i--;
            if (i < 0) break;
            int j = perm.length - 1;
            while (perm[j] <= perm[i]) j--;
            int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
            reverse(perm, i + 1, perm.length);
        }
        System.out.println("permutations: " + sb);
        // sliding window maximum with a manual deque in an array
        int[] data = {1, 3, -1, -3, 5, 3, 6, 7, 2, 1, 8};
        int k = 3;
        int[] dq = new int[data.length];
        int head = 0, tail = 0;
        sb.setLength(0);
        for (int i = 0; i < data.length; i++) {
            while (tail > head && dq[head] <= i - k) head++;
            while (tail > head && data[dq[tail - 1]] <= data[i]) tail--;
            dq[tail++] = i;
            if (i >= k - 1) sb.append(data[dq[head]]).append(' ');
        }
        System.out.println("window max: " + sb);
        // majority vote
        int[] votes = {2, 2, 1, 1, 1, 2, 2, 3, 2};
        int cand = 0, cnt = 0;
        for (int v : votes) { if (cnt == 0) cand = v; cnt += v == cand ? 1 : -1; }
        System.out.println("majority candidate: " + cand);
        // merge two sorted arrays
        int[] x = {1, 4, 9, 10}, y = {2, 3, 9, 11, 12};
        int[] merged = new int[x.length + y.length];
        int i = 0, j = 0, m = 0;
        while (i < x.length || j < y.length) merged[m++] = (j >= y.length || (i < x.length && x[i] <= y[j])) ? x[i++] : y[j++];
        System.out.println("merged: " + str(merged));
        // counting inversions (O(n^2))
        int inv = 0;
        for (int p = 0; p < a.length; p++) for (int q = p + 1; q < a.length; q++) if (a[p] > a[q]) inv++;
        System.out.println("inversions: " + inv);
        // histogram of letters
        int[] hist = new int[26];
        String text = "the quick brown fox jumps over the lazy dog";
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch >= 'a' && ch <= 'z') hist[ch - 'a']++;
        }
        sb.setLength(0);
        for (int c = 0; c < 26; c++) if (hist[c] > 1) sb.append((char) ('a' + c)).append(hist[c]);
        System.out.println("letters occurring more than once: " + sb);
    }
}
