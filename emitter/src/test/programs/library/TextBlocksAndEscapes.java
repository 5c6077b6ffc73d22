public class TextBlocksAndEscapes {
    public static void main(String[] args) {
        String html = """
            <html>
                <body>
                    <p>Hello, "world"!</p>
                </body>
            </html>
            """;
        System.out.print(html);
        System.out.println("lines " + html.lines().count() + " length " + html.length());
        String noTrailingNewline = """
            one \
            two \
            three""";
        System.out.println("[" + noTrailingNewline + "]");
        String spaces = """
            keep trailing\s\s
            tab\there
            quotes: \""" and \\ backslash
            """;
        spaces.lines().forEach(l -> System.out.println("<" + l.replace("\t", "\\t") + "> " + l.length()));
        String json = """
            {
              "name": "%s",
              "count": %d
            }""".formatted("cortado", 3);
        System.out.println(json);
        System.out.println("escapes " + "a\tb\\n\u0041\101\0".length() + " " + (int) '\u0000' + " " + (int) '\'' + " " + "\"quoted\"" + " " + (int) '\b' + (int) '\f' + (int) '\r');
        System.out.println("stripIndent " + "   a\n    b\n   c".stripIndent().replace("\n", "|") + " translateEscapes " + "x\\ty\\n".translateEscapes().replace("\t", "<TAB>").replace("\n", "<NL>"));
        System.out.println("indent " + "a\nb".indent(2).replace("\n", "|") + " " + "    x\n  y".indent(-2).replace("\n", "|"));
        String multi = "first\r\nsecond\rthird\nfourth";
        System.out.println("lines of mixed endings " + multi.lines().toList());
    }
}
