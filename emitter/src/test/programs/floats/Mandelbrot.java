public class Mandelbrot {
    static int iterations(double cr, double ci, int max) {
        double zr = 0, zi = 0;
        int n = 0;
        while (n < max && zr * zr + zi * zi <= 4.0) {
            double t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            n++;
        }
        return n;
    }

    static int iterationsF(float cr, float ci, int max) {
        float zr = 0, zi = 0;
        int n = 0;
        while (n < max && zr * zr + zi * zi <= 4.0f) {
            float t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            n++;
        }
        return n;
    }

    public static void main(String[] args) {
        String shades = " .:-=+*#%@";
        long total = 0;
        for (int y = 0; y < 24; y++) {
            StringBuilder sb = new StringBuilder();
            for (int x = 0; x < 72; x++) {
                double cr = -2.2 + x * (3.2 / 72);
                double ci = -1.2 + y * (2.4 / 24);
                int n = iterations(cr, ci, 200);
                total += n;
                sb.append(n >= 200 ? '@' : shades.charAt(n % 9));
            }
            System.out.println(sb);
        }
        System.out.println("total iterations (double) = " + total);
        long totalF = 0;
        int differ = 0;
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 72; x++) {
                float cr = -2.2f + x * (3.2f / 72);
                float ci = -1.2f + y * (2.4f / 24);
                int n = iterationsF(cr, ci, 200);
                totalF += n;
                if (n != iterations(-2.2 + x * (3.2 / 72), -1.2 + y * (2.4 / 24), 200)) differ++;
            }
        }
        System.out.println("total iterations (float) = " + totalF + ", cells differing from double = " + differ);
        // a deep zoom point where rounding matters
        System.out.println("iterations at (-0.7436, 0.1318) = " + iterations(-0.7436, 0.1318, 5000));
        System.out.println("float iterations at (-0.7436, 0.1318) = " + iterationsF(-0.7436f, 0.1318f, 5000));
    }
}
