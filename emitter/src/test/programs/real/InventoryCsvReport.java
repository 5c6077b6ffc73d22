import java.util.*;
import java.util.stream.*;

/** Parses an embedded CSV inventory (quoted fields, escapes), validates rows, and prints restock and valuation reports. */
public class InventoryCsvReport {
    static final String CSV = """
        sku,name,category,qty,unit_price,reorder_at
        A-100,"Widget, small",hardware,120,0.35,50
        A-101,"Widget, large",hardware,8,1.20,20
        B-200,Gadget,electronics,0,19.99,5
        B-201,"Gadget \"\"Pro\"\"",electronics,3,49.50,5
        C-300,Sprocket,hardware,44,2.75,40
        D-400,Cable 2m,electronics,250,3.10,100
        D-401,Cable 5m,electronics,abc,4.20,100
        E-500,,misc,10,1.00,1
        F-600,Manual,books,17,12.00,10,extra
        G-700,Glue,misc,65,0.99,30
        """;

    record Item(String sku, String name, String category, int qty, double price, int reorderAt) {
        double value() { return qty * price; }
        boolean needsRestock() { return qty <= reorderAt; }
    }

    static List<String> parseLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { fields.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        fields.add(cur.toString());
        return fields;
    }

    public static void main(String[] args) {
        List<String> lines = CSV.lines().toList();
        List<String> header = parseLine(lines.get(0));
        System.out.println("columns " + header);
        List<Item> items = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            List<String> f = parseLine(lines.get(n));
            try {
                if (f.size() != header.size()) throw new IllegalArgumentException("expected " + header.size() + " fields, got " + f.size());
                if (f.get(1).isEmpty()) throw new IllegalArgumentException("missing name");
                items.add(new Item(f.get(0), f.get(1), f.get(2), Integer.parseInt(f.get(3)), Double.parseDouble(f.get(4)), Integer.parseInt(f.get(5))));
            } catch (NumberFormatException e) {
                System.out.println("line " + (n + 1) + " rejected: bad number (" + e.getMessage() + ")");
            } catch (IllegalArgumentException e) {
                System.out.println("line " + (n + 1) + " rejected: " + e.getMessage());
            }
        }
        System.out.println("loaded " + items.size() + " items");
        System.out.printf("%-6s %-16s %-12s %5s %8s %10s%n", "SKU", "NAME", "CATEGORY", "QTY", "PRICE", "VALUE");
        for (Item it : items) System.out.printf("%-6s %-16s %-12s %5d %8.2f %10.2f%s%n", it.sku(), it.name(), it.category(), it.qty(), it.price(), it.value(), it.needsRestock() ? " *" : "");
        Map<String, DoubleSummaryStatistics> byCat = items.stream().collect(Collectors.groupingBy(Item::category, TreeMap::new, Collectors.summarizingDouble(Item::value)));
        byCat.forEach((c, s) -> System.out.printf("%-12s items %d value %.2f max %.2f%n", c, s.getCount(), s.getSum(), s.getMax()));
        List<String> restock = items.stream().filter(Item::needsRestock).sorted(Comparator.comparingDouble((Item i) -> (double) i.qty() / Math.max(1, i.reorderAt())).thenComparing(Item::sku))
                .map(i -> i.sku() + " (" + i.qty() + "/" + i.reorderAt() + ")").toList();
        System.out.println("restock " + restock);
        double total = items.stream().mapToDouble(Item::value).sum();
        System.out.printf("total inventory value %.2f, mean price %.4f%n", total, items.stream().mapToDouble(Item::price).average().orElse(0));
        String out = items.stream().map(i -> String.join(",", i.sku(), i.name().contains(",") || i.name().contains("\"") ? "\"" + i.name().replace("\"", "\"\"") + "\"" : i.name(), String.valueOf(i.qty())))
                .collect(Collectors.joining("\n"));
        System.out.println(out);
        System.out.println("round trip names " + out.lines().map(InventoryCsvReport::parseLine).map(f -> f.get(1)).toList());
    }
}
