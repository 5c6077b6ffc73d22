public class EqualsHashCodeToString {
    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "Point(" + x + ", " + y + ")"; }
    }
    static class Person {
        final String name;
        final int age;
        final Person friend;
        Person(String name, int age, Person friend) { this.name = name; this.age = age; this.friend = friend; }
        @Override public boolean equals(Object o) {
            if (o == null || o.getClass() != getClass()) return false;
            Person p = (Person) o;
            return age == p.age && (name == null ? p.name == null : name.equals(p.name))
                && (friend == null ? p.friend == null : friend.equals(p.friend));
        }
        @Override public int hashCode() {
            int h = 17;
            h = h * 31 + (name == null ? 0 : name.hashCode());
            h = h * 31 + age;
            h = h * 31 + (friend == null ? 0 : friend.hashCode());
            return h;
        }
        @Override public String toString() { return "Person{name=" + name + ", age=" + age + ", friend=" + friend + "}"; }
    }
    static class Student extends Person {
        Student(String name, int age) { super(name, age, null); }
        @Override public String toString() { return "Student:" + super.toString(); }
    }
    static class Wrapper {
        Object v;
        Wrapper(Object v) { this.v = v; }
        @Override public String toString() { return "[" + v + "]"; }
    }

    static int find(Object[] arr, Object key) {
        for (int i = 0; i < arr.length; i++) if (arr[i].equals(key)) return i;
        return -1;
    }

    public static void main(String[] args) {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        System.out.println("a=" + a);
        System.out.println("a.equals(b)=" + a.equals(b));
        System.out.println("a==b=" + (a == b));
        System.out.println("a.equals(c)=" + a.equals(c));
        System.out.println("a.equals(null)=" + a.equals(null));
        System.out.println("a.equals(\"x\")=" + a.equals("x"));
        System.out.println("a.hashCode=" + a.hashCode() + " b.hashCode=" + b.hashCode() + " c.hashCode=" + c.hashCode());
        Object oa = a;
        System.out.println("via Object: equals=" + oa.equals(b) + " hash=" + oa.hashCode() + " str=" + oa.toString());
        System.out.println("String.valueOf=" + String.valueOf(oa));
        Person bob = new Person("Bob", 30, null);
        Person alice = new Person("Alice", 28, bob);
        Person alice2 = new Person("Alice", 28, new Person("Bob", 30, null));
        Person alice3 = new Person("Alice", 28, new Person("Bob", 31, null));
        System.out.println("alice=" + alice);
        System.out.println("alice.equals(alice2)=" + alice.equals(alice2));
        System.out.println("alice.equals(alice3)=" + alice.equals(alice3));
        System.out.println("hash alice=" + alice.hashCode() + " alice2=" + alice2.hashCode() + " alice3=" + alice3.hashCode());
        Person noName = new Person(null, 1, null);
        System.out.println("noName=" + noName + " hash=" + noName.hashCode() + " equals copy=" + noName.equals(new Person(null, 1, null)));
        Student s = new Student("Bob", 30);
        System.out.println("student=" + s);
        System.out.println("bob.equals(student)=" + bob.equals(s) + " student.equals(bob)=" + s.equals(bob));
        System.out.println("same hash bob/student=" + (bob.hashCode() == s.hashCode()));
        Object[] pts = { new Point(0, 0), new Point(5, 5), new Point(1, 2), new Point(9, 9) };
        System.out.println("find a=" + find(pts, a));
        System.out.println("find c=" + find(pts, c));
        Wrapper w = new Wrapper(new Wrapper(a));
        System.out.println("nested toString=" + w);
        System.out.println("wrapper of null=" + new Wrapper(null));
        String concat = "pre:" + a + ":" + bob + ":" + null;
        System.out.println("concat=" + concat);
        StringBuilder sb = new StringBuilder();
        sb.append(a).append('|').append(w).append('|').append((Object) null);
        System.out.println("sb=" + sb);
    }
}
