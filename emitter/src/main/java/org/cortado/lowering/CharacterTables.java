package org.cortado.lowering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;

/**
 * The Unicode tables behind {@code org.cortado.runtime.CharacterData}, computed from the JVM the
 * emitter runs on, so compiled programs answer exactly like it. Formats are documented with
 * their decoders in CharacterData; each table is built only when a program reaches its native.
 */
public final class CharacterTables {
  /** The native methods of CharacterData that return a table, by name. */
  public static final List<String> NATIVES = List.of("typeTable", "upperTable", "lowerTable", "titleTable",
      "numericTable", "propertyTable", "directionalityTable", "upperSpecialTable", "lowerSpecialTable");
  private static final int CODE_POINTS = Character.MAX_CODE_POINT + 1;
  private static final int LETTER = 0b111110;
  private static final int ALPHA = LETTER | 1 << Character.LETTER_NUMBER;
  private static final int UNICODE_PART = ALPHA | 1 << Character.CONNECTOR_PUNCTUATION
      | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.NON_SPACING_MARK | 1 << Character.COMBINING_SPACING_MARK;
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private CharacterTables() {
  }

  /** The table a CharacterData native returns. */
  public static String get(String nativeName) {
    return CACHE.computeIfAbsent(nativeName, CharacterTables::build);
  }

  private static String build(String name) {
    return switch (name) {
      case "typeTable" -> runs(Character::getType);
      case "upperTable" -> caseRuns(Character::toUpperCase);
      case "lowerTable" -> caseRuns(Character::toLowerCase);
      case "titleTable" -> caseRuns(Character::toTitleCase);
      case "numericTable" -> numericRuns();
      case "propertyTable" -> runs(CharacterTables::properties);
      case "directionalityTable" -> runs(cp -> Character.getDirectionality(cp) + 1);
      case "upperSpecialTable" -> special(Character::toUpperCase, s -> s.toUpperCase(Locale.ROOT));
      case "lowerSpecialTable" -> special(Character::toLowerCase, s -> s.toLowerCase(Locale.ROOT));
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** Where a property departs from its definition by general category (bits as in CharacterData). */
  private static int properties(int cp) {
    int mask = 1 << Character.getType(cp);
    int bits = 0;
    bits |= Character.isLowerCase(cp) != (mask == 1 << Character.LOWERCASE_LETTER) ? 1 : 0;
    bits |= Character.isUpperCase(cp) != (mask == 1 << Character.UPPERCASE_LETTER) ? 2 : 0;
    bits |= Character.isAlphabetic(cp) != ((mask & ALPHA) != 0) ? 4 : 0;
    bits |= Character.isIdeographic(cp) ? 8 : 0;
    bits |= Character.isUnicodeIdentifierStart(cp) != ((mask & ALPHA) != 0) ? 16 : 0;
    boolean part = (mask & UNICODE_PART) != 0 || Character.isIdentifierIgnorable(cp);
    bits |= Character.isUnicodeIdentifierPart(cp) != part ? 32 : 0;
    bits |= Character.isMirrored(cp) ? 64 : 0;
    return bits;
  }

  private static String runs(IntUnaryOperator value) {
    List<int[]> runs = new ArrayList<>();
    int start = 0;
    int current = value.applyAsInt(0);
    for (int cp = 1; cp <= CODE_POINTS; cp++) {
      int v = cp == CODE_POINTS ? -1 : value.applyAsInt(cp);
      if (cp == CODE_POINTS || v != current) {
        runs.add(new int[] {cp - start, current});
        start = cp;
        current = v;
      }
    }
    return encode(runs);
  }

  /**
   * Runs of equal case deltas, value = zigzag(delta) << 1 | stride. A stride-2 run applies its
   * delta at even offsets only, so alternating upper/lower blocks (Ā ā Ă ă) take one run.
   */
  private static String caseRuns(IntUnaryOperator map) {
    int[] delta = new int[CODE_POINTS];
    for (int cp = 0; cp < CODE_POINTS; cp++) {
      delta[cp] = map.applyAsInt(cp) - cp;
    }
    List<int[]> runs = new ArrayList<>();
    for (int cp = 0; cp < CODE_POINTS; ) {
      int d = delta[cp];
      int plain = 1;
      while (cp + plain < CODE_POINTS && delta[cp + plain] == d) {
        plain++;
      }
      int strided = 0;
      while (d != 0 && cp + strided + 1 < CODE_POINTS && delta[cp + strided] == d && delta[cp + strided + 1] == 0) {
        strided += 2;
      }
      if (strided > plain) {
        runs.add(new int[] {strided, zigzag(d) << 1 | 1});
        cp += strided;
      } else {
        runs.add(new int[] {plain, zigzag(d) << 1});
        cp += plain;
      }
    }
    return encode(runs);
  }

  /** Runs of numeric values, value = zigzag(base) << 1 | counting: counting runs go base, base+1, ... */
  private static String numericRuns() {
    List<int[]> runs = new ArrayList<>();
    for (int cp = 0; cp < CODE_POINTS; ) {
      int base = Character.getNumericValue(cp);
      int counting = 1;
      while (base >= 0 && cp + counting < CODE_POINTS && Character.getNumericValue(cp + counting) == base + counting) {
        counting++;
      }
      if (counting > 1) {
        runs.add(new int[] {counting, zigzag(base) << 1 | 1});
        cp += counting;
        continue;
      }
      // A constant run stops where a counting run (0, 1, 2...) begins.
      int same = 1;
      while (cp + same < CODE_POINTS && Character.getNumericValue(cp + same) == base
          && !(base >= 0 && cp + same + 1 < CODE_POINTS && Character.getNumericValue(cp + same + 1) == base + 1)) {
        same++;
      }
      runs.add(new int[] {same, zigzag(base) << 1});
      cp += same;
    }
    return encode(runs);
  }

  /** Code points whose String case mapping differs from their Character case mapping. */
  private static String special(IntUnaryOperator charMap, java.util.function.UnaryOperator<String> stringMap) {
    StringBuilder entries = new StringBuilder();
    int count = 0;
    for (int cp = 0; cp < CODE_POINTS; cp++) {
      String s = new String(Character.toChars(cp));
      String mapped = stringMap.apply(s);
      if (!mapped.equals(new String(Character.toChars(charMap.applyAsInt(cp))))) {
        varint(entries, cp);
        entries.append((char) mapped.length()).append(mapped);
        count++;
      }
    }
    StringBuilder out = new StringBuilder();
    varint(out, count);
    return out.append(entries).toString();
  }

  /** Chooses the value width k that makes the table smallest (values below 2^k-1 share a varint with the length). */
  static String encode(List<int[]> runs) {
    String best = null;
    for (int k = 1; k <= 10; k++) {
      int escape = (1 << k) - 1;
      StringBuilder sb = new StringBuilder().append((char) k);
      varint(sb, runs.size());
      for (int[] run : runs) {
        int value = run[1];
        if (value >= 0 && value < escape) {
          varint(sb, run[0] << k | value);
        } else {
          varint(sb, run[0] << k | escape);
          varint(sb, value);
        }
      }
      if (best == null || sb.length() < best.length()) {
        best = sb.toString();
      }
    }
    return best;
  }

  private static void varint(StringBuilder sb, int v) {
    while ((v & ~0x7FFF) != 0) {
      sb.append((char) (0x8000 | v & 0x7FFF));
      v >>>= 15;
    }
    sb.append((char) v);
  }

  private static int zigzag(int v) {
    return v << 1 ^ v >> 31;
  }
}
