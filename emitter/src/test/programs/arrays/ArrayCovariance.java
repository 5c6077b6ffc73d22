public class ArrayCovariance {
    static class Animal { public String toString() { return getClass().getName(); } }
    static class Dog extends Animal {}
    static class Cat extends Animal {}

    static void tryStore(Object[] arr, int idx, Object value, String label) {
        try {
            arr[idx] = value;
            System.out.println(label + ": stored, arr[" + idx + "] = " + arr[idx]);
        } catch (ArrayStoreException e) {
            System.out.println(label + ": ArrayStoreException: " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Object[] o = new String[2];
        System.out.println("Object[] o = new String[2]; class " + o.getClass().getName());
        tryStore(o, 0, "fine", "store String");
        tryStore(o, 1, 1, "store Integer");
        tryStore(o, 1, null, "store null");
        tryStore(o, 0, new Object(), "store Object");
        Animal[] animals = new Dog[3];
        tryStore(animals, 0, new Dog(), "Dog into Dog[] via Animal[]");
        tryStore(animals, 1, new Cat(), "Cat into Dog[] via Animal[]");
        tryStore(animals, 2, new Animal(), "Animal into Dog[] via Animal[]");
        Animal[] real = new Animal[2];
        tryStore(real, 0, new Cat(), "Cat into Animal[]");
        tryStore(real, 1, new Dog(), "Dog into Animal[]");
        Number[] nums = new Integer[2];
        tryStore(nums, 0, 5, "Integer into Integer[] via Number[]");
        tryStore(nums, 1, 5L, "Long into Integer[] via Number[]");
        tryStore(nums, 1, 2.5, "Double into Integer[] via Number[]");
        // multi-dimensional covariance
        Object[][] grid = new String[2][2];
        try {
            grid[0] = new Integer[1];
            System.out.println("stored Integer[] row");
        } catch (ArrayStoreException e) {
            System.out.println("Integer[] row into String[][]: ArrayStoreException: " + e.getMessage());
        }
        try {
            grid[1][0] = 3;
            System.out.println("stored Integer element");
        } catch (ArrayStoreException e) {
            System.out.println("Integer element into String[] row: ArrayStoreException: " + e.getMessage());
        }
        Object[] holder = new Object[1][];
        try {
            holder[0] = new int[1];
            System.out.println("stored int[] into Object[][] via Object[]");
        } catch (ArrayStoreException e) {
            System.out.println("int[] into Object[][]: ArrayStoreException: " + e.getMessage());
        }
        try {
            holder[0] = new String[1];
            System.out.println("stored String[] into Object[][] via Object[]");
        } catch (ArrayStoreException e) {
            System.out.println("String[] into Object[][]: ArrayStoreException: " + e.getMessage());
        }
        Object[] ints2d = new int[2][];
        try {
            ints2d[0] = new long[3];
            System.out.println("stored long[] into int[][]");
        } catch (ArrayStoreException e) {
            System.out.println("long[] into int[][]: ArrayStoreException: " + e.getMessage());
        }
        // casts between array types
        Object x = new String[]{"a"};
        String[] back = (String[]) x;
        System.out.println("cast back to String[]: " + back[0]);
        Object[] plain = new Object[]{"a"};
        try {
            String[] bad = (String[]) plain;
            System.out.println("cast Object[] to String[] succeeded: " + bad.length);
        } catch (ClassCastException e) {
            System.out.println("cast Object[] to String[] -> ClassCastException");
        }
        Object ia = new int[3];
        try {
            long[] la = (long[]) ia;
            System.out.println("cast int[] to long[] succeeded " + la.length);
        } catch (ClassCastException e) {
            System.out.println("cast int[] to long[] -> ClassCastException");
        }
        Object[] oa = animals;
        System.out.println("Dog[] instanceof Animal[]: " + (oa instanceof Animal[]) + ", instanceof Dog[]: " + (oa instanceof Dog[])
                + ", instanceof Cat[]: " + (oa instanceof Cat[]));
        // covariant array passed to method taking Object[]
        String[] names = {"x", "y", "z"};
        fill(names, "filled");
        System.out.println("after fill(String[], String): " + names[0] + names[1] + names[2]);
        try {
            fill(names, 42);
        } catch (ArrayStoreException e) {
            System.out.println("fill(String[], Integer) -> ArrayStoreException: " + e.getMessage() + ", names[0] still " + names[0]);
        }
        Comparable[] comps = new String[]{"b", "a"};
        System.out.println("Comparable[] from String[] compare: " + comps[0].compareTo(comps[1]));
        tryStore(comps, 0, 7, "Integer into String[] via Comparable[]");
    }

    static void fill(Object[] arr, Object v) {
        for (int k = 0; k < arr.length; k++) arr[k] = v;
    }
}
