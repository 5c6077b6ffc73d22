package org.cortado.patch.java.util;

import java.util.Map;

/**
 * Patches java.util.TreeMap: replacing the value of an existing key is not a structural
 * modification (the classlib counted it, so iterators failed with ConcurrentModificationException).
 */
class TTreeMap {
  TTreeMap$TreeNode root;
  private int modCount;

  native TTreeMap$TreeNode findExact(Object key);

  private native TTreeMap$TreeNode getOrCreateNode(TTreeMap$TreeNode node, Object key);

  @SuppressWarnings("unchecked")
  public Object put(Object key, Object value) {
    if (root != null) {
      TTreeMap$TreeNode existing = findExact(key);
      if (existing != null) {
        return ((Map.Entry<Object, Object>) (Object) existing).setValue(value);
      }
    }
    root = getOrCreateNode(root, key);
    TTreeMap$TreeNode node = findExact(key);
    Object old = ((Map.Entry<Object, Object>) (Object) node).setValue(value);
    modCount++;
    return old;
  }
}
