package org.cortado.patch.java.util;

/**
 * Names java.util.IllegalFormatException so that patches (MissingFormatArgumentException) can
 * extend it: the JDK's constructor is package-private. Declares nothing that would be merged.
 */
public class TIllegalFormatException extends IllegalArgumentException {
  TIllegalFormatException() {
  }
}
