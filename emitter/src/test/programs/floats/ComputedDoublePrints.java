public class ComputedDoublePrints {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            sb.setLength(0);
            sb.append("i=").append(i)
              .append(" i/7=").append(i / 7.0)
              .append(" sqrt=").append(Math.sqrt(i))
              .append(" i*0.1=").append(i * 0.1)
              .append(" 1/i=").append(1.0 / i)
              .append(" i^3/1000=").append(i * i * i / 1000.0)
              .append(" f:i/7=").append(i / 7f)
              .append(" f:1/i=").append(1f / i)
              .append(" f:i*0.1=").append(i * 0.1f);
            System.out.println(sb);
        }
        double x = 1;
        for (int i = 0; i < 29; i++) {
            x *= -3.7;
            System.out.println("(-3.7)^" + (i + 1) + " = " + x);
        }
        float y = 1;
        for (int i = 0; i < 20; i++) {
            y *= 2.3f;
            System.out.println("2.3f^" + (i + 1) + " = " + y);
        }
        double z = 1;
        for (int i = 0; i < 20; i++) {
            z /= 9.1;
            System.out.println("9.1^-" + (i + 1) + " = " + z);
        }
    }
}
