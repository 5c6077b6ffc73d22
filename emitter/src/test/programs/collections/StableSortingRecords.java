import java.util.*;

public class StableSortingRecords {
    record Row(String team, String player, int goals, int order) { }

    public static void main(String[] args) {
        String[] teams = {"red", "blue", "green"};
        List<Row> rows = new ArrayList<>();
        Random r = new Random(21);
        for (int i = 0; i < 18; i++) rows.add(new Row(teams[r.nextInt(3)], "p" + i, r.nextInt(5), i));
        List<Row> byGoals = new ArrayList<>(rows);
        byGoals.sort(Comparator.comparingInt(Row::goals));
        System.out.println("by goals (stable) " + byGoals.stream().map(x -> x.player() + ":" + x.goals()).toList());
        List<Row> twoPass = new ArrayList<>(rows);
        twoPass.sort(Comparator.comparing(Row::player));
        twoPass.sort(Comparator.comparing(Row::team));
        System.out.println("two-pass " + twoPass.stream().map(x -> x.team().charAt(0) + x.player()).toList());
        Row[] arr = rows.toArray(new Row[0]);
        Arrays.sort(arr, Comparator.comparing(Row::team).reversed().thenComparingInt(Row::goals));
        StringBuilder sb = new StringBuilder();
        for (Row x : arr) sb.append(x.team().charAt(0)).append(x.goals()).append('/').append(x.order()).append(' ');
        System.out.println("array sort " + sb.toString().trim());
        boolean stable = true;
        for (int i = 1; i < arr.length; i++) if (arr[i].team().equals(arr[i - 1].team()) && arr[i].goals() == arr[i - 1].goals() && arr[i].order() < arr[i - 1].order()) stable = false;
        System.out.println("stable " + stable);
        LinkedList<Row> linked = new LinkedList<>(rows);
        linked.sort(Comparator.comparingInt(Row::goals).reversed());
        System.out.println("linked sort top " + linked.subList(0, 5).stream().map(Row::player).toList());
        List<String> strings = new ArrayList<>(List.of("b", "A", "a", "B", "c", "C", "a"));
        strings.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive stable " + strings);
    }
}
