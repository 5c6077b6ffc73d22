import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

public class ObjectMethodsContracts {
    static final class Version implements Comparable<Version>, Cloneable {
        final int major, minor, patch;
        String label;

        Version(int major, int minor, int patch) {
            this.major = major;
            this.minor = minor;
            this.patch = patch;
        }

        static Version parse(String s) {
            String[] p = s.split("\\.");
            return new Version(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0, p.length > 2 ? Integer.parseInt(p[2]) : 0);
        }

        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Version)) return false;
            Version v = (Version) o;
            return major == v.major && minor == v.minor && patch == v.patch;
        }

        @Override public int hashCode() { return Objects.hash(major, minor, patch); }

        @Override public String toString() { return major + "." + minor + "." + patch + (label == null ? "" : "-" + label); }

        @Override public int compareTo(Version o) {
            int c = Integer.compare(major, o.major);
            if (c == 0) c = Integer.compare(minor, o.minor);
            if (c == 0) c = Integer.compare(patch, o.patch);
            return c;
        }

        @Override public Version clone() {
            try {
                return (Version) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException { return clone(); }
    }

    static class Deep implements Cloneable {
        int[] data = {1, 2, 3};
        List<String> names = new ArrayList<>(List.of("a"));

        @Override protected Deep clone() throws CloneNotSupportedException {
            Deep d = (Deep) super.clone();
            d.data = data.clone();
            return d;
        }
    }

    public static void main(String[] args) throws Exception {
        String[] inputs = {"1.2.3", "1.10", "1.2", "0.9.9", "1.2.3", "2", "1.10.0"};
        List<Version> vs = new ArrayList<>();
        for (String s : inputs) vs.add(Version.parse(s));
        System.out.println("parsed " + vs);
        System.out.println("sorted " + new TreeSet<>(vs));
        Set<Version> hs = new HashSet<>(vs);
        System.out.println("distinct count " + hs.size() + " contains 1.10.0 " + hs.contains(new Version(1, 10, 0)));
        Version a = vs.get(0);
        Version b = a.clone();
        b.label = "beta";
        System.out.println("clone " + a + " / " + b + " equal " + a.equals(b) + " same " + (a == b) + " hash " + (a.hashCode() == b.hashCode()));
        System.out.println("hash value " + a.hashCode() + " objects.hash " + Objects.hash(1, 2, 3) + " hashCode(null) " + Objects.hashCode(null));
        System.out.println("equals reflexive/symmetric " + a.equals(a) + " " + (a.equals(vs.get(4)) == vs.get(4).equals(a)));
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException " + e.getMessage().endsWith("NotCloneable"));
        }
        Deep d1 = new Deep();
        Deep d2 = d1.clone();
        d2.data[0] = 99;
        d2.names.add("shared");
        System.out.println("deep data " + d1.data[0] + " shallow list " + d1.names);
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] g2 = grid.clone();
        g2[0][0] = 42;
        g2[1] = new int[] {7};
        System.out.println("array clone " + grid[0][0] + " " + grid[1].length);
        Object o = new Object();
        System.out.println("object equals self " + o.equals(o) + " other " + o.equals(new Object()) + " class " + o.getClass().getName());
        System.out.println("toString of Integer/Boolean/Character " + Integer.valueOf(5) + Boolean.TRUE + Character.valueOf('c'));
        System.out.println("hashes " + "abc".hashCode() + " " + Long.valueOf(1L << 40).hashCode() + " " + Double.valueOf(1.5).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Character.valueOf('A').hashCode() + " " + List.of(1, 2).hashCode());
    }
}
