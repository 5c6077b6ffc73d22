import java.util.*;

public class ObjectsUtility {
    record P(String a, Integer b) { }

    public static void main(String[] args) {
        System.out.println("equals " + Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a") + " deepEquals " + Objects.deepEquals(new int[] {1}, new int[] {1}) + " " + Objects.deepEquals(new int[][] {{1}}, new int[][] {{2}}));
        System.out.println("hash " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash("a", 1, null) + " hashCode " + Objects.hashCode("x"));
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(5, "dflt"));
        System.out.println("isNull " + Objects.isNull(null) + " nonNull " + Objects.nonNull(1) + " requireNonNullElse " + Objects.requireNonNullElse(null, "e") + " " + Objects.requireNonNullElseGet(null, () -> "g"));
        try {
            Objects.requireNonNull(null, "thing must not be null");
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, () -> "supplied message");
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        for (int[] c : new int[][] {{5, 3}, {-1, 3}, {3, 3}}) {
            try {
                System.out.println("checkIndex " + Objects.checkIndex(c[0], c[1]));
            } catch (IndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
        try {
            Objects.checkFromToIndex(2, 1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            Objects.checkFromIndexSize(3, 4, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        System.out.println("compare " + Objects.compare("a", "b", nullsFirst) + " " + Objects.compare(null, "b", nullsFirst) + " " + Objects.compare(null, null, nullsFirst));
        List<String> withNulls = new ArrayList<>(Arrays.asList("b", null, "a", null, "c"));
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println("nullsLast reversed " + withNulls);
        System.out.println("record equality with nulls " + new P(null, null).equals(new P(null, null)) + " " + new P("x", null) + " hash eq " + (new P(null, 1).hashCode() == new P(null, 1).hashCode()));
    }
}
