package org.cortado.patch.java.nio.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/** Charset.forName knows the JDK's aliases of the built-in charsets (the classlib only their names); adds isSupported. */
abstract class TCharset {
  // A method, not a static field: patch initialisers are not merged.
  private static String[][] names() {
    return new String[][] {
      {"UTF-8", "UTF8", "unicode-1-1-utf-8"},
      {"ISO-8859-1", "819", "ISO8859-1", "l1", "ISO_8859-1:1987", "ISO_8859-1", "8859_1", "iso-ir-100", "latin1",
        "cp819", "ISO8859_1", "IBM819", "ISO_8859_1", "IBM-819", "csISOLatin1"},
      {"US-ASCII", "ANSI_X3.4-1968", "cp367", "csASCII", "iso-ir-6", "ASCII", "iso_646.irv:1983", "ANSI_X3.4-1986",
        "ascii7", "default", "ISO_646.irv:1991", "ISO646-US", "IBM367", "646", "us"},
      {"UTF-16", "UTF_16", "unicode", "utf16", "UnicodeBig"},
      {"UTF-16BE", "X-UTF-16BE", "UTF_16BE", "ISO-10646-UCS-2", "UnicodeBigUnmarked"},
      {"UTF-16LE", "UnicodeLittleUnmarked", "UTF_16LE", "X-UTF-16LE"},
    };
  }

  // The classlib's method (a declaration only: natives in patches are not merged).
  private static native void checkCanonicalName(String name);

  public static Charset forName(String name) {
    Charset charset = lookup(name);
    if (charset == null) {
      throw new UnsupportedCharsetException(name);
    }
    return charset;
  }

  public static boolean isSupported(String name) {
    return lookup(name) != null;
  }

  private static Charset lookup(String name) {
    if (name == null) {
      throw new IllegalArgumentException("Null charset name");
    }
    checkCanonicalName(name);
    String[][] names = names();
    for (int i = 0; i < names.length; i++) {
      for (String alias : names[i]) {
        if (alias.equalsIgnoreCase(name)) {
          return byIndex(i);
        }
      }
    }
    return null;
  }

  private static Charset byIndex(int i) {
    switch (i) {
      case 0: return StandardCharsets.UTF_8;
      case 1: return StandardCharsets.ISO_8859_1;
      case 2: return StandardCharsets.US_ASCII;
      case 3: return StandardCharsets.UTF_16;
      case 4: return StandardCharsets.UTF_16BE;
      default: return StandardCharsets.UTF_16LE;
    }
  }
}
