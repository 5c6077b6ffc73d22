package org.cortado.classfile;

/**
 * The naming scheme of teavm-classlib and of our patches: {@code org/teavm/classlib/java/util/TList}
 * implements {@code java/util/List}; {@code org/cortado/patch/java/util/TRandom} patches
 * {@code java/util/Random}. Only the outermost simple name carries the {@code T}.
 */
public final class ClasslibNames {
  static final String TEAVM = "org/teavm/classlib/";
  static final String PATCH = "org/cortado/patch/";
  /**
   * The classlib's own helpers (CLDR data, unicode...), which keep their names; a patch for one
   * is the same name under {@link #PATCH}: {@code org/cortado/patch/org/teavm/classlib/impl/X}.
   */
  static final String CLASSLIB_INTERNALS = "org/teavm/classlib/";

  private ClasslibNames() {
  }

  /** The Java name a classlib or patch name stands for; other names are returned unchanged. */
  public static String toJava(String name) {
    if (name.startsWith(PATCH + CLASSLIB_INTERNALS)) {
      return name.substring(PATCH.length());
    }
    String rest = stripPrefix(name);
    if (rest == null) {
      return name;
    }
    int slash = rest.lastIndexOf('/');
    if (slash < 0 || slash + 1 >= rest.length() || rest.charAt(slash + 1) != 'T') {
      return name;
    }
    return rest.substring(0, slash + 1) + rest.substring(slash + 2);
  }

  private static String stripPrefix(String name) {
    for (String prefix : new String[] {TEAVM, PATCH}) {
      if (name.startsWith(prefix)) {
        String rest = name.substring(prefix.length());
        if (rest.startsWith("java/") || rest.startsWith("javax/")) {
          return rest;
        }
      }
    }
    return null;
  }

  /** Whether a Java name belongs to the JDK namespace the classlib implements. */
  public static boolean isJdk(String javaName) {
    return javaName.startsWith("java/") || javaName.startsWith("javax/");
  }

  /** The classlib (or patch, with {@code prefix} = PATCH) class name for a JDK name. */
  static String implName(String prefix, String javaName) {
    int slash = javaName.lastIndexOf('/');
    return prefix + javaName.substring(0, slash + 1) + "T" + javaName.substring(slash + 1);
  }
}
