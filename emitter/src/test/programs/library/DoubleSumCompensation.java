import java.util.*;
import java.util.stream.*;

/**
 * DoubleStream.sum/average, DoubleSummaryStatistics and Collectors.summingDouble/averagingDouble
 * use compensated (Kahan) summation in the JDK, so their results differ from a plain loop.
 */
public class DoubleSumCompensation {
    static String stats(DoubleSummaryStatistics s) {
        return s.getCount() + " " + s.getSum() + " " + s.getMin() + " " + s.getAverage() + " " + s.getMax();
    }

    public static void main(String[] args) {
        double[] values = {0.1, 0.2, 0.3};
        double plain = 0;
        for (double v : values) plain += v;
        System.out.println("plain loop " + plain);
        System.out.println("DoubleStream.sum " + DoubleStream.of(values).sum() + " average " + DoubleStream.of(values).average().getAsDouble());
        System.out.println("summaryStatistics " + DoubleStream.of(values).summaryStatistics().getSum());
        System.out.println("summingDouble " + Arrays.stream(values).boxed().collect(Collectors.summingDouble(d -> d)) + " averagingDouble " + Arrays.stream(values).boxed().collect(Collectors.averagingDouble(d -> d)));
        Random r = new Random(3);
        double[] many = r.doubles(10000).map(d -> d * 1e-3 + 1e6).toArray();
        System.out.println("many sum " + DoubleStream.of(many).sum() + " plain " + Arrays.stream(many).reduce(0, Double::sum) + " average " + DoubleStream.of(many).average().getAsDouble());
        double[][] special = {{1e308, 1e308, -1e308}, {Double.POSITIVE_INFINITY, 1}, {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}, {Double.NaN, 1}, {}, {-0.0}, {1e16, 1, -1e16}};
        for (double[] sp : special) {
            System.out.println(Arrays.toString(sp) + " sum " + DoubleStream.of(sp).sum() + " average " + DoubleStream.of(sp).average() + " stats " + stats(DoubleStream.of(sp).summaryStatistics()));
        }
        DoubleSummaryStatistics a = new DoubleSummaryStatistics(), b = new DoubleSummaryStatistics();
        for (int i = 0; i < 10; i++) { a.accept(0.1 * i); b.accept(1.0 / (i + 1)); }
        a.combine(b);
        System.out.println("combined " + a.getSum() + " " + a.getAverage() + " " + a.getCount() + " " + a.getMin() + " " + a.getMax());
        System.out.println("empty stats " + stats(new DoubleSummaryStatistics()) + " toString " + DoubleStream.of(1.5, 2.25).summaryStatistics());
    }
}
