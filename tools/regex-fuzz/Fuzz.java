import java.util.*;
import java.util.concurrent.*;
import org.teavm.classlib.java.util.regex.*;
/**
 * Test tool (see run.sh): random regular expressions matched by the patched classlib engine and by
 * the JVM. Categories: hang (over 2 s), stackoverflow, syntax (one side rejects the pattern; the
 * generator stacks quantifiers as in "a*{2}", which the JDK accepts and the classlib does not),
 * extents (match positions differ), groups (only group bounds differ).
 */
public class Fuzz {
  static Random r;
  static String[] atoms = {"a","b","c","ab","a\\d","c|a\\w","b|c","x|y\\s",".","\\d","\\w","\\s","[ab]","[^a]","[a-c]","x","\\.","\\b","^","$","\\p{Punct}","[a-c&&[^b]]","\\p{Lower}"};
  static String gen(int d) {
    double x = r.nextDouble(); String s;
    if (d > 2 || x < 0.35) s = atoms[r.nextInt(atoms.length)];
    else if (x < 0.5) s = "(" + gen(d+1) + ")";
    else if (x < 0.6) s = "(?:" + gen(d+1) + "|" + gen(d+1) + ")";
    else if (x < 0.67) s = "(" + gen(d+1) + "|" + gen(d+1) + ")";
    else if (x < 0.7) s = "(?=" + gen(d+1) + ")";
    else if (x < 0.72) s = "(?!" + gen(d+1) + ")";
    else s = gen(d+1) + gen(d+1);
    if (s.equals("^") || s.equals("$") || s.equals("\\b") || s.startsWith("(?=") || s.startsWith("(?!")) return s;
    double q = r.nextDouble();
    if (q < 0.15) s += "*"; else if (q < 0.3) s += "+"; else if (q < 0.38) s += "?"; else if (q < 0.43) s += "{1,2}";
    else if (q < 0.47) s += "*?"; else if (q < 0.5) s += "+?"; else if (q < 0.52) s += "{2}"; else if (q < 0.54) s += "++";
    return s;
  }
  static String[] inputs = {"", "a", "ab", "abc", "aab", "abab", "ba", "a1 b2", "x.y", "cab", "aaa", "a b", "bbb c", "c.a!b"};
  static String jdk(String p) {
    StringBuilder sb = new StringBuilder();
    try { java.util.regex.Pattern pt = java.util.regex.Pattern.compile(p);
      for (String in : inputs) { java.util.regex.Matcher m = pt.matcher(in); sb.append(m.matches() ? 'M' : '-'); m.reset();
        while (m.find()) { sb.append('<').append(m.start()).append(',').append(m.end()); for (int g = 1; g <= m.groupCount(); g++) sb.append(',').append(m.start(g)).append(':').append(m.end(g)); sb.append('>'); } sb.append(' '); }
    } catch (java.util.regex.PatternSyntaxException e) { return "EXC"; } catch (Throwable e) { return e.toString(); }
    return sb.toString();
  }
  static String ours(String p) {
    StringBuilder sb = new StringBuilder();
    try { TPattern pt = TPattern.compile(p);
      for (String in : inputs) { TMatcher m = pt.matcher(in); sb.append(m.matches() ? 'M' : '-'); m.reset();
        while (m.find()) { sb.append('<').append(m.start()).append(',').append(m.end()); for (int g = 1; g <= m.groupCount(); g++) sb.append(',').append(m.start(g)).append(':').append(m.end(g)); sb.append('>'); } sb.append(' '); }
    } catch (TPatternSyntaxException e) { return "EXC"; } catch (Throwable e) { return e.toString(); }
    return sb.toString();
  }
  static String strip(String s) { return s.replaceAll("<(\\d+),(\\d+)(,[-\\d:,]*)?>", "<$1,$2>"); }
  public static void main(String[] a) throws Exception {
    r = new Random(Long.parseLong(a[0])); int n = Integer.parseInt(a[1]); boolean groups = a.length > 2;
    ExecutorService ex = Executors.newCachedThreadPool(t -> { Thread th = new Thread(null, t, "f", 1 << 26); th.setDaemon(true); return th; });
    int bad = 0, hang = 0, so = 0, exc = 0, ext = 0, grp = 0;
    for (int i = 0; i < n; i++) {
      String p = gen(0);
      String j = jdk(p);
      Future<String> f = ex.submit(() -> ours(p));
      String o;
      try { o = f.get(2, TimeUnit.SECONDS); } catch (TimeoutException t) { o = "HANG"; f.cancel(true); }
      if (!j.equals(o)) {
        String kind = o.equals("HANG") ? "hang" : o.contains("StackOverflow") ? "so" : (o.equals("EXC") || j.equals("EXC")) ? "exc" : !strip(j).equals(strip(o)) ? "ext" : "grp";
        switch (kind) { case "hang": hang++; break; case "so": so++; break; case "exc": exc++; break; case "ext": ext++; break; default: grp++; }
        if ((bad++ < 3000 || kind.equals("hang")) && (groups || !kind.equals("grp"))) System.out.println(kind + " " + p + "\n  jdk: " + j + "\n  our: " + o);
      }
    }
    System.out.println("patterns " + n + " differ " + bad + ": hang " + hang + " stackoverflow " + so + " syntax " + exc + " extents " + ext + " groups " + grp);
  }
}
