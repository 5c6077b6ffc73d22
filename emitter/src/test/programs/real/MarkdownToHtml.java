import java.util.*;
import java.util.regex.*;

/** Converts a small Markdown subset (headings, lists, emphasis, code, links, paragraphs) to HTML and builds a table of contents. */
public class MarkdownToHtml {
    static final String DOC = """
        # Cortado Guide

        Cortado compiles *Java bytecode* to **WebAssembly GC**. See [the docs](https://example.org/docs) for `details`.

        ## Install

        1. Install the JDK
        2. Run `mvn package`
        3. Serve the page

        ## Features

        - whole-program compilation
        - *small* bundles with **no** runtime download
        - exceptions, `try`/`finally` and **nested *emphasis***

        ### Limits

        Threads are not supported.
        Neither are files.

        ```
        int x = 1 < 2 ? 3 : 4;
        ```
        Done & dusted.
        """;

    static String escape(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    static String inline(String s) {
        List<String> codes = new ArrayList<>();
        Matcher cm = Pattern.compile("`([^`]+)`").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (cm.find()) { codes.add(cm.group(1)); cm.appendReplacement(sb, "\u0000" + (codes.size() - 1) + "\u0000"); }
        cm.appendTail(sb);
        String r = escape(sb.toString());
        r = r.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
        r = r.replaceAll("\\*(.+?)\\*", "<em>$1</em>");
        r = r.replaceAll("\\[([^\\]]+)\\]\\(([^)]+)\\)", "<a href=\"$2\">$1</a>");
        for (int i = 0; i < codes.size(); i++) r = r.replace("\u0000" + i + "\u0000", "<code>" + escape(codes.get(i)) + "</code>");
        return r;
    }

    static String slug(String h) { return h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""); }

    public static void main(String[] args) {
        StringBuilder html = new StringBuilder();
        List<String> toc = new ArrayList<>();
        String list = null;
        boolean code = false;
        List<String> para = new ArrayList<>();
        Runnable flush = () -> { };
        for (String line : (DOC + "\n").split("\n", -1)) {
            if (line.startsWith("```")) {
                if (!para.isEmpty()) { html.append("<p>").append(inline(String.join(" ", para))).append("</p>\n"); para.clear(); }
                html.append(code ? "</code></pre>\n" : "<pre><code>");
                code = !code;
                continue;
            }
            if (code) { html.append(escape(line)).append('\n'); continue; }
            Matcher h = Pattern.compile("^(#{1,6}) (.*)$").matcher(line);
            Matcher ol = Pattern.compile("^\\d+\\. (.*)$").matcher(line);
            boolean ul = line.startsWith("- ");
            if (!para.isEmpty() && (line.isBlank() || h.matches() || ol.matches() || ul)) { html.append("<p>").append(inline(String.join(" ", para))).append("</p>\n"); para.clear(); }
            String kind = ol.matches() ? "ol" : ul ? "ul" : null;
            if (list != null && !Objects.equals(list, kind)) { html.append("</").append(list).append(">\n"); list = null; }
            if (h.matches()) {
                int level = h.group(1).length();
                String text = h.group(2);
                toc.add("  ".repeat(level - 1) + "- " + text + " (#" + slug(text) + ")");
                html.append("<h").append(level).append(" id=\"").append(slug(text)).append("\">").append(inline(text)).append("</h").append(level).append(">\n");
            } else if (kind != null) {
                if (list == null) { html.append("<").append(kind).append(">\n"); list = kind; }
                html.append("  <li>").append(inline(ol.matches() ? ol.group(1) : line.substring(2))).append("</li>\n");
            } else if (!line.isBlank()) para.add(line.trim());
        }
        flush.run();
        System.out.print(html);
        System.out.println("table of contents:");
        toc.forEach(System.out::println);
        System.out.println("tags " + Pattern.compile("<(\\w+)").matcher(html).results().map(m -> m.group(1)).distinct().sorted().toList());
    }
}
