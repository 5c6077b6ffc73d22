import java.util.*;

/** Sudoku solving with constraint propagation (bitmasks) and backtracking on the most constrained cell. */
public class SudokuSolver {
    final int[] cells = new int[81];
    final int[] rowMask = new int[9], colMask = new int[9], boxMask = new int[9];
    long guesses;

    SudokuSolver(String puzzle) {
        String p = puzzle.replaceAll("[^0-9.]", "");
        if (p.length() != 81) throw new IllegalArgumentException("need 81 cells, got " + p.length());
        for (int i = 0; i < 81; i++) {
            char c = p.charAt(i);
            int v = c == '.' ? 0 : c - '0';
            if (v != 0 && !place(i, v)) throw new IllegalArgumentException("conflict at cell " + i + " value " + v);
        }
    }

    boolean place(int i, int v) {
        int r = i / 9, c = i % 9, b = (r / 3) * 3 + c / 3, bit = 1 << v;
        if (((rowMask[r] | colMask[c] | boxMask[b]) & bit) != 0) return false;
        cells[i] = v;
        rowMask[r] |= bit; colMask[c] |= bit; boxMask[b] |= bit;
        return true;
    }

    void remove(int i) {
        int v = cells[i], r = i / 9, c = i % 9, b = (r / 3) * 3 + c / 3, bit = ~(1 << v);
        rowMask[r] &= bit; colMask[c] &= bit; boxMask[b] &= bit;
        cells[i] = 0;
    }

    int candidates(int i) {
        int r = i / 9, c = i % 9, b = (r / 3) * 3 + c / 3;
        return ~(rowMask[r] | colMask[c] | boxMask[b]) & 0x3FE;
    }

    boolean solve() {
        int best = -1, bestCount = 10;
        for (int i = 0; i < 81; i++) {
            if (cells[i] != 0) continue;
            int n = Integer.bitCount(candidates(i));
            if (n < bestCount) { best = i; bestCount = n; if (n <= 1) break; }
        }
        if (best < 0) return true;
        if (bestCount == 0) return false;
        int cand = candidates(best);
        while (cand != 0) {
            int bit = Integer.lowestOneBit(cand);
            cand &= cand - 1;
            guesses++;
            place(best, Integer.numberOfTrailingZeros(bit));
            if (solve()) return true;
            remove(best);
        }
        return false;
    }

    int countSolutions(int limit) {
        int best = -1, bestCount = 10;
        for (int i = 0; i < 81; i++) {
            if (cells[i] != 0) continue;
            int n = Integer.bitCount(candidates(i));
            if (n < bestCount) { best = i; bestCount = n; }
        }
        if (best < 0) return 1;
        int total = 0, cand = candidates(best);
        while (cand != 0 && total < limit) {
            int v = Integer.numberOfTrailingZeros(cand);
            cand &= cand - 1;
            place(best, v);
            total += countSolutions(limit - total);
            remove(best);
        }
        return total;
    }

    boolean valid() {
        for (int k = 0; k < 9; k++) {
            Set<Integer> r = new HashSet<>(), c = new HashSet<>(), b = new HashSet<>();
            for (int j = 0; j < 9; j++) {
                r.add(cells[k * 9 + j]);
                c.add(cells[j * 9 + k]);
                b.add(cells[((k / 3) * 3 + j / 3) * 9 + (k % 3) * 3 + j % 3]);
            }
            if (r.size() != 9 || c.size() != 9 || b.size() != 9 || r.contains(0)) return false;
        }
        return true;
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 9; r++) {
            if (r % 3 == 0 && r > 0) sb.append("------+-------+------\n");
            for (int c = 0; c < 9; c++) {
                if (c % 3 == 0 && c > 0) sb.append("| ");
                sb.append(cells[r * 9 + c] == 0 ? "." : String.valueOf(cells[r * 9 + c])).append(c == 8 ? "" : " ");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] puzzles = {
            "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
            "..............3.85..1.2.......5.7.....4...1...9.......5......73..2.1........4...9",
            "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
            "11...............................................................................",
            "123456789........................................................................",
        };
        for (String p : puzzles) {
            try {
                SudokuSolver s = new SudokuSolver(p);
                int given = 0;
                for (int v : s.cells) if (v != 0) given++;
                boolean ok = s.solve();
                System.out.println("given " + given + " solved " + ok + " guesses " + s.guesses + " valid " + (ok && s.valid()));
                if (ok) System.out.print(s.render());
            } catch (IllegalArgumentException e) {
                System.out.println("rejected: " + e.getMessage());
            }
        }
        SudokuSolver multi = new SudokuSolver("..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..".replace("..3.2", "....2"));
        System.out.println("solutions (limit 5) of a weakened puzzle: " + multi.countSolutions(5));
        SudokuSolver unique = new SudokuSolver(puzzles[0]);
        System.out.println("solutions of the first puzzle: " + unique.countSolutions(5));
    }
}
