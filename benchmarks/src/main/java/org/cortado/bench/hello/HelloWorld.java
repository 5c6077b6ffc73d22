package org.cortado.bench.hello;

/** The smallest program: measures bundle size, compile time and start-up time to first output. */
public final class HelloWorld {
  public static void main(String[] args) {
    System.out.println("Hello, world!");
  }
}
