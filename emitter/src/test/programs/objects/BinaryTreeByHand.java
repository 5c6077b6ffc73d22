public class BinaryTreeByHand {
    static class Tree {
        int key;
        String val;
        Tree left, right;
        Tree(int key, String val) { this.key = key; this.val = val; }
    }
    static Tree insert(Tree t, int key, String val) {
        if (t == null) return new Tree(key, val);
        if (key < t.key) t.left = insert(t.left, key, val);
        else if (key > t.key) t.right = insert(t.right, key, val);
        else t.val = val;
        return t;
    }
    static String get(Tree t, int key) {
        while (t != null) {
            if (key == t.key) return t.val;
            t = key < t.key ? t.left : t.right;
        }
        return null;
    }
    static int height(Tree t) { return t == null ? 0 : 1 + Math.max(height(t.left), height(t.right)); }
    static int size(Tree t) { return t == null ? 0 : 1 + size(t.left) + size(t.right); }
    static void inorder(Tree t, StringBuilder sb) {
        if (t == null) return;
        inorder(t.left, sb); sb.append(t.key).append(' '); inorder(t.right, sb);
    }
    static void preorder(Tree t, StringBuilder sb) {
        if (t == null) return;
        sb.append(t.key).append(' '); preorder(t.left, sb); preorder(t.right, sb);
    }
    static void postorder(Tree t, StringBuilder sb) {
        if (t == null) return;
        postorder(t.left, sb); postorder(t.right, sb); sb.append(t.key).append(' ');
    }
    static Tree min(Tree t) { while (t.left != null) t = t.left; return t; }
    static Tree delete(Tree t, int key) {
        if (t == null) return null;
        if (key < t.key) t.left = delete(t.left, key);
        else if (key > t.key) t.right = delete(t.right, key);
        else {
            if (t.left == null) return t.right;
            if (t.right == null) return t.left;
            Tree m = min(t.right);
            t.key = m.key; t.val = m.val;
            t.right = delete(t.right, m.key);
        }
        return t;
    }
    static String levelOrder(Tree root) {
        Tree[] queue = new Tree[64];
        int h = 0, tl = 0;
        StringBuilder sb = new StringBuilder();
        if (root != null) queue[tl++] = root;
        while (h < tl) {
            Tree t = queue[h++];
            sb.append(t.key).append(' ');
            if (t.left != null) queue[tl++] = t.left;
            if (t.right != null) queue[tl++] = t.right;
        }
        return sb.toString().trim();
    }
    static String walk(Tree t, StringBuilder sb, int depth) {
        if (t == null) return sb.toString();
        walk(t.right, sb, depth + 1);
        for (int i = 0; i < depth; i++) sb.append("    ");
        sb.append(t.key).append('=').append(t.val).append('\n');
        walk(t.left, sb, depth + 1);
        return sb.toString();
    }
    static String s(Tree t, int which) {
        StringBuilder sb = new StringBuilder();
        if (which == 0) inorder(t, sb); else if (which == 1) preorder(t, sb); else postorder(t, sb);
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        int[] keys = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10 };
        Tree root = null;
        for (int k : keys) root = insert(root, k, "v" + k);
        System.out.println("size=" + size(root) + " height=" + height(root));
        System.out.println("inorder=" + s(root, 0));
        System.out.println("preorder=" + s(root, 1));
        System.out.println("postorder=" + s(root, 2));
        System.out.println("levelorder=" + levelOrder(root));
        System.out.print(walk(root, new StringBuilder(), 0));
        System.out.println("get 45=" + get(root, 45) + " get 99=" + get(root, 99));
        root = insert(root, 45, "updated");
        System.out.println("get 45 after update=" + get(root, 45) + " size=" + size(root));
        root = delete(root, 10);
        System.out.println("delete leaf 10 inorder=" + s(root, 0));
        root = delete(root, 20);
        System.out.println("delete 20 inorder=" + s(root, 0));
        root = delete(root, 30);
        System.out.println("delete 30 (two children) inorder=" + s(root, 0) + " pre=" + s(root, 1));
        root = delete(root, 50);
        System.out.println("delete root inorder=" + s(root, 0) + " root=" + root.key);
        root = delete(root, 1234);
        System.out.println("delete missing size=" + size(root));
        Tree skewed = null;
        for (int i = 0; i < 200; i++) skewed = insert(skewed, i, null);
        System.out.println("skewed height=" + height(skewed) + " size=" + size(skewed) + " val=" + get(skewed, 7));
        Tree bal = null;
        int[] order = new int[127];
        int idx = 0;
        for (int step = 64; step >= 1; step /= 2) for (int k = step; k < 128; k += 2 * step) order[idx++] = k;
        for (int k : order) bal = insert(bal, k, "b");
        System.out.println("balanced height=" + height(bal) + " size=" + size(bal) + " root=" + bal.key);
    }
}
