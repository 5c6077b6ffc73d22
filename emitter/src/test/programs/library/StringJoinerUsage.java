import java.util.List;
import java.util.StringJoiner;

public class StringJoinerUsage {
    public static void main(String[] args) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        System.out.println("empty " + j + " length " + j.length());
        j.setEmptyValue("EMPTY");
        System.out.println("emptyValue " + j + " length " + j.length());
        j.add("a").add(null).add(new StringBuilder("sb"));
        System.out.println(j + " length " + j.length());
        StringJoiner other = new StringJoiner("-", "[", "]");
        other.add("x").add("y");
        j.merge(other);
        System.out.println("merged " + j);
        StringJoiner blank = new StringJoiner("/");
        blank.add("");
        System.out.println("one empty element '" + blank + "' length " + blank.length());
        StringJoiner self = new StringJoiner("+", "<", ">").add("p").add("q");
        self.merge(self);
        System.out.println("self merge " + self);
        StringJoiner notEmpty = new StringJoiner(",").setEmptyValue("none");
        notEmpty.merge(new StringJoiner(";"));
        System.out.println("merge of empty keeps emptyValue " + notEmpty);
        StringJoiner csv = new StringJoiner(",");
        for (int i = 0; i < 10; i++) csv.add(Integer.toString(i * i));
        System.out.println(csv);
        for (Runnable r : List.<Runnable>of(() -> new StringJoiner(null), () -> new StringJoiner(",", null, ""), () -> new StringJoiner(",", "", null),
                () -> new StringJoiner(",").setEmptyValue(null), () -> new StringJoiner(",").merge(null))) {
            try {
                r.run();
            } catch (NullPointerException e) {
                System.out.println("NPE " + e.getMessage());
            }
        }
        System.out.println(String.join("|", List.of("s", "t")) + " " + String.join("", new StringBuilder("x"), "y"));
    }
}
