import java.util.*;
import java.util.function.Function;

/** A bank ledger with checked/unchecked exceptions, transfers and audits, and an LRU cache in front of a slow lookup. */
public class BankAndLruCache {
    static class InsufficientFundsException extends Exception {
        final long shortBy;
        InsufficientFundsException(String account, long shortBy) {
            super("account " + account + " is short by " + shortBy);
            this.shortBy = shortBy;
        }
    }

    static class AccountFrozenException extends RuntimeException {
        AccountFrozenException(String id) { super("account " + id + " is frozen"); }
    }

    enum Kind { DEPOSIT, WITHDRAW, TRANSFER_IN, TRANSFER_OUT, FEE, INTEREST }

    record Entry(int seq, Kind kind, long amount, long balanceAfter) { }

    static final class Account {
        final String id;
        private long balance;
        boolean frozen;
        final List<Entry> history = new ArrayList<>();

        Account(String id) { this.id = id; }

        void apply(Kind k, long amount, int seq) {
            if (frozen) throw new AccountFrozenException(id);
            balance += amount;
            history.add(new Entry(seq, k, amount, balance));
        }
    }

    static final class Bank {
        private final Map<String, Account> accounts = new TreeMap<>();
        private int seq;

        Account open(String id, long initial) {
            if (accounts.containsKey(id)) throw new IllegalArgumentException("duplicate account " + id);
            Account a = new Account(id);
            accounts.put(id, a);
            if (initial > 0) a.apply(Kind.DEPOSIT, initial, ++seq);
            return a;
        }

        Account get(String id) {
            Account a = accounts.get(id);
            if (a == null) throw new NoSuchElementException("no account " + id);
            return a;
        }

        void withdraw(String id, long amount) throws InsufficientFundsException {
            if (amount <= 0) throw new IllegalArgumentException("amount must be positive: " + amount);
            Account a = get(id);
            if (a.balance < amount) throw new InsufficientFundsException(id, amount - a.balance);
            a.apply(Kind.WITHDRAW, -amount, ++seq);
        }

        void transfer(String from, String to, long amount) throws InsufficientFundsException {
            Account src = get(from), dst = get(to);
            if (src.balance < amount) throw new InsufficientFundsException(from, amount - src.balance);
            int s = ++seq;
            src.apply(Kind.TRANSFER_OUT, -amount, s);
            try {
                dst.apply(Kind.TRANSFER_IN, amount, s);
            } catch (AccountFrozenException e) {
                src.apply(Kind.TRANSFER_IN, amount, s);
                throw new IllegalStateException("transfer " + from + "->" + to + " rolled back", e);
            }
        }

        void monthEnd() {
            for (Account a : accounts.values()) {
                if (a.frozen) continue;
                if (a.balance < 10_000) a.apply(Kind.FEE, -250, ++seq);
                else a.apply(Kind.INTEREST, a.balance * 15 / 10_000, ++seq);
            }
        }

        long total() { return accounts.values().stream().mapToLong(a -> a.balance).sum(); }
    }

    static final class LruCache<K, V> {
        private final int capacity;
        private final LinkedHashMap<K, V> map;
        int hits, misses, evictions;

        LruCache(int capacity) {
            this.capacity = capacity;
            this.map = new LinkedHashMap<>(16, 0.75f, true) {
                @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    boolean evict = size() > LruCache.this.capacity;
                    if (evict) evictions++;
                    return evict;
                }
            };
        }

        V get(K key, Function<K, V> loader) {
            V v = map.get(key);
            if (v != null) { hits++; return v; }
            misses++;
            v = loader.apply(key);
            map.put(key, v);
            return v;
        }

        Set<K> keys() { return map.keySet(); }
    }

    static String money(long cents) {
        return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
    }

    public static void main(String[] args) {
        Bank bank = new Bank();
        bank.open("alice", 50_000);
        bank.open("bob", 8_000);
        bank.open("carol", 120_000);
        bank.open("dave", 0);
        String[] script = {
            "withdraw alice 12000", "withdraw bob 9000", "transfer carol dave 30000", "transfer dave bob 45000",
            "withdraw erin 100", "withdraw alice -5", "freeze bob", "transfer alice bob 1000", "withdraw bob 100",
            "open alice 1", "monthend", "unfreeze bob", "transfer alice bob 2500", "monthend",
        };
        for (String line : script) {
            String[] p = line.split(" ");
            try {
                switch (p[0]) {
                    case "withdraw" -> bank.withdraw(p[1], Long.parseLong(p[2]));
                    case "transfer" -> bank.transfer(p[1], p[2], Long.parseLong(p[3]));
                    case "freeze" -> bank.get(p[1]).frozen = true;
                    case "unfreeze" -> bank.get(p[1]).frozen = false;
                    case "open" -> bank.open(p[1], Long.parseLong(p[2]));
                    case "monthend" -> bank.monthEnd();
                    default -> throw new UnsupportedOperationException(p[0]);
                }
                System.out.println("ok    " + line + " (total " + money(bank.total()) + ")");
            } catch (InsufficientFundsException e) {
                System.out.println("FUNDS " + line + ": " + e.getMessage() + " [" + money(e.shortBy) + "]");
            } catch (IllegalStateException e) {
                System.out.println("STATE " + line + ": " + e.getMessage() + " caused by " + e.getCause().getMessage());
            } catch (RuntimeException e) {
                System.out.println("ERROR " + line + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        for (Account a : bank.accounts.values()) {
            System.out.println(a.id + " balance " + money(a.balance) + " frozen " + a.frozen);
            for (Entry e : a.history) System.out.println("    #" + e.seq() + " " + e.kind() + " " + money(e.amount()) + " -> " + money(e.balanceAfter()));
        }
        EnumMap<Kind, Long> byKind = new EnumMap<>(Kind.class);
        bank.accounts.values().forEach(a -> a.history.forEach(e -> byKind.merge(e.kind(), e.amount(), Long::sum)));
        System.out.println("by kind " + byKind);
        int[] slowCalls = {0};
        Function<Integer, String> slow = n -> {
            slowCalls[0]++;
            long x = n;
            for (int i = 0; i < 1000; i++) x = (x * 6364136223846793005L + 1442695040888963407L);
            return Long.toHexString(x);
        };
        LruCache<Integer, String> cache = new LruCache<>(4);
        int[] requests = {1, 2, 3, 1, 4, 5, 1, 2, 6, 1, 3, 3, 7, 1, 2, 8, 1};
        StringBuilder trace = new StringBuilder();
        for (int r : requests) {
            String v = cache.get(r, slow);
            trace.append(r).append(':').append(v, 0, 4).append(' ');
        }
        System.out.println(trace.toString().trim());
        System.out.println("hits " + cache.hits + " misses " + cache.misses + " evictions " + cache.evictions + " slow calls " + slowCalls[0] + " keys " + cache.keys());
    }
}
