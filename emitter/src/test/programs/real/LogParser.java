import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

/** A regex-based access-log parser and a hand-written tokenizer for a small config language. */
public class LogParser {
    static final String LOG = """
        10.0.0.1 - alice [10/Oct/2023:13:55:36 +0200] "GET /index.html HTTP/1.1" 200 2326 0.012
        10.0.0.2 - - [10/Oct/2023:13:55:40 +0200] "POST /api/login HTTP/1.1" 401 87 0.150
        10.0.0.1 - alice [10/Oct/2023:13:56:02 +0200] "GET /images/logo.png HTTP/1.1" 200 10452 0.034
        192.168.1.7 - bob [10/Oct/2023:13:57:11 +0200] "GET /api/items?page=2&size=50 HTTP/1.1" 200 5120 0.221
        10.0.0.3 - - [10/Oct/2023:13:58:00 +0200] "GET /missing HTTP/1.1" 404 0 0.003
        garbage line that does not match
        192.168.1.7 - bob [10/Oct/2023:14:01:45 +0200] "DELETE /api/items/17 HTTP/1.1" 500 312 1.875
        10.0.0.2 - carol [10/Oct/2023:14:02:13 +0200] "POST /api/login HTTP/1.1" 200 145 0.098
        10.0.0.1 - alice [10/Oct/2023:14:05:59 +0200] "GET /index.html HTTP/1.0" 304 0 0.001
        """;

    static final Pattern LINE = Pattern.compile(
            "^(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3}) - (?<user>\\S+) \\[(?<day>\\d{2})/(?<mon>\\w{3})/(?<year>\\d{4}):(?<time>[\\d:]{8}) (?<tz>[+-]\\d{4})\\] "
            + "\"(?<method>[A-Z]+) (?<path>\\S+) HTTP/(?<ver>[\\d.]+)\" (?<status>\\d{3}) (?<bytes>\\d+) (?<secs>[\\d.]+)$");

    record Request(String ip, String user, String time, String method, String path, int status, long bytes, double secs) { }

    enum TokenType { IDENT, NUMBER, STRING, SYMBOL, COMMENT, END }

    record Token(TokenType type, String text, int line, int col) {
        @Override public String toString() { return type + "(" + text + ")@" + line + ":" + col; }
    }

    static List<Token> tokenize(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0, line = 1, col = 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            int startCol = col, start = i;
            if (c == '\n') { i++; line++; col = 1; continue; }
            if (Character.isWhitespace(c)) { i++; col++; continue; }
            if (c == '#') {
                while (i < src.length() && src.charAt(i) != '\n') i++;
                out.add(new Token(TokenType.COMMENT, src.substring(start + 1, i).trim(), line, startCol));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_' || src.charAt(i) == '.')) i++;
                out.add(new Token(TokenType.IDENT, src.substring(start, i), line, startCol));
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1)))) {
                i++;
                while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '.' || src.charAt(i) == '_')) i++;
                out.add(new Token(TokenType.NUMBER, src.substring(start, i).replace("_", ""), line, startCol));
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= src.length() || src.charAt(i) == '\n') throw new IllegalArgumentException("unterminated string at " + line + ":" + startCol);
                    char d = src.charAt(i++);
                    if (d == '"') break;
                    if (d == '\\') {
                        char e = src.charAt(i++);
                        sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                    } else sb.append(d);
                }
                out.add(new Token(TokenType.STRING, sb.toString(), line, startCol));
            } else if ("=[]{},:".indexOf(c) >= 0) {
                i++;
                out.add(new Token(TokenType.SYMBOL, String.valueOf(c), line, startCol));
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + line + ":" + startCol);
            }
            col += i - start;
        }
        out.add(new Token(TokenType.END, "", line, col));
        return out;
    }

    public static void main(String[] args) {
        List<Request> reqs = new ArrayList<>();
        int lineNo = 0;
        for (String line : LOG.strip().split("\n")) {
            lineNo++;
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                System.out.println("line " + lineNo + ": no match");
                continue;
            }
            reqs.add(new Request(m.group("ip"), m.group("user").equals("-") ? null : m.group("user"), m.group("time"), m.group("method"),
                    m.group("path"), Integer.parseInt(m.group("status")), Long.parseLong(m.group("bytes")), Double.parseDouble(m.group("secs"))));
            System.out.println("line " + lineNo + ": " + m.group("method") + " " + m.group("path") + " -> " + m.group("status") + " groups=" + m.groupCount()
                    + " path@" + m.start("path") + "-" + m.end("path"));
        }
        System.out.println("requests " + reqs.size());
        System.out.println("by status " + reqs.stream().collect(Collectors.groupingBy(r -> r.status() / 100 + "xx", TreeMap::new, Collectors.counting())));
        System.out.println("bytes by ip " + reqs.stream().collect(Collectors.groupingBy(Request::ip, TreeMap::new, Collectors.summingLong(Request::bytes))));
        System.out.println("users " + reqs.stream().map(Request::user).filter(Objects::nonNull).distinct().sorted().toList());
        System.out.printf("mean latency %.5f s, slowest %s%n", reqs.stream().mapToDouble(Request::secs).average().orElse(0),
                reqs.stream().max(Comparator.comparingDouble(Request::secs)).map(r -> r.method() + " " + r.path()).orElse("-"));
        Pattern query = Pattern.compile("[?&]([^=&]+)=([^&]*)");
        for (Request r : reqs) {
            Matcher q = query.matcher(r.path());
            Map<String, String> params = new LinkedHashMap<>();
            while (q.find()) params.put(q.group(1), q.group(2));
            if (!params.isEmpty()) System.out.println("query params of " + r.path().split("\\?")[0] + ": " + params);
        }
        System.out.println("paths normalised " + reqs.stream().map(r -> r.path().replaceAll("\\?.*", "").replaceAll("/\\d+", "/{id}")).distinct().sorted().collect(Collectors.joining(" ")));
        System.out.println("errors: " + reqs.stream().filter(r -> r.status() >= 400).map(r -> r.time() + " " + r.status()).collect(Collectors.joining("; ")));
        String config = """
            # server settings
            server.name = "edge-01"
            server.port = 8_080
            limits = { rps: 250, burst: -3.5 }
            hosts = ["a.example", "b.example\\tx"]
            enabled = true  # trailing comment
            """;
        List<Token> tokens = tokenize(config);
        Map<TokenType, Long> kinds = tokens.stream().collect(Collectors.groupingBy(Token::type, () -> new EnumMap<>(TokenType.class), Collectors.counting()));
        System.out.println("token kinds " + kinds);
        for (Token t : tokens) if (t.type() != TokenType.SYMBOL) System.out.println("  " + t);
        for (String bad : new String[] {"x = \"open", "y = 3 @ 4", "ok = 1"}) {
            try {
                System.out.println("tokens " + tokenize(bad));
            } catch (IllegalArgumentException e) {
                System.out.println("tokenizer: " + e.getMessage());
            }
        }
        System.out.println("split with limit " + Arrays.toString("a,b,,c,,".split(",")) + " " + Arrays.toString("a,b,,c,,".split(",", -1)) + " " + Arrays.toString("a,b,,c,,".split(",", 2)));
        System.out.println("replace with groups " + "2023-10-10".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3.$2.$1") + " " + Pattern.compile("(?i)GET").matcher("get Get GET").replaceAll(mr -> mr.group().toLowerCase() + mr.start()));
    }
}
