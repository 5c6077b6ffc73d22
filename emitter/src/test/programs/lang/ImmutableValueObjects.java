import java.util.*;

public class ImmutableValueObjects {
    static final class Money implements Comparable<Money> {
        private final long cents;
        private final String currency;
        private Money(long cents, String currency) { this.cents = cents; this.currency = Objects.requireNonNull(currency); }
        static Money of(String amount, String currency) {
            String[] p = amount.split("\\.");
            long c = Long.parseLong(p[0]) * 100 + (p.length > 1 ? Long.parseLong((p[1] + "0").substring(0, 2)) * (amount.startsWith("-") ? -1 : 1) : 0);
            return new Money(c, currency);
        }
        Money plus(Money o) { check(o); return new Money(cents + o.cents, currency); }
        Money times(int n) { return new Money(Math.multiplyExact(cents, n), currency); }
        Money[] split(int parts) {
            Money[] r = new Money[parts];
            long base = cents / parts, rem = cents % parts;
            for (int i = 0; i < parts; i++) r[i] = new Money(base + (i < rem ? 1 : 0), currency);
            return r;
        }
        private void check(Money o) { if (!currency.equals(o.currency)) throw new IllegalArgumentException(currency + " vs " + o.currency); }
        public int compareTo(Money o) { check(o); return Long.compare(cents, o.cents); }
        @Override public boolean equals(Object o) { return o instanceof Money m && m.cents == cents && m.currency.equals(currency); }
        @Override public int hashCode() { return Long.hashCode(cents) * 31 + currency.hashCode(); }
        @Override public String toString() { return String.format("%s%d.%02d %s", cents < 0 ? "-" : "", Math.abs(cents) / 100, Math.abs(cents) % 100, currency); }
    }
    record Address(String street, String city) {
        Address withCity(String c) { return new Address(street, c); }
    }
    record Customer(String name, Address address, List<String> tags) {
        Customer {
            tags = List.copyOf(tags);
        }
        Customer withTag(String t) { List<String> n = new ArrayList<>(tags); n.add(t); return new Customer(name, address, n); }
    }

    public static void main(String[] args) {
        Money a = Money.of("12.34", "EUR"), b = Money.of("0.66", "EUR");
        System.out.println(a + " + " + b + " = " + a.plus(b) + " times 3 " + a.times(3) + " compare " + a.compareTo(b));
        System.out.println("split 100.00 in 3 " + Arrays.toString(Money.of("100", "EUR").split(3)) + " split 0.05 in 4 " + Arrays.toString(Money.of("0.05", "EUR").split(4)));
        System.out.println("negative " + Money.of("-3.5", "USD") + " equals " + Money.of("1.5", "EUR").equals(Money.of("1.50", "EUR")));
        try {
            a.plus(Money.of("1", "USD"));
        } catch (IllegalArgumentException e) {
            System.out.println("mismatch " + e.getMessage());
        }
        try {
            Money.of("92233720368547758", "EUR").times(10);
        } catch (ArithmeticException e) {
            System.out.println("overflow " + e.getMessage());
        }
        List<String> tags = new ArrayList<>(List.of("vip"));
        Customer c = new Customer("Ann", new Address("Main St 1", "Oslo"), tags);
        tags.add("mutated");
        Customer c2 = c.withTag("new").withTag("newer");
        Customer moved = new Customer(c.name(), c.address().withCity("Rome"), c.tags());
        System.out.println(c + "\n" + c2 + "\n" + moved);
        System.out.println("defensive copy " + c.tags().size() + " equal " + c.equals(new Customer("Ann", new Address("Main St 1", "Oslo"), List.of("vip"))));
        try {
            c.tags().add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("tags unmodifiable");
        }
        Set<Money> set = new TreeSet<>(List.of(Money.of("5", "EUR"), Money.of("1.25", "EUR"), Money.of("5.00", "EUR"), Money.of("3", "EUR")));
        System.out.println("sorted distinct " + set);
    }
}
