import java.math.BigInteger;
import java.util.*;

/** Exact rational arithmetic, a rational matrix with Gauss-Jordan elimination (inverse, determinant, solving) and continued fractions. */
public class RationalMatrix {
    static final class Rational implements Comparable<Rational> {
        static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE), ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
        final BigInteger num, den;

        Rational(BigInteger n, BigInteger d) {
            if (d.signum() == 0) throw new ArithmeticException("zero denominator");
            if (d.signum() < 0) { n = n.negate(); d = d.negate(); }
            BigInteger g = n.gcd(d);
            if (!g.equals(BigInteger.ONE) && g.signum() != 0) { n = n.divide(g); d = d.divide(g); }
            num = n;
            den = n.signum() == 0 ? BigInteger.ONE : d;
        }

        static Rational of(long n, long d) { return new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d)); }
        static Rational of(long n) { return of(n, 1); }

        static Rational parse(String s) {
            int slash = s.indexOf('/');
            if (slash >= 0) return new Rational(new BigInteger(s.substring(0, slash).trim()), new BigInteger(s.substring(slash + 1).trim()));
            int dot = s.indexOf('.');
            if (dot >= 0) {
                String digits = s.substring(0, dot) + s.substring(dot + 1);
                return new Rational(new BigInteger(digits), BigInteger.TEN.pow(s.length() - dot - 1));
            }
            return new Rational(new BigInteger(s.trim()), BigInteger.ONE);
        }

        Rational add(Rational o) { return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)); }
        Rational sub(Rational o) { return add(o.negate()); }
        Rational mul(Rational o) { return new Rational(num.multiply(o.num), den.multiply(o.den)); }
        Rational div(Rational o) { return new Rational(num.multiply(o.den), den.multiply(o.num)); }
        Rational negate() { return new Rational(num.negate(), den); }
        boolean isZero() { return num.signum() == 0; }

        public int compareTo(Rational o) { return num.multiply(o.den).compareTo(o.num.multiply(den)); }
        @Override public boolean equals(Object o) { return o instanceof Rational r && num.equals(r.num) && den.equals(r.den); }
        @Override public int hashCode() { return num.hashCode() * 31 + den.hashCode(); }
        @Override public String toString() { return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den; }

        List<BigInteger> continuedFraction() {
            List<BigInteger> out = new ArrayList<>();
            BigInteger n = num, d = den;
            while (d.signum() != 0) {
                BigInteger[] qr = n.divideAndRemainder(d);
                BigInteger q = qr[0];
                if (qr[1].signum() < 0) { q = q.subtract(BigInteger.ONE); qr[1] = qr[1].add(d); }
                out.add(q);
                n = d;
                d = qr[1];
            }
            return out;
        }
    }

    static final class Matrix {
        final Rational[][] a;
        final int rows, cols;

        Matrix(int r, int c) {
            rows = r; cols = c;
            a = new Rational[r][c];
            for (Rational[] row : a) Arrays.fill(row, Rational.ZERO);
        }

        static Matrix of(long[][] v) {
            Matrix m = new Matrix(v.length, v[0].length);
            for (int i = 0; i < m.rows; i++) for (int j = 0; j < m.cols; j++) m.a[i][j] = Rational.of(v[i][j]);
            return m;
        }

        static Matrix identity(int n) {
            Matrix m = new Matrix(n, n);
            for (int i = 0; i < n; i++) m.a[i][i] = Rational.ONE;
            return m;
        }

        Matrix mul(Matrix o) {
            if (cols != o.rows) throw new IllegalArgumentException("shape mismatch " + rows + "x" + cols + " * " + o.rows + "x" + o.cols);
            Matrix r = new Matrix(rows, o.cols);
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < o.cols; j++) {
                    Rational s = Rational.ZERO;
                    for (int k = 0; k < cols; k++) s = s.add(a[i][k].mul(o.a[k][j]));
                    r.a[i][j] = s;
                }
            return r;
        }

        /** Reduces [this | rhs] in place; returns the determinant of this (square). */
        Rational gaussJordan(Matrix rhs) {
            Rational det = Rational.ONE;
            for (int col = 0, row = 0; col < cols && row < rows; col++) {
                int pivot = -1;
                for (int r = row; r < rows; r++) if (!a[r][col].isZero()) { pivot = r; break; }
                if (pivot < 0) { det = Rational.ZERO; continue; }
                if (pivot != row) {
                    swap(a, pivot, row);
                    if (rhs != null) swap(rhs.a, pivot, row);
                    det = det.negate();
                }
                Rational p = a[row][col];
                det = det.mul(p);
                for (int j = 0; j < cols; j++) a[row][j] = a[row][j].div(p);
                if (rhs != null) for (int j = 0; j < rhs.cols; j++) rhs.a[row][j] = rhs.a[row][j].div(p);
                for (int r = 0; r < rows; r++) {
                    if (r == row || a[r][col].isZero()) continue;
                    Rational f = a[r][col];
                    for (int j = 0; j < cols; j++) a[r][j] = a[r][j].sub(f.mul(a[row][j]));
                    if (rhs != null) for (int j = 0; j < rhs.cols; j++) rhs.a[r][j] = rhs.a[r][j].sub(f.mul(rhs.a[row][j]));
                }
                row++;
            }
            return det;
        }

        Matrix copy() {
            Matrix m = new Matrix(rows, cols);
            for (int i = 0; i < rows; i++) m.a[i] = a[i].clone();
            return m;
        }

        Matrix inverse() {
            Matrix work = copy(), inv = identity(rows);
            Rational det = work.gaussJordan(inv);
            if (det.isZero()) throw new ArithmeticException("singular matrix");
            return inv;
        }

        Rational determinant() { return copy().gaussJordan(null); }

        private static void swap(Rational[][] m, int i, int j) { Rational[] t = m[i]; m[i] = m[j]; m[j] = t; }

        @Override public String toString() {
            StringBuilder sb = new StringBuilder();
            for (Rational[] row : a) {
                StringJoiner j = new StringJoiner("  ", "[ ", " ]\n");
                for (Rational x : row) j.add(String.format("%7s", x));
                sb.append(j);
            }
            return sb.toString();
        }
    }

    public static void main(String[] args) {
        Rational h = Rational.ZERO;
        for (int i = 1; i <= 20; i++) h = h.add(Rational.of(1, i));
        System.out.println("H(20) = " + h);
        System.out.println("parse " + Rational.parse("3.125") + " " + Rational.parse("-6/8") + " " + Rational.parse("42") + " compare " + Rational.of(2, 3).compareTo(Rational.of(3, 5)));
        System.out.println("continued fraction of 415/93 " + Rational.of(415, 93).continuedFraction() + " of -7/3 " + Rational.of(-7, 3).continuedFraction());
        Rational approx = Rational.ONE;
        for (int i = 0; i < 12; i++) approx = Rational.ONE.add(Rational.ONE.div(Rational.ONE.add(approx)));
        System.out.println("sqrt(2) approx " + approx + " = " + approx.num.doubleValue() / approx.den.doubleValue());
        try {
            Rational.of(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("1/0: " + e.getMessage());
        }
        Matrix m = Matrix.of(new long[][] {{2, -1, 0, 3}, {1, 3, 2, -2}, {0, 1, 4, 1}, {5, 0, -3, 2}});
        System.out.print("M =\n" + m);
        System.out.println("det M = " + m.determinant());
        Matrix inv = m.inverse();
        System.out.print("M^-1 =\n" + inv);
        System.out.print("M * M^-1 =\n" + m.mul(inv));
        Matrix b = Matrix.of(new long[][] {{1}, {2}, {3}, {4}});
        Matrix x = inv.mul(b);
        System.out.print("solution of M x = b:\n" + x);
        Matrix hilbert = new Matrix(5, 5);
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) hilbert.a[i][j] = Rational.of(1, i + j + 1);
        System.out.println("det Hilbert(5) = " + hilbert.determinant());
        System.out.println("Hilbert(5)^-1 row 0 = " + Arrays.toString(hilbert.inverse().a[0]));
        Matrix singular = Matrix.of(new long[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        System.out.println("det singular = " + singular.determinant());
        try {
            singular.inverse();
        } catch (ArithmeticException e) {
            System.out.println("inverse: " + e.getMessage());
        }
        try {
            m.mul(singular);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Matrix fib = Matrix.of(new long[][] {{1, 1}, {1, 0}}), p = Matrix.identity(2);
        for (int i = 0; i < 90; i++) p = p.mul(fib);
        System.out.println("fib(90) via matrix power " + p.a[0][1]);
    }
}
