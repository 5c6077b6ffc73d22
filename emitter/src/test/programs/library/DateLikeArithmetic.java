import java.util.*;

/** Calendar arithmetic by hand: leap years, day of week (Zeller), days between dates, month calendars. */
public class DateLikeArithmetic {
    static boolean leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
    static int daysIn(int y, int m) { return m == 2 ? (leap(y) ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31; }
    static long epochDay(int y, int m, int d) {
        long days = 0;
        for (int yy = 1970; yy < y; yy++) days += leap(yy) ? 366 : 365;
        for (int yy = y; yy < 1970; yy++) days -= leap(yy) ? 366 : 365;
        for (int mm = 1; mm < m; mm++) days += daysIn(y, mm);
        return days + d - 1;
    }
    static String dow(int y, int m, int d) {
        if (m < 3) { m += 12; y--; }
        int k = y % 100, j = y / 100;
        int h = (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
        return new String[] {"Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"}[h];
    }
    static String calendar(int y, int m) {
        StringBuilder sb = new StringBuilder(String.format("   %04d-%02d%n Mo Tu We Th Fr Sa Su%n", y, m));
        int first = (int) Math.floorMod(epochDay(y, m, 1) + 3, 7);
        sb.append("   ".repeat(first));
        for (int d = 1; d <= daysIn(y, m); d++) {
            sb.append(String.format("%3d", d));
            if ((first + d) % 7 == 0) sb.append('\n');
        }
        return sb.append('\n').toString();
    }
    public static void main(String[] args) {
        for (int y : new int[] {1900, 2000, 2023, 2024, 2100, 2400}) System.out.print(y + (leap(y) ? " leap " : " common ") );
        System.out.println();
        int[][] dates = {{1970, 1, 1}, {2000, 2, 29}, {1969, 7, 20}, {2024, 12, 31}, {1600, 3, 1}, {2038, 1, 19}};
        for (int[] dt : dates) System.out.println(Arrays.toString(dt) + " epochDay " + epochDay(dt[0], dt[1], dt[2]) + " " + dow(dt[0], dt[1], dt[2]));
        System.out.println("days between moon landing and y2k " + (epochDay(2000, 1, 1) - epochDay(1969, 7, 20)));
        System.out.print(calendar(2024, 2));
        System.out.print(calendar(2023, 10));
        long seconds = 1_700_000_000L;
        long days = seconds / 86400, rem = seconds % 86400;
        int y = 1970;
        while (days >= (leap(y) ? 366 : 365)) { days -= leap(y) ? 366 : 365; y++; }
        int m = 1;
        while (days >= daysIn(y, m)) { days -= daysIn(y, m); m++; }
        System.out.printf("%d is %04d-%02d-%02dT%02d:%02d:%02dZ%n", seconds, y, m, days + 1, rem / 3600, rem % 3600 / 60, rem % 60);
        Map<String, Integer> fridays13 = new TreeMap<>();
        for (int yy = 2020; yy <= 2030; yy++) for (int mm = 1; mm <= 12; mm++) if (dow(yy, mm, 13).equals("Fri")) fridays13.merge(String.valueOf(yy), 1, Integer::sum);
        System.out.println("fridays the 13th " + fridays13);
    }
}
