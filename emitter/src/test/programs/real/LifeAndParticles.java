import java.util.*;

/** Conway's game of life on a torus plus a fixed-seed particle simulation with elastic walls and collision counting. */
public class LifeAndParticles {
    static boolean[][] step(boolean[][] g) {
        int h = g.length, w = g[0].length;
        boolean[][] n = new boolean[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int k = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++)
                        if ((dr != 0 || dc != 0) && g[(r + dr + h) % h][(c + dc + w) % w]) k++;
                n[r][c] = g[r][c] ? (k == 2 || k == 3) : k == 3;
            }
        }
        return n;
    }

    static String render(boolean[][] g) {
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : g) {
            for (boolean b : row) sb.append(b ? '#' : '.');
            sb.append('\n');
        }
        return sb.toString();
    }

    static int population(boolean[][] g) {
        int p = 0;
        for (boolean[] row : g) for (boolean b : row) if (b) p++;
        return p;
    }

    static final class Particle {
        double x, y, vx, vy;
        final double r;
        final int id;
        int bounces;

        Particle(int id, Random rnd) {
            this.id = id;
            r = 0.5 + rnd.nextInt(3) * 0.25;
            x = r + rnd.nextDouble() * (20 - 2 * r);
            y = r + rnd.nextDouble() * (10 - 2 * r);
            vx = rnd.nextDouble() * 2 - 1;
            vy = rnd.nextDouble() * 2 - 1;
        }

        void move(double dt) {
            x += vx * dt;
            y += vy * dt;
            if (x < r) { x = 2 * r - x; vx = -vx; bounces++; }
            if (x > 20 - r) { x = 2 * (20 - r) - x; vx = -vx; bounces++; }
            if (y < r) { y = 2 * r - y; vy = -vy; bounces++; }
            if (y > 10 - r) { y = 2 * (10 - r) - y; vy = -vy; bounces++; }
        }
    }

    public static void main(String[] args) {
        boolean[][] g = new boolean[12][20];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) g[p[0]][p[1]] = true;
        int[][] blinker = {{6, 10}, {6, 11}, {6, 12}};
        for (int[] p : blinker) g[p[0]][p[1]] = true;
        g[9][3] = g[9][4] = g[10][3] = g[10][4] = true;
        Set<String> seen = new HashSet<>();
        for (int gen = 0; gen <= 40; gen++) {
            String pic = render(g);
            if (gen % 10 == 0) {
                System.out.println("generation " + gen + " population " + population(g));
                System.out.print(pic);
            }
            if (!seen.add(pic)) {
                System.out.println("repeat at generation " + gen);
                break;
            }
            g = step(g);
        }
        Random rnd = new Random(20240601L);
        List<Particle> ps = new ArrayList<>();
        for (int i = 0; i < 12; i++) ps.add(new Particle(i, rnd));
        int collisions = 0;
        double dt = 0.05;
        for (int t = 0; t < 2000; t++) {
            for (Particle p : ps) p.move(dt);
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    Particle a = ps.get(i), b = ps.get(j);
                    double dx = b.x - a.x, dy = b.y - a.y;
                    double d2 = dx * dx + dy * dy, rr = a.r + b.r;
                    if (d2 < rr * rr && d2 > 0) {
                        double d = Math.sqrt(d2), nx = dx / d, ny = dy / d;
                        double rel = (a.vx - b.vx) * nx + (a.vy - b.vy) * ny;
                        if (rel > 0) {
                            double ma = a.r * a.r, mb = b.r * b.r;
                            double imp = 2 * rel / (ma + mb);
                            a.vx -= imp * mb * nx; a.vy -= imp * mb * ny;
                            b.vx += imp * ma * nx; b.vy += imp * ma * ny;
                            collisions++;
                        }
                    }
                }
            }
            if (t % 500 == 0) {
                double energy = 0, mx = 0, my = 0;
                for (Particle p : ps) {
                    double m = p.r * p.r;
                    energy += 0.5 * m * (p.vx * p.vx + p.vy * p.vy);
                    mx += m * p.vx;
                    my += m * p.vy;
                }
                System.out.printf("t=%4d energy=%.6f momentum=(%.4f, %.4f) collisions=%d%n", t, energy, mx, my, collisions);
            }
        }
        ps.sort(Comparator.comparingInt((Particle p) -> -p.bounces).thenComparingInt(p -> p.id));
        for (Particle p : ps) System.out.printf("particle %2d r=%.2f bounces=%3d at (%.3f, %.3f)%n", p.id, p.r, p.bounces, p.x, p.y);
        System.out.println("total collisions " + collisions);
    }
}
