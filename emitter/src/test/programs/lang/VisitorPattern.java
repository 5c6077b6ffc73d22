import java.util.*;

public class VisitorPattern {
    interface Visitor<R> { R visitFile(File f); R visitDir(Dir d); }
    abstract static class Node {
        final String name;
        Node(String name) { this.name = name; }
        abstract <R> R accept(Visitor<R> v);
    }
    static class File extends Node {
        final long size;
        File(String n, long s) { super(n); size = s; }
        <R> R accept(Visitor<R> v) { return v.visitFile(this); }
    }
    static class Dir extends Node {
        final List<Node> children = new ArrayList<>();
        Dir(String n, Node... kids) { super(n); children.addAll(Arrays.asList(kids)); }
        <R> R accept(Visitor<R> v) { return v.visitDir(this); }
    }
    static class SizeVisitor implements Visitor<Long> {
        public Long visitFile(File f) { return f.size; }
        public Long visitDir(Dir d) { long s = 0; for (Node n : d.children) s += n.accept(this); return s; }
    }
    static class PrintVisitor implements Visitor<Void> {
        int depth;
        final StringBuilder out = new StringBuilder();
        public Void visitFile(File f) { out.append("  ".repeat(depth)).append(f.name).append(" (").append(f.size).append(")\n"); return null; }
        public Void visitDir(Dir d) {
            out.append("  ".repeat(depth)).append(d.name).append("/\n");
            depth++;
            d.children.stream().sorted(Comparator.comparing(n -> n.name)).forEach(n -> n.accept(this));
            depth--;
            return null;
        }
    }
    public static void main(String[] args) {
        Dir root = new Dir("root", new File("readme.md", 1200), new Dir("src", new File("Main.java", 5400), new File("Util.java", 2300), new Dir("empty")),
                new Dir("docs", new File("guide.pdf", 880000), new File("a.txt", 3)), new File("build.xml", 777));
        System.out.println("total size " + root.accept(new SizeVisitor()));
        PrintVisitor pv = new PrintVisitor();
        root.accept(pv);
        System.out.print(pv.out);
        Visitor<Integer> counter = new Visitor<>() {
            public Integer visitFile(File f) { return 1; }
            public Integer visitDir(Dir d) { return d.children.stream().mapToInt(n -> n.accept(this)).sum(); }
        };
        System.out.println("files " + root.accept(counter));
        Visitor<Optional<File>> largest = new Visitor<>() {
            public Optional<File> visitFile(File f) { return Optional.of(f); }
            public Optional<File> visitDir(Dir d) {
                return d.children.stream().map(n -> n.accept(this)).flatMap(Optional::stream).max(Comparator.comparingLong(f -> f.size));
            }
        };
        System.out.println("largest " + root.accept(largest).map(f -> f.name).orElse("none") + " in empty dir " + new Dir("e").accept(largest).isPresent());
    }
}
