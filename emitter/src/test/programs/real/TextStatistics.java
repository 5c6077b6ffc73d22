import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

/** Word frequencies, n-grams, sentence statistics and a concordance over an embedded text. */
public class TextStatistics {
    static final String TEXT = """
        It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
        foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,
        it was the season of Darkness, it was the spring of hope, it was the winter of despair, we had
        everything before us, we had nothing before us, we were all going direct to Heaven, we were all
        going direct the other way -- in short, the period was so far like the present period, that some of
        its noisiest authorities insisted on its being received, for good or for evil, in the superlative
        degree of comparison only. There were a king with a large jaw and a queen with a plain face, on the
        throne of England; there were a king with a large jaw and a queen with a fair face, on the throne of
        France. In both countries it was clearer than crystal to the lords of the State preserves of loaves
        and fishes, that things in general were settled for ever. It was the year of Our Lord one thousand
        seven hundred and seventy-five! Spiritual revelations were conceded to England at that favoured
        period, as at this. Was it? Yes.
        """;

    public static void main(String[] args) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z]+(?:-[A-Za-z]+)*").matcher(TEXT);
        while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
        System.out.println("words " + words.size() + " distinct " + new HashSet<>(words).size());
        Map<String, Integer> freq = new TreeMap<>();
        for (String w : words) freq.merge(w, 1, Integer::sum);
        List<Map.Entry<String, Integer>> top = new ArrayList<>(freq.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println("top 15:");
        for (Map.Entry<String, Integer> e : top.subList(0, 15)) {
            System.out.printf("  %-10s %3d %s%n", e.getKey(), e.getValue(), "*".repeat(e.getValue()));
        }
        Map<Integer, Long> byLength = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        System.out.println("length histogram " + byLength);
        System.out.println("longest words " + freq.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).limit(5).toList());
        System.out.printf("average word length %.4f%n", words.stream().mapToInt(String::length).average().orElse(0));
        Map<String, Integer> bigrams = new TreeMap<>();
        for (int i = 0; i + 1 < words.size(); i++) bigrams.merge(words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
        System.out.println("frequent bigrams " + bigrams.entrySet().stream().filter(e -> e.getValue() >= 4).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        String[] sentences = TEXT.replaceAll("\\s+", " ").trim().split("(?<=[.!?])\\s+");
        System.out.println("sentences " + sentences.length);
        for (int i = 0; i < sentences.length; i++) {
            String s = sentences[i];
            int wc = s.split("\\s+").length;
            System.out.printf("  #%d %3d words, %3d chars, ends with '%c', commas %d%n", i + 1, wc, s.length(), s.charAt(s.length() - 1), s.chars().filter(c -> c == ',').count());
        }
        int[] letters = new int[26];
        for (char c : TEXT.toLowerCase(Locale.ROOT).toCharArray()) if (c >= 'a' && c <= 'z') letters[c - 'a']++;
        StringBuilder sb = new StringBuilder("letters:");
        for (int i = 0; i < 26; i++) sb.append(' ').append((char) ('a' + i)).append('=').append(letters[i]);
        System.out.println(sb);
        Set<Character> vowels = Set.of('a', 'e', 'i', 'o', 'u');
        long vowelCount = TEXT.toLowerCase(Locale.ROOT).chars().filter(c -> vowels.contains((char) c)).count();
        System.out.println("vowels " + vowelCount);
        System.out.println("capitalised words " + Pattern.compile("\\b[A-Z][a-z]+\\b").matcher(TEXT).results().map(MatchResult::group).distinct().sorted().toList());
        String key = "age";
        Matcher cm = Pattern.compile("\\b" + key + "\\b").matcher(TEXT.replaceAll("\\s+", " "));
        String flat = TEXT.replaceAll("\\s+", " ");
        while (cm.find()) {
            int a = Math.max(0, cm.start() - 20), b = Math.min(flat.length(), cm.end() + 20);
            System.out.println("  ..." + flat.substring(a, b) + "...");
        }
        Map<Character, List<String>> index = freq.keySet().stream().filter(w -> w.length() > 7).collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.toList()));
        System.out.println("index of long words " + index);
        String replaced = TEXT.lines().limit(3).map(l -> l.replaceAll("(?i)\\bit was\\b", "'twas").strip()).collect(Collectors.joining(" / "));
        System.out.println(replaced);
        System.out.println("palindromes " + freq.keySet().stream().filter(w -> w.length() > 1 && new StringBuilder(w).reverse().toString().equals(w)).toList());
    }
}
