package org.cortado.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.cortado.patch.java.lang.TCharacter;
import org.cortado.runtime.CharacterData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Round trip of the Unicode tables: encoded by CharacterTables, decoded by the runtime's
 * CharacterData (run here on the JVM with the tables injected), compared with java.lang.Character
 * for every code point, through the Character patch so its ASCII fast paths are covered too.
 */
class CharacterTablesTest {
  private static final int[] EXTRA = {Integer.MIN_VALUE, -0x10000, -2, -1, 0x110000, 0x110001, Integer.MAX_VALUE};

  @BeforeAll
  static void injectTables() throws Exception {
    String[][] fields = {{"types", "typeTable"}, {"upper", "upperTable"}, {"lower", "lowerTable"},
        {"title", "titleTable"}, {"numeric", "numericTable"}, {"properties", "propertyTable"},
        {"directionality", "directionalityTable"}, {"upperSpecial", "upperSpecialTable"},
        {"lowerSpecial", "lowerSpecialTable"}};
    Class<?> special = Class.forName(CharacterData.class.getName() + "$Special");
    Constructor<?> specialOf = special.getDeclaredConstructor(String.class);
    specialOf.setAccessible(true);
    for (String[] f : fields) {
      Field field = CharacterData.class.getDeclaredField(f[0]);
      field.setAccessible(true);
      String table = CharacterTables.get(f[1]);
      field.set(null, field.getType() == special ? specialOf.newInstance(table) : CharacterData.Runs.decode(table));
    }
  }

  private static void forAll(java.util.function.IntConsumer check) {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      check.accept(cp);
    }
    for (int cp : EXTRA) {
      check.accept(cp);
    }
  }

  private static void same(String what, IntPredicate expected, IntPredicate actual) {
    forAll(cp -> assertEquals(expected.test(cp), actual.test(cp), () -> what + " of U+" + Integer.toHexString(cp)));
  }

  @Test
  void categoriesAndMappings() {
    forAll(cp -> {
      String at = "U+" + Integer.toHexString(cp);
      assertEquals(Character.getType(cp), TCharacter.getType(cp), "getType " + at);
      assertEquals(Character.toUpperCase(cp), TCharacter.toUpperCase(cp), "toUpperCase " + at);
      assertEquals(Character.toLowerCase(cp), TCharacter.toLowerCase(cp), "toLowerCase " + at);
      assertEquals(Character.toTitleCase(cp), TCharacter.toTitleCase(cp), "toTitleCase " + at);
      assertEquals(Character.getNumericValue(cp), TCharacter.getNumericValue(cp), "getNumericValue " + at);
      assertEquals(Character.getDirectionality(cp), TCharacter.getDirectionality(cp), "getDirectionality " + at);
      for (int radix : new int[] {-1, 0, 1, 2, 8, 10, 11, 16, 35, 36, 37}) {
        assertEquals(Character.digit(cp, radix), TCharacter.digit(cp, radix), "digit " + radix + " " + at);
      }
      if (cp >= 0 && cp <= 0xFFFF) {
        char ch = (char) cp;
        assertEquals(Character.toUpperCase(ch), TCharacter.toUpperCase(ch), "toUpperCase(char) " + at);
        assertEquals(Character.toLowerCase(ch), TCharacter.toLowerCase(ch), "toLowerCase(char) " + at);
        assertEquals(Character.toTitleCase(ch), TCharacter.toTitleCase(ch), "toTitleCase(char) " + at);
        assertEquals(Character.digit(ch, 16), TCharacter.digit(ch, 16), "digit(char) " + at);
      }
    });
  }

  @Test
  void predicates() {
    same("isDigit", Character::isDigit, TCharacter::isDigit);
    same("isLetter", Character::isLetter, TCharacter::isLetter);
    same("isLetterOrDigit", Character::isLetterOrDigit, TCharacter::isLetterOrDigit);
    same("isAlphabetic", Character::isAlphabetic, TCharacter::isAlphabetic);
    same("isLowerCase", Character::isLowerCase, TCharacter::isLowerCase);
    same("isUpperCase", Character::isUpperCase, TCharacter::isUpperCase);
    same("isTitleCase", Character::isTitleCase, TCharacter::isTitleCase);
    same("isDefined", Character::isDefined, TCharacter::isDefined);
    same("isIdeographic", Character::isIdeographic, TCharacter::isIdeographic);
    same("isMirrored", Character::isMirrored, TCharacter::isMirrored);
    same("isSpaceChar", Character::isSpaceChar, TCharacter::isSpaceChar);
    same("isWhitespace", Character::isWhitespace, TCharacter::isWhitespace);
    same("isIdentifierIgnorable", Character::isIdentifierIgnorable, TCharacter::isIdentifierIgnorable);
    same("isJavaIdentifierStart", Character::isJavaIdentifierStart, TCharacter::isJavaIdentifierStart);
    same("isJavaIdentifierPart", Character::isJavaIdentifierPart, TCharacter::isJavaIdentifierPart);
    same("isUnicodeIdentifierStart", Character::isUnicodeIdentifierStart, TCharacter::isUnicodeIdentifierStart);
    same("isUnicodeIdentifierPart", Character::isUnicodeIdentifierPart, TCharacter::isUnicodeIdentifierPart);
  }

  @Test
  void stringCaseMapping() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = "a" + new String(Character.toChars(cp)) + "Z";
      assertEquals(s.toUpperCase(Locale.ROOT), CharacterData.toUpperCase(s), () -> "toUpperCase " + s);
      assertEquals(s.toLowerCase(Locale.ROOT), CharacterData.toLowerCase(s), () -> "toLowerCase " + s);
    }
    String[] samples = {"ΟΔΟΣ", "ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ", "Σ", "ΑΣ1", "Α.Σ", "Α..Σ", "Α'Σ", "Α:Σ", "1.Σ", "Α.1Σ", "ΑΣ.Β", "ΑΣ..Β", "ΑΣ'", "Α·Σ", "Α-Σ", "Α\"Σ", "Α²Σ", "ΑΣ-Β", "Α\u00adΣ", "aΣ", "ǅΣ", "ʰΣ", "ΑΣ\u0301", "ΑΣΑ", "1Σ", "_Σ", "ΑΣ_Β", "İSTANBUL",
        "straße", "ﬁﬂ", "ǅ", "\ud801\udc00\ud801\udc28", "\ud800", "plain ascii", "MIXED Case 123"};
    for (String s : samples) {
      assertEquals(s.toUpperCase(Locale.ROOT), CharacterData.toUpperCase(s), () -> "toUpperCase " + s);
      assertEquals(s.toLowerCase(Locale.ROOT), CharacterData.toLowerCase(s), () -> "toLowerCase " + s);
    }
    String unchanged = "ALREADY UPPER ÄÖ";
    assertEquals(true, CharacterData.toUpperCase(unchanged) == unchanged);
  }

  @Test
  void tableSizes() {
    StringBuilder sb = new StringBuilder();
    int total = 0;
    for (String name : CharacterTables.NATIVES) {
      int bytes = 2 * CharacterTables.get(name).length();
      total += bytes;
      sb.append(name).append('=').append(bytes).append(' ');
    }
    System.out.println("character tables (bytes): " + sb + "total=" + total);
  }
}
