public class PolymorphicCollection {
    static abstract class Employee {
        private static int nextId = 1;
        final int id;
        final String name;
        Employee(String name) { this.name = name; this.id = nextId++; }
        abstract int monthlyPay();
        String role() { return "employee"; }
        int bonus() { return 0; }
        public String toString() { return role() + "#" + id + " " + name + " pay=" + monthlyPay() + " bonus=" + bonus(); }
    }
    static class Salaried extends Employee {
        final int salary;
        Salaried(String n, int salary) { super(n); this.salary = salary; }
        int monthlyPay() { return salary / 12; }
        String role() { return "salaried"; }
    }
    static class Hourly extends Employee {
        final int rate, hours;
        Hourly(String n, int rate, int hours) { super(n); this.rate = rate; this.hours = hours; }
        int monthlyPay() {
            int base = Math.min(hours, 160) * rate;
            int over = Math.max(0, hours - 160) * rate * 3 / 2;
            return base + over;
        }
        String role() { return "hourly"; }
    }
    static class Manager extends Salaried {
        final Employee[] reports;
        Manager(String n, int salary, Employee... reports) { super(n, salary); this.reports = reports; }
        @Override int bonus() { return reports.length * 100; }
        @Override String role() { return "manager"; }
        @Override int monthlyPay() { return super.monthlyPay() + bonus(); }
    }
    static class Intern extends Hourly {
        Intern(String n, int hours) { super(n, 10, hours); }
        @Override String role() { return "intern(" + super.role() + ")"; }
    }

    static class Roster {
        private Employee[] items = new Employee[2];
        private int size;
        void add(Employee e) {
            if (size == items.length) {
                Employee[] n = new Employee[size * 2];
                for (int i = 0; i < size; i++) n[i] = items[i];
                items = n;
            }
            items[size++] = e;
        }
        Employee get(int i) { return items[i]; }
        int size() { return size; }
        int total() { int t = 0; for (int i = 0; i < size; i++) t += items[i].monthlyPay(); return t; }
        int count(String role) {
            int c = 0;
            for (int i = 0; i < size; i++) if (items[i].role().equals(role)) c++;
            return c;
        }
        void sortByPayDesc() {
            for (int i = 0; i < size; i++)
                for (int j = 0; j + 1 < size - i; j++)
                    if (items[j].monthlyPay() < items[j + 1].monthlyPay()) {
                        Employee t = items[j]; items[j] = items[j + 1]; items[j + 1] = t;
                    }
        }
        Employee removeAt(int idx) {
            Employee e = items[idx];
            for (int i = idx; i < size - 1; i++) items[i] = items[i + 1];
            items[--size] = null;
            return e;
        }
    }

    public static void main(String[] args) {
        Roster r = new Roster();
        Hourly h1 = new Hourly("Hal", 20, 150);
        Hourly h2 = new Hourly("Hoa", 25, 180);
        Salaried s1 = new Salaried("Sam", 60000);
        Intern i1 = new Intern("Ivy", 80);
        Manager m = new Manager("Meg", 120000, h1, h2, s1);
        Manager boss = new Manager("Bo", 240000, m, i1);
        Employee[] all = { h1, h2, s1, i1, m, boss };
        for (Employee e : all) r.add(e);
        System.out.println("size=" + r.size());
        for (int i = 0; i < r.size(); i++) System.out.println("  " + r.get(i));
        System.out.println("total=" + r.total());
        System.out.println("hourly=" + r.count("hourly") + " manager=" + r.count("manager") + " intern=" + r.count("intern(hourly)"));
        r.sortByPayDesc();
        System.out.println("sorted:");
        for (int i = 0; i < r.size(); i++) System.out.println("  " + r.get(i).name + " " + r.get(i).monthlyPay());
        System.out.println("removed=" + r.removeAt(1).name + " size=" + r.size() + " total=" + r.total());
        int salariedLike = 0, hourlyLike = 0;
        for (int i = 0; i < r.size(); i++) {
            Employee e = r.get(i);
            if (e instanceof Salaried) salariedLike++;
            if (e instanceof Hourly) hourlyLike++;
        }
        System.out.println("salariedLike=" + salariedLike + " hourlyLike=" + hourlyLike);
        for (int i = 0; i < 20; i++) r.add(new Intern("tmp" + i, i * 10));
        System.out.println("after growth size=" + r.size() + " total=" + r.total());
        System.out.println("last=" + r.get(r.size() - 1));
    }
}
