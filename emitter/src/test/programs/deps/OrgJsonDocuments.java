// deps: org.json:json:20240303
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.json.CDL;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONPointer;
import org.json.JSONStringer;
import org.json.JSONTokener;
import org.json.JSONWriter;
import org.json.XML;

/**
 * Drives org.json 20240303 (unmodified jar from Maven Central): parsing with JSONTokener,
 * building, typed getters and their exceptions, number handling (BigInteger/BigDecimal),
 * pretty printing, JSONPointer, JSONStringer, CDL and XML conversion. JSONObject keeps its keys
 * in a HashMap of Strings, whose order is deterministic (String.hashCode).
 */
public class OrgJsonDocuments {

    static final String DOC = """
        {
          "name": "Cortado",
          "version": 1.5,
          "stable": false,
          "tags": ["wasm", "gc", "java", null, 42, -0.5, 1e3, 12345678901234567890],
          "owner": {"login": "octo", "id": 9007199254740993, "ratio": 0.1},
          "escapes": "tab\\tquote\\"slash\\/unicode\\u00e9\\u20ac",
          "empty": {},
          "nested": [[1, 2], [3, [4, [5]]], {"k": "v"}]
        }
        """;

    public static void main(String[] args) {
        JSONObject doc = new JSONObject(DOC);
        System.out.println("keys: " + new TreeSet<>(doc.keySet()));
        System.out.println("length: " + doc.length());
        System.out.println("name: " + doc.getString("name"));
        System.out.println("version: " + doc.getDouble("version") + " / int " + doc.getInt("version"));
        System.out.println("stable: " + doc.getBoolean("stable"));
        JSONArray tags = doc.getJSONArray("tags");
        for (int i = 0; i < tags.length(); i++) {
            Object v = tags.get(i);
            System.out.println("tag " + i + ": " + v + " (" + v.getClass().getSimpleName() + ") null?" + tags.isNull(i));
        }
        JSONObject owner = doc.getJSONObject("owner");
        System.out.println("owner.id long: " + owner.getLong("id"));
        System.out.println("owner.id bigint: " + owner.getBigInteger("id"));
        System.out.println("owner.ratio bigdec: " + owner.getBigDecimal("ratio"));
        System.out.println("escapes: " + escapeNonAscii(doc.getString("escapes")));
        System.out.println("empty: " + doc.getJSONObject("empty") + " isEmpty=" + doc.getJSONObject("empty").isEmpty());
        System.out.println("nested: " + doc.getJSONArray("nested"));
        System.out.println("nested[1][1][1][0]: "
                + doc.getJSONArray("nested").getJSONArray(1).getJSONArray(1).getJSONArray(1).getInt(0));

        System.out.println("== opt and errors");
        System.out.println("optString missing: '" + doc.optString("missing") + "' / '" + doc.optString("missing", "dflt") + "'");
        System.out.println("optInt name: " + doc.optInt("name", -1));
        System.out.println("optDouble version: " + doc.optDouble("version"));
        System.out.println("optBoolean stable: " + doc.optBoolean("stable", true));
        System.out.println("optJSONArray owner: " + doc.optJSONArray("owner"));
        System.out.println("has tags: " + doc.has("tags") + ", has nope: " + doc.has("nope"));
        String[] getters = {"getInt name", "getString version", "getJSONArray owner", "getBoolean name", "getString missing"};
        for (String g : getters) {
            String[] parts = g.split(" ");
            try {
                Object r = switch (parts[0]) {
                    case "getInt" -> doc.getInt(parts[1]);
                    case "getString" -> doc.getString(parts[1]);
                    case "getJSONArray" -> doc.getJSONArray(parts[1]);
                    default -> doc.getBoolean(parts[1]);
                };
                System.out.println(g + " -> " + r);
            } catch (JSONException e) {
                System.out.println(g + " -> JSONException: " + e.getMessage());
            }
        }
        String[] broken = {"{", "{\"a\":}", "[1,2", "{\"a\" 1}", "[1,,2]", "{'single': 'quotes', unquoted: yes}",
            "[01]", "{\"a\":1,\"a\":2}", "tru", "\"unterminated", "[1] extra"};
        for (String b : broken) {
            try {
                Object v = new JSONTokener(b).nextValue();
                System.out.println("parsed " + b + " -> " + v);
            } catch (JSONException e) {
                System.out.println("error " + b + " -> " + e.getMessage());
            }
        }
        for (String b : broken) {
            try {
                System.out.println("object " + b + " -> " + new JSONObject(b));
            } catch (JSONException e) {
                System.out.println("object error -> " + e.getMessage());
            }
        }

        System.out.println("== numbers");
        String[] numbers = {"0", "-0", "12", "-12", "2147483647", "2147483648", "-9223372036854775808",
            "9223372036854775808", "1.0", "1.50", "1e10", "1E-5", "0.1", "-0.0", "123456789012345678901234567890.5",
            "0x1F", "1.7976931348623157E309"};
        for (String n : numbers) {
            JSONArray a = new JSONArray("[" + n + "]");
            Object v = a.get(0);
            System.out.println(n + " -> " + v + " " + v.getClass().getSimpleName() + " str=" + a);
        }
        System.out.println("numberToString: " + JSONObject.numberToString(new BigDecimal("1.2300"))
                + " " + JSONObject.numberToString(3.0) + " " + JSONObject.numberToString(BigInteger.TEN.pow(25)));
        System.out.println("stringToValue: " + JSONObject.stringToValue("true") + " " + JSONObject.stringToValue("null")
                + " " + JSONObject.stringToValue("17") + " " + JSONObject.stringToValue("-4.25") + " "
                + JSONObject.stringToValue("abc"));

        System.out.println("== building");
        JSONObject built = new JSONObject();
        built.put("int", 7).put("long", 1L << 40).put("double", 2.5).put("bool", true).put("str", "s\"\\\n\u0001</");
        built.put("null", JSONObject.NULL);
        built.put("list", new JSONArray().put(1).put("two").put(3.0).put(false).put(new JSONObject().put("x", 1)));
        built.put("map", new JSONObject().put("b", 2).put("a", new JSONArray("[1, 2, 3]")));
        built.accumulate("acc", 1).accumulate("acc", 2).accumulate("acc", 3);
        built.append("app", "only");
        built.increment("counter").increment("counter").increment("counter");
        built.putOnce("once", 1);
        try {
            built.putOnce("once", 2);
        } catch (JSONException e) {
            System.out.println("putOnce: " + e.getMessage());
        }
        try {
            built.put("nan", Double.NaN);
        } catch (JSONException e) {
            System.out.println("NaN: " + e.getMessage());
        }
        built.putOpt("skipped", null);
        System.out.println("compact: " + built);
        System.out.println("pretty:\n" + built.toString(2));
        System.out.println("remove int: " + built.remove("int") + " now " + built.length());
        System.out.println("similar: " + new JSONObject(built.toString()).similar(built));
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = built.keys(); it.hasNext(); ) {
            names.add(it.next());
        }
        names.sort(null);
        System.out.println("sorted keys: " + names);
        System.out.println("toJSONArray: " + built.toJSONArray(new JSONArray().put("bool").put("str").put("zzz")));
        System.out.println("quote: " + JSONObject.quote("a\tb</c\u2028") + " " + JSONObject.quote(""));

