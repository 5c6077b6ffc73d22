public class UncaughtCheckedFromMain {
    static int attempts;

    static void connect(String host) throws Exception {
        attempts++;
        System.out.println("connecting to " + host + " attempt " + attempts);
        if (host.startsWith("bad")) throw new Exception("cannot reach " + host);
    }

    public static void main(String[] args) throws Exception {
        String[] hosts = { "good-1", "good-2", "bad-3", "good-4" };
        for (String h : hosts) {
            connect(h);
            System.out.println("connected " + h);
        }
        System.out.println("never printed");
    }
}
