public class PrintfOutput {
    public static void main(String[] args) {
        System.out.printf("int %d%n", 42);
        System.out.printf("padded [%5d] [%-5d] [%05d]%n", 7, 7, 7);
        System.out.printf("hex %x %X %08x%n", 48879, 48879, 255);
        System.out.printf("string [%s] [%10s] [%-10s]%n", "abc", "right", "left");
        System.out.printf("char %c %c%n", 'z', 90);
        System.out.printf("boolean %b %b%n", true, null);
        System.out.printf("percent 100%%%n");
        System.out.printf("long %d%n", 123456789012345L);
        System.out.printf("no newline");
        System.out.printf("%n");
        System.out.format("format alias %s=%d%n", "k", 3);
        System.out.printf("%s%n", (Object) null);
        for (int i = 1; i <= 10; i++) {
            System.out.printf("%2d x %2d = %3d%n", i, i, i * i);
        }
        String[] names = { "id", "name", "qty" };
        System.out.printf("|%-4s|%-8s|%5s|%n", (Object[]) names);
        System.out.printf("|%-4d|%-8s|%5d|%n", 1, "widget", 250);
        System.out.printf("|%-4d|%-8s|%5d|%n", 22, "gizmo", 7);
        System.out.printf("|%-4d|%-8s|%5d|%n", 333, "thingamajig", 12345);
        System.out.print(String.format("via String.format %d%n", 99));
        System.out.printf("mixed %d %s %c %b %x %%%n", -1, "s", 'c', false, 16);
        System.out.printf("%s %s %s%n", 1, 'a', 2L);
        System.out.println(System.out.printf("chained ") == System.out);
    }
}
