package org.cortado.patch.java.util.stream;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Patches java.util.stream.Collectors: toMap's duplicate-key message is the JDK's. */
public final class TCollectors {
  /** The accumulator of toMap(keyMapper, valueMapper) (javac's name for the classlib's lambda). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void lambda$toMap$11(Function keyMapper, Function valueMapper, Map map, Object element) {
    Object key = keyMapper.apply(element);
    Object value = Objects.requireNonNull(valueMapper.apply(element));
    Object existing = map.putIfAbsent(key, value);
    if (existing != null) {
      throw new IllegalStateException("Duplicate key " + key + " (attempted merging values " + existing + " and " + value + ")");
    }
  }
}
