public class ObjectArrays {
    static class Item {
        final String name;
        final int weight;
        Item(String name, int weight) { this.name = name; this.weight = weight; }
        public String toString() { return name + ":" + weight; }
    }
    static class Heavy extends Item {
        Heavy(String name, int weight) { super(name, weight * 10); }
        public String toString() { return "Heavy(" + super.toString() + ")"; }
    }

    static void sortByWeight(Item[] items) {
        for (int i = 1; i < items.length; i++) {
            Item key = items[i];
            int j = i - 1;
            while (j >= 0 && items[j].weight > key.weight) {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = key;
        }
    }

    static String join(Object[] arr) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < arr.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(arr[i]);
        }
        return sb.append("]").toString();
    }

    public static void main(String[] args) {
        Item[] items = new Item[6];
        System.out.println("fresh=" + join(items));
        String[] names = { "pen", "book", "lamp", "anvil", "cup", "safe" };
        int[] weights = { 3, 12, 7, 9, 2, 8 };
        for (int i = 0; i < items.length; i++) {
            items[i] = (i % 3 == 0) ? new Heavy(names[i], weights[i]) : new Item(names[i], weights[i]);
        }
        System.out.println("filled=" + join(items));
        sortByWeight(items);
        System.out.println("sorted=" + join(items));
        Item[] copy = items.clone();
        System.out.println("clone same array=" + (copy == items) + " same elements=" + (copy[0] == items[0]));
        copy[0] = null;
        System.out.println("after nulling copy[0]: items[0]=" + items[0] + " copy[0]=" + copy[0]);
        Object[] asObjects = items;
        System.out.println("covariant view length=" + asObjects.length + " first=" + asObjects[0]);
        int heavyCount = 0;
        for (Object o : asObjects) if (o instanceof Heavy) heavyCount++;
        System.out.println("heavy count=" + heavyCount);

        Item[][] grid = new Item[3][];
        for (int r = 0; r < grid.length; r++) {
            grid[r] = new Item[r + 1];
            for (int c = 0; c <= r; c++) grid[r][c] = new Item("g" + r + c, r * 10 + c);
        }
        for (int r = 0; r < grid.length; r++) System.out.println("grid[" + r + "]=" + join(grid[r]));
        Item[][] rect = new Item[2][2];
        System.out.println("rect[1][1]=" + rect[1][1] + " rows=" + rect.length + " cols=" + rect[0].length);
        rect[0] = grid[2];
        System.out.println("rect[0] replaced=" + join(rect[0]));

        Object[] mixed = { "s", 1, 'c', 2L, true, null, new Item("x", 1), new int[0].length, items.length };
        System.out.println("mixed=" + join(mixed));
        Object[] nestedArr = { new Object[] { "inner", 1 }, "outer" };
        System.out.println("nested inner=" + join((Object[]) nestedArr[0]));

        // swap and reverse
        for (int i = 0, j = items.length - 1; i < j; i++, j--) {
            Item t = items[i]; items[i] = items[j]; items[j] = t;
        }
        System.out.println("reversed=" + join(items));
        int total = 0;
        for (Item it : items) total += it.weight;
        System.out.println("total weight=" + total);
        // stack using array
        Item[] stack = new Item[2];
        int sp = 0;
        for (int i = 0; i < 7; i++) {
            if (sp == stack.length) {
                Item[] bigger = new Item[stack.length * 2];
                System.arraycopy(stack, 0, bigger, 0, sp);
                stack = bigger;
                System.out.println("grew stack to " + stack.length);
            }
            stack[sp++] = new Item("s" + i, i);
        }
        StringBuilder popped = new StringBuilder();
        while (sp > 0) popped.append(stack[--sp].name).append(' ');
        System.out.println("popped=" + popped.toString().trim());
    }
}
