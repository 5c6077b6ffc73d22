// deps: com.googlecode.json-simple:json-simple:1.1.1
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.json.simple.ItemList;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.JSONValue;
import org.json.simple.parser.ContainerFactory;
import org.json.simple.parser.ContentHandler;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;

/**
 * Drives json-simple 1.1.1 (unmodified jar from Maven Central): its JFlex lexer over a Reader,
 * the LALR-style parser with positions in ParseException, ContainerFactory and the SAX-like
 * ContentHandler, JSONValue escaping and writing, and JSONObject/JSONArray (a HashMap and an
 * ArrayList, printed in HashMap iteration order of String keys, which is deterministic).
 */
public class JsonSimpleDocuments {

    static final String DOC = "{\"name\":\"Cortado\",\"version\":1.5,\"stable\":false,\"count\":42,"
            + "\"neg\":-7,\"exp\":2.5e-3,\"nothing\":null,"
            + "\"tags\":[\"wasm\",\"gc\",[1,[2,[3]]],{\"deep\":{\"deeper\":true}}],"
            + "\"escapes\":\"tab\\tnl\\nquote\\\"slash\\/bs\\\\u:\\u0041\\u00e9\"}";

    public static void main(String[] args) throws Exception {
        JSONParser parser = new JSONParser();
        Object parsed = parser.parse(DOC);
        JSONObject doc = (JSONObject) parsed;
        System.out.println("class: " + parsed.getClass().getName() + " size " + doc.size());
        for (String key : new TreeMap<String, Object>(doc).keySet()) {
            Object v = doc.get(key);
            System.out.println(key + " = " + show(v) + " : " + (v == null ? "null" : v.getClass().getSimpleName()));
        }
        System.out.println("toJSONString length: " + doc.toJSONString().length() + " canonical " + show(canon(doc)));
        System.out.println("toString equals: " + doc.toString().equals(doc.toJSONString()));
        JSONArray tags = (JSONArray) doc.get("tags");
        System.out.println("tags: " + tags.toJSONString() + " size " + tags.size());
        JSONObject deep = (JSONObject) ((JSONObject) tags.get(3)).get("deep");
        System.out.println("deep.deeper = " + deep.get("deeper"));

        System.out.println("== values");
        Object[] values = {null, "text", 1, -2L, 3.5, 2.5f, true, Double.NaN, Double.POSITIVE_INFINITY, Float.NaN,
            "quote\" back\\ slash/ ctl\u0001\u001f del\u007f uni\u2028 \u20ac", List.of(1, "a", List.of())};
        for (Object v : values) {
            System.out.println("toJSONString(" + show(String.valueOf(v)) + ") = "
                    + show(JSONValue.toJSONString(v)));
        }
        System.out.println("escape: " + show(JSONValue.escape("a\"b\\c\b\f\n\r\t/\u0000\u0080\u00ff\u0100")));

        System.out.println("== parse values");
        String[] inputs = {"0", "-0", "123", "-9223372036854775808", "9223372036854775807",
            "1.0", "-1.5e10", "1E400", "true", "false", "null", "\"s\"", "[]", "{}", "[1,2,3]", "[[],[[]]]",
            "{\"a\":{\"b\":{\"c\":[null]}}}", "  [ 1 , \"two\" , 3.0 ]  ", "\"\\u0041\\u00DF\\u4e2d\""};
        for (String in : inputs) {
            Object v = new JSONParser().parse(in);
            System.out.println(show(in) + " -> " + show(JSONValue.toJSONString(v)) + " "
                    + (v == null ? "null" : v.getClass().getSimpleName()));
        }
        System.out.println("JSONValue.parse lenient: " + JSONValue.parse("[1,2") + " " + JSONValue.parse("{\"k\":\"v\"}"));

        System.out.println("== errors");
        String[] bad = {"", "{", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "[1 2]", "{1:2}", "\"open", "tru", "[1]]",
            "{\"a\":[}", "@", "[9223372036854775808]", "[\"\\x\"]", "}", "[-]"};
        for (String in : bad) {
            try {
                Object v = new JSONParser().parse(in);
                System.out.println(show(in) + " -> parsed " + JSONValue.toJSONString(v));
            } catch (ParseException e) {
                System.out.println(show(in) + " -> type " + e.getErrorType() + " pos " + e.getPosition()
                        + " unexpected " + show(String.valueOf(e.getUnexpectedObject())) + " | " + e);
            } catch (Error | RuntimeException e) {
                System.out.println(show(in) + " -> " + e.getClass().getName());
            }
        }

        System.out.println("== container factory");
        ContainerFactory ordered = new ContainerFactory() {
            @Override
            public Map createObjectContainer() {
                return new LinkedHashMap();
            }

            @Override
            public List creatArrayContainer() {
                return new LinkedList();
            }
        };
        Object ord = new JSONParser().parse("{\"z\":1,\"y\":[3,2,1],\"x\":{\"q\":true,\"p\":false},\"w\":null}", ordered);
        System.out.println(ord.getClass().getSimpleName() + " " + ord);
        System.out.println("y: " + ((Map<?, ?>) ord).get("y").getClass().getSimpleName());
        System.out.println("as JSON: " + JSONValue.toJSONString(ord));

        System.out.println("== content handler");
        StringBuilder events = new StringBuilder();
        ContentHandler handler = new ContentHandler() {
            int depth;

            void log(String s) {
                events.append("  ".repeat(depth)).append(s).append('\n');
            }

            @Override
            public void startJSON() {
                log("startJSON");
            }

            @Override
            public void endJSON() {
                log("endJSON");
            }

            @Override
            public boolean startObject() {
                log("{");
                depth++;
                return true;
            }

            @Override
            public boolean endObject() {
                depth--;
                log("}");
                return true;
            }

            @Override
            public boolean startObjectEntry(String key) {
                log("key " + key);
                return true;
            }

            @Override
            public boolean endObjectEntry() {
                return true;
            }

            @Override
            public boolean startArray() {
                log("[");
                depth++;
                return true;
            }

            @Override
            public boolean endArray() {
                depth--;
                log("]");
                return true;
            }

            @Override
            public boolean primitive(Object value) {
                log("value " + value + (value == null ? "" : " " + value.getClass().getSimpleName()));
                return true;
            }
        };
        new JSONParser().parse("{\"a\":[1,{\"b\":null},\"c\"],\"d\":{\"e\":[true,false]},\"f\":-0.25}", handler);
        System.out.print(events);
        // A handler that stops at the first number: the parser can be resumed.
        JSONParser resumable = new JSONParser();
        List<Object> numbers = new ArrayList<>();
        ContentHandler stopAtNumbers = new ContentHandler() {
            public void startJSON() { }
            public void endJSON() { }
            public boolean startObject() { return true; }
            public boolean endObject() { return true; }
            public boolean startObjectEntry(String key) { return true; }
            public boolean endObjectEntry() { return true; }
            public boolean startArray() { return true; }
            public boolean endArray() { return true; }
            public boolean primitive(Object value) {
                if (value instanceof Number) {
                    numbers.add(value);
                    return false;
                }
                return true;
            }
        };
        String stream = "[\"x\", 1, \"y\", 2, [3, \"z\", 4], 5]";
        resumable.parse(stream, stopAtNumbers, false);
        for (int round = 0; round < 10; round++) {
            int before = numbers.size();
            resumable.parse(stream, stopAtNumbers, true);
            System.out.println("round " + round + " position " + resumable.getPosition() + " numbers " + numbers.size());
            if (numbers.size() == before) {
                break;
            }
        }
        System.out.println("numbers one at a time: " + numbers);

        System.out.println("== building and writing");
        JSONObject obj = new JSONObject();
        obj.put("id", 7);
        obj.put("name", "widget \"deluxe\"");
        obj.put("price", 19.99);
        obj.put("tags", new JSONArray());
        ((JSONArray) obj.get("tags")).add("a");
        ((JSONArray) obj.get("tags")).add(2);
        Map<String, Object> plain = new HashMap<>();
        plain.put("plainKey", List.of(true, false));
        obj.put("plain", plain);
        StringWriter out = new StringWriter();
        obj.writeJSONString(out);
        System.out.println("written: " + out.toString().length() + " chars, canonical " + canon(new JSONParser().parse(out.toString())));
        System.out.println("roundtrip equal: " + new JSONParser().parse(out.toString()).equals(
                new JSONParser().parse(obj.toJSONString())));
        StringWriter w2 = new StringWriter();
        JSONValue.writeJSONString(List.of(1, 2.5, "s", Map.of("k", "v")), w2);
        System.out.println("JSONValue.write: " + w2);
        System.out.println("JSONObject.toString(k, v): " + JSONObject.toString("key\n", 3));

        System.out.println("== ItemList");
        ItemList items = new ItemList("a, b,c ,, d");
        System.out.println("items: " + items.size() + " " + items.getItems() + " " + items);
        items.add("e");
        items.setSP(";");
        System.out.println("after add: " + items.toString() + " item1 " + items.get(1));
        items.split("x|y", "|", items.getItems());
        System.out.println("after split: " + items);

        System.out.println("== generated document");
        JSONArray people = new JSONArray();
        String[] first = {"Ann", "Bo", "Cy", "Di", "Ed", "Flo"};
        for (int i = 0; i < 12; i++) {
            JSONObject p = new JSONObject();
            p.put("first", first[i % first.length]);
            p.put("age", 20 + (i * 7) % 30);
            p.put("score", (i * 37 % 100) / 4.0);
            JSONArray friends = new JSONArray();
            for (int j = 0; j < i % 4; j++) {
                friends.add((i + j + 1) % 12);
            }
            p.put("friends", friends);
            people.add(p);
        }
        String text = people.toJSONString();
        System.out.println("length " + text.length());
        JSONArray back = (JSONArray) new JSONParser().parse(new StringReader(text));
        long ageSum = 0;
        double scoreSum = 0;
        int friendCount = 0;
        for (Object o : back) {
            JSONObject p = (JSONObject) o;
            ageSum += (Long) p.get("age");
            scoreSum += (Double) p.get("score");
            friendCount += ((JSONArray) p.get("friends")).size();
        }
        System.out.println("ages " + ageSum + " scores " + scoreSum + " friends " + friendCount);
        System.out.println(canon(back));
        System.out.println("same as canonical of the original: " + canon(back).equals(canon(people)));
    }

    /** JSON text with object keys sorted: HashMap iteration order is not part of what is compared here. */
    static String canon(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Object k : new TreeMap<Object, Object>(m).keySet()) {
                sb.append(sb.length() > 1 ? "," : "").append(JSONValue.toJSONString(k)).append(':').append(canon(m.get(k)));
            }
            return sb.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object e : l) {
                sb.append(sb.length() > 1 ? "," : "").append(canon(e));
            }
            return sb.append(']').toString();
        }
        return JSONValue.toJSONString(v);
    }

    static String show(String s) {
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

    static String show(Object v) {
        return v == null ? "null" : show(v.toString());
    }
}
