package errors;

/** Two problems Cortado reports together: a class missing from the runtime classpath, and a JDK method it does not support. */
public class Main {
  public static void main(String[] args) {
    check(args);
    new Thread(() -> System.out.println("in a thread")).start();
  }

  static void check(String[] args) {
    org.junit.jupiter.api.Assertions.assertNotNull(args);
  }
}