        System.out.println("== arrays");
        JSONArray arr = new JSONArray().put(3).put(1).put(2);
        arr.put(5, "far");
        System.out.println("sparse: " + arr + " length " + arr.length());
        System.out.println("join: " + arr.join("|"));
        System.out.println("toList: " + new JSONArray("[1,[2,{\"a\":3}],\"x\"]").toList());
        System.out.println("opt: " + arr.optInt(0) + " " + arr.optString(3, "none") + " " + arr.opt(99));
        arr.remove(4);
        System.out.println("after remove: " + arr);
        try {
            arr.getInt(100);
        } catch (JSONException e) {
            System.out.println("getInt(100): " + e.getMessage());
        }
        JSONArray matrix = new JSONArray();
        for (int i = 0; i < 4; i++) {
            JSONArray row = new JSONArray();
            for (int j = 0; j < 4; j++) {
                row.put(i * 4 + j);
            }
            matrix.put(row);
        }
        System.out.println("matrix: " + matrix);
        System.out.println("matrix pretty:\n" + matrix.toString(1));

        System.out.println("== pointer");
        String[] pointers = {"/name", "/tags/1", "/owner/login", "/nested/1/1/0", "/nested/2/k", "", "/missing", "/tags/99"};
        for (String p : pointers) {
            try {
                System.out.println("ptr '" + p + "' -> " + doc.query(p));
            } catch (RuntimeException e) {
                System.out.println("ptr '" + p + "' -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        System.out.println("optQuery: " + doc.optQuery(new JSONPointer("/owner/id")));
        System.out.println("builder: " + JSONPointer.builder().append("a").append(3).append("b/c~d").build());

        System.out.println("== CDL");
        String csv = "name,qty,price\napple,3,1.25\n\"pear, green\",10,0.5\nplum,,2\n";
        JSONArray rows = CDL.toJSONArray(csv);
        for (int i = 0; i < rows.length(); i++) {
            JSONObject r = rows.getJSONObject(i);
            System.out.println("row " + i + ": name=" + r.optString("name") + " qty=" + r.optString("qty") + " price="
                    + r.optString("price"));
        }
        System.out.print("back to csv:\n" + CDL.toString(new JSONArray("[\"name\",\"qty\"]"), rows));

        System.out.println("== XML");
        String xml = "<order id=\"17\"><item sku=\"a1\">Tea</item><item sku=\"b2\">Coffee &amp; milk</item>"
                + "<total currency=\"EUR\">12.50</total><note/></order>";
        JSONObject fromXml = XML.toJSONObject(xml);
        JSONObject order = fromXml.getJSONObject("order");
        System.out.println("order id: " + order.get("id") + " (" + order.get("id").getClass().getSimpleName() + ")");
        JSONArray items = order.getJSONArray("item");
        for (int i = 0; i < items.length(); i++) {
            System.out.println("item: " + items.getJSONObject(i).getString("sku") + " = "
                    + items.getJSONObject(i).getString("content"));
        }
        System.out.println("total: " + order.getJSONObject("total").get("content") + " "
                + order.getJSONObject("total").getString("currency"));
        System.out.println("note: '" + order.get("note") + "'");
        JSONObject toXml = new JSONObject().put("a", 1).put("b", new JSONArray().put("x").put("y"));
        System.out.println("toXml: " + XML.toString(toXml, "root"));
        System.out.println("escape: " + XML.escape("<a & 'b' \"c\">"));
        try {
            XML.toJSONObject("<a><b></a>");
        } catch (JSONException e) {
            System.out.println("bad xml: " + e.getMessage());
        }

        System.out.println("== roundtrip");
        JSONObject big = new JSONObject();
        for (int i = 0; i < 30; i++) {
            JSONArray vals = new JSONArray();
            for (int j = 0; j <= i % 5; j++) {
                vals.put(i * j - 7);
            }
            big.put("key" + i, new JSONObject().put("index", i).put("vals", vals).put("even", i % 2 == 0));
        }
        String text = big.toString();
        JSONObject again = new JSONObject(new JSONTokener(text));
        System.out.println("roundtrip similar: " + again.similar(big) + " length " + text.length());
        int sum = 0;
        for (String k : new TreeSet<>(again.keySet())) {
            JSONArray vals = again.getJSONObject(k).getJSONArray("vals");
            for (int j = 0; j < vals.length(); j++) {
                sum += vals.getInt(j);
            }
        }
        System.out.println("sum of vals: " + sum);
        System.out.println("text: " + text);
    }

    static String escapeNonAscii(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 32 || c > 126) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
