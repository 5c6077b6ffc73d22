import java.util.*;

/** A small JSON parser and printer (objects keep insertion order), with error positions and a query helper. */
public class JsonRoundTrip {
    static final class JsonError extends RuntimeException {
        JsonError(String msg, int pos) { super(msg + " at offset " + pos); }
    }

    static final class Reader {
        private final String s;
        private int i;

        Reader(String s) { this.s = s; }

        Object read() {
            Object v = value();
            ws();
            if (i != s.length()) throw new JsonError("trailing characters", i);
            return v;
        }

        private void ws() { while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++; }

        private char peek() {
            ws();
            if (i >= s.length()) throw new JsonError("unexpected end", i);
            return s.charAt(i);
        }

        private void expect(char c) {
            if (peek() != c) throw new JsonError("expected '" + c + "' but found '" + s.charAt(i) + "'", i);
            i++;
        }

        private Object value() {
            char c = peek();
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return string();
                case 't': return literal("true", Boolean.TRUE);
                case 'f': return literal("false", Boolean.FALSE);
                case 'n': return literal("null", null);
                default:
                    if (c == '-' || Character.isDigit(c)) return number();
                    throw new JsonError("unexpected character '" + c + "'", i);
            }
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) throw new JsonError("bad literal", i);
            i += word.length();
            return v;
        }

        private Map<String, Object> object() {
            expect('{');
            Map<String, Object> m = new LinkedHashMap<>();
            if (peek() == '}') { i++; return m; }
            while (true) {
                if (peek() != '"') throw new JsonError("expected key", i);
                String k = string();
                expect(':');
                if (m.put(k, value()) != null) throw new JsonError("duplicate key " + k, i);
                if (peek() == ',') { i++; continue; }
                expect('}');
                return m;
            }
        }

        private List<Object> array() {
            expect('[');
            List<Object> l = new ArrayList<>();
            if (peek() == ']') { i++; return l; }
            while (true) {
                l.add(value());
                if (peek() == ',') { i++; continue; }
                expect(']');
                return l;
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) throw new JsonError("unterminated string", i);
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c != '\\') { sb.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> { sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    case '"', '\\', '/' -> sb.append(e);
                    default -> throw new JsonError("bad escape \\" + e, i - 1);
                }
            }
        }

        private Number number() {
            int start = i;
            if (s.charAt(i) == '-') i++;
            while (i < s.length() && "0123456789.eE+-".indexOf(s.charAt(i)) >= 0) i++;
            String t = s.substring(start, i);
            try {
                if (t.contains(".") || t.contains("e") || t.contains("E")) return Double.parseDouble(t);
                long l = Long.parseLong(t);
                return l == (int) l ? (Number) (int) l : (Number) l;
            } catch (NumberFormatException ex) {
                throw new JsonError("bad number " + t, start);
            }
        }
    }

    static void write(Object v, StringBuilder out, int indent, int depth) {
        String pad = indent < 0 ? "" : "\n" + " ".repeat(indent * (depth + 1));
        String end = indent < 0 ? "" : "\n" + " ".repeat(indent * depth);
        if (v == null) out.append("null");
        else if (v instanceof String str) quote(str, out);
        else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) { out.append("{}"); return; }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) out.append(',');
                first = false;
                out.append(pad);
                quote((String) e.getKey(), out);
                out.append(indent < 0 ? ":" : ": ");
                write(e.getValue(), out, indent, depth + 1);
            }
            out.append(end).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) { out.append("[]"); return; }
            out.append('[');
            for (int k = 0; k < l.size(); k++) {
                if (k > 0) out.append(',');
                out.append(pad);
                write(l.get(k), out, indent, depth + 1);
            }
            out.append(end).append(']');
        } else out.append(v);
    }

    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    static Object query(Object root, String path) {
        Object cur = root;
        for (String part : path.split("\\.")) {
            if (cur instanceof Map<?, ?> m) cur = m.get(part);
            else if (cur instanceof List<?> l) cur = l.get(Integer.parseInt(part));
            else return null;
        }
        return cur;
    }

    public static void main(String[] args) {
        String doc = "{\"store\": {\"name\": \"Caf\\u00e9 \\\"Java\\\"\", \"open\": true, \"rating\": 4.5, \"tags\": [\"coffee\", \"tea\", null],"
                + " \"items\": [{\"id\": 1, \"price\": 2.75, \"qty\": 10}, {\"id\": 2, \"price\": 3.1, \"qty\": 0}, {\"id\": 3, \"price\": 12, \"qty\": 4}],"
                + " \"big\": 9876543210123, \"neg\": -17, \"exp\": 1.5e-3, \"empty\": {}, \"none\": []}}";
        Object root = new Reader(doc).read();
        StringBuilder compact = new StringBuilder();
        write(root, compact, -1, 0);
        System.out.println(compact);
        StringBuilder pretty = new StringBuilder();
        write(root, pretty, 2, 0);
        System.out.println(pretty);
        Object again = new Reader(pretty.toString()).read();
        System.out.println("round trip equal: " + root.equals(again));
        for (String q : new String[] {"store.name", "store.items.1.price", "store.tags.2", "store.big", "store.items.2.qty", "store.missing", "store.exp"}) {
            Object v = query(root, q);
            System.out.println(q + " -> " + v + (v == null ? "" : " (" + v.getClass().getSimpleName() + ")"));
        }
        double total = 0;
        for (Object item : (List<?>) query(root, "store.items")) {
            Map<?, ?> m = (Map<?, ?>) item;
            total += ((Number) m.get("price")).doubleValue() * ((Number) m.get("qty")).intValue();
        }
        System.out.println("inventory value " + total);
        String[] bad = {"", "{", "[1, 2", "{\"a\" 1}", "[1,]", "{\"a\":1,\"a\":2}", "\"abc", "tru", "[1] x", "{\"k\": \"\\q\"}", "-", "[01.2.3]"};
        for (String b : bad) {
            try {
                System.out.println("parsed '" + b + "' -> " + new Reader(b).read());
            } catch (JsonError e) {
                System.out.println("error '" + b + "': " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println("error '" + b + "': " + e.getClass().getSimpleName());
            }
        }
        List<Object> generated = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("k", k);
            m.put("sq", k * k);
            m.put("name", "item\t" + k);
            m.put("flags", List.of(k % 2 == 0, k % 3 == 0));
            generated.add(m);
        }
        StringBuilder g = new StringBuilder();
        write(generated, g, -1, 0);
        System.out.println(g);
        System.out.println("generated round trip " + new Reader(g.toString()).read().equals(generated));
    }
}
