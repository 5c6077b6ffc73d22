package hello;

import java.util.ArrayList;
import java.util.List;

/** Built by cortado-maven-plugin in the integration test; must print the same on Node as on the JVM. */
public class Main {
  public static void main(String[] args) {
    System.out.println("Hello from Cortado!");
    List<String> words = new ArrayList<>(List.of(args));
    words.sort(String::compareTo);
    System.out.println("args: " + words);
    long sum = 0;
    for (int i = 1; i <= 10; i++) {
      sum += (long) i * i;
    }
    System.out.println("sum of squares 1..10 = " + sum);
    System.out.println(new StringBuilder("Cortado").reverse() + " has " + "Cortado".length() + " letters");
  }
}
