package org.cortado.patch.java.util;

/** Names TreeMap's node class for the TTreeMap patch; declares nothing (it would be merged in). */
abstract class TTreeMap$TreeNode {
}
