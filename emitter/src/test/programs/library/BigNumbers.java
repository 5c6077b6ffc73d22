import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

public class BigNumbers {
    public static void main(String[] args) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 50; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("50! = " + f + " bits " + f.bitLength() + " digits " + f.toString().length());
        BigInteger two100 = BigInteger.TWO.pow(100);
        System.out.println("2^100 = " + two100 + " hex " + two100.toString(16) + " base36 " + two100.toString(36));
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = new BigInteger("-987654321098765432109876543210");
        System.out.println("add " + a.add(b) + " sub " + a.subtract(b) + " mul " + a.multiply(b));
        BigInteger[] qr = b.divideAndRemainder(a);
        System.out.println("divRem " + qr[0] + " " + qr[1] + " mod " + b.mod(a) + " rem " + b.remainder(a));
        System.out.println("gcd " + a.gcd(b) + " abs " + b.abs() + " negate " + a.negate() + " signum " + b.signum() + " compare " + a.compareTo(b));
        System.out.println("modPow " + BigInteger.valueOf(7).modPow(BigInteger.valueOf(560), BigInteger.valueOf(561)) + " modInverse " + BigInteger.valueOf(3).modInverse(BigInteger.valueOf(11)));
        System.out.println("isProbablePrime " + BigInteger.valueOf(1_000_000_007).isProbablePrime(20) + " " + BigInteger.valueOf(561).isProbablePrime(20)
                + " nextProbablePrime " + BigInteger.valueOf(1000).nextProbablePrime());
        System.out.println("shift " + a.shiftLeft(10) + " " + a.shiftRight(40) + " " + b.shiftRight(3) + " and " + a.and(BigInteger.valueOf(0xFFFF)) + " or " + a.or(BigInteger.ONE)
                + " xor " + a.xor(b) + " not " + BigInteger.TEN.not() + " testBit " + a.testBit(0) + " bitCount " + a.bitCount());
        System.out.println("sqrt " + f.sqrt() + " longValue " + a.longValue() + " intValue " + a.intValue() + " doubleValue " + a.doubleValue());
        try {
            a.longValueExact();
        } catch (ArithmeticException e) {
            System.out.println("longValueExact: " + e.getMessage());
        }
        System.out.println("parse radix " + new BigInteger("-ff", 16) + " " + new BigInteger("101010", 2) + " bytes " + java.util.Arrays.toString(BigInteger.valueOf(-300).toByteArray()));
        BigInteger fib1 = BigInteger.ZERO, fib2 = BigInteger.ONE;
        for (int i = 0; i < 200; i++) { BigInteger t = fib1.add(fib2); fib1 = fib2; fib2 = t; }
        System.out.println("fib(200) " + fib1);
        BigDecimal x = new BigDecimal("10.25");
        BigDecimal y = new BigDecimal("3");
        System.out.println("bd add " + x.add(y) + " sub " + x.subtract(y) + " mul " + x.multiply(y) + " scale " + x.multiply(y).scale());
        System.out.println("divide 10 digits " + x.divide(y, 10, RoundingMode.HALF_UP) + " mc " + x.divide(y, MathContext.DECIMAL64) + " " + x.divide(y, new MathContext(5)));
        try {
            x.divide(y);
        } catch (ArithmeticException e) {
            System.out.println("exact divide: " + e.getMessage());
        }
        for (RoundingMode rm : RoundingMode.values()) {
            if (rm == RoundingMode.UNNECESSARY) continue;
            StringBuilder sb = new StringBuilder(rm + ":");
            for (String v : new String[] {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"}) {
                sb.append(' ').append(new BigDecimal(v).setScale(0, rm));
            }
            System.out.println(sb);
        }
        System.out.println("0.1+0.2 " + new BigDecimal("0.1").add(new BigDecimal("0.2")) + " vs double " + new BigDecimal(0.1).add(new BigDecimal(0.2)).round(new MathContext(20)));
        System.out.println("valueOf " + BigDecimal.valueOf(0.1) + " " + BigDecimal.valueOf(123456789, 4) + " " + BigDecimal.valueOf(1e10) + " " + new BigDecimal("1E+3").toPlainString());
        BigDecimal z = new BigDecimal("1234.5000");
        System.out.println("strip " + z.stripTrailingZeros() + " " + new BigDecimal("1000").stripTrailingZeros() + " plain " + new BigDecimal("1000").stripTrailingZeros().toPlainString()
                + " eng " + new BigDecimal("12345E-10").toEngineeringString() + " sci " + new BigDecimal("0.00000012"));
        System.out.println("equals vs compareTo " + new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00"))
                + " precision " + z.precision() + " unscaled " + z.unscaledValue() + " signum " + z.negate().signum());
        System.out.println("pow " + new BigDecimal("1.05").pow(10) + " movePoint " + z.movePointLeft(6) + " " + z.movePointRight(2) + " min/max " + x.min(y) + " " + x.max(y));
        System.out.println("remainder " + x.remainder(y) + " toBigInteger " + x.toBigInteger()
                + " intValueExact " + new BigDecimal("42.000").intValueExact());
        BigDecimal balance = new BigDecimal("1000.00");
        BigDecimal rate = new BigDecimal("0.035");
        for (int yr = 1; yr <= 5; yr++) {
            balance = balance.add(balance.multiply(rate)).setScale(2, RoundingMode.HALF_EVEN);
            System.out.println("year " + yr + " balance " + balance);
        }
        String[] toDouble = {"123456789012345678901234567890", "9007199254740993", "9007199254740995", "18446744073709551615",
            "-98765432109876543210987654321", "1" + "0".repeat(300), "340282366920938463463374607431768211455",
            BigInteger.TWO.pow(1024).subtract(BigInteger.TWO.pow(970)).toString(), BigInteger.TWO.pow(1024).subtract(BigInteger.ONE).toString(),
            BigInteger.TWO.pow(80).add(BigInteger.TWO.pow(27)).toString(), BigInteger.TWO.pow(80).add(BigInteger.TWO.pow(27)).add(BigInteger.ONE).toString(),
            BigInteger.TWO.pow(80).add(BigInteger.TWO.pow(28)).add(BigInteger.TWO.pow(27)).toString()};
        for (String v : toDouble) {
            double d = new BigInteger(v).doubleValue();
            System.out.println("doubleValue bits " + Long.toHexString(Double.doubleToLongBits(d)) + " " + (Double.isInfinite(d) ? "inf" : "finite"));
        }
        System.out.println("doubleValue " + new BigDecimal("3.14159265358979323846").doubleValue() + " floatValue " + new BigDecimal("2.5").floatValue());
    }
}
