import java.util.*;
import java.util.stream.*;

/**
 * DoubleStream.sum/average, DoubleSummaryStatistics and Collectors.summingDouble/averagingDouble
 * use compensated (Kahan) summation in the JDK, so their results differ from a plain loop.
 */
public class DoubleSumCompensation {
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
        System.out.println("many sum " + DoubleStream.of(many).sum() + " plain " + Arrays.stream(many).reduce(0, Double::sum));
    }
}
