import java.util.*;

public class BitSetAndBase64 {
    public static void main(String[] args) {
        BitSet primes = new BitSet(100);
        primes.set(2, 100);
        for (int p = 2; p * p < 100; p = primes.nextSetBit(p + 1)) for (int m = p * p; m < 100; m += p) primes.clear(m);
        System.out.println("primes " + primes + " count " + primes.cardinality());
        BitSet odd = new BitSet();
        for (int i = 1; i < 100; i += 2) odd.set(i);
        BitSet x = (BitSet) primes.clone();
        x.xor(odd);
        BitSet a = (BitSet) primes.clone();
        a.andNot(odd);
        System.out.println("xor " + x + " andNot " + a + " intersects " + primes.intersects(odd));
        System.out.println("previousSetBit(50) " + primes.previousSetBit(50) + " nextClearBit(2) " + primes.nextClearBit(2) + " size>=100 " + (primes.size() >= 100) + " length " + primes.length());
        System.out.println("toLongArray " + Arrays.toString(primes.toLongArray()) + " toByteArray " + Arrays.toString(primes.toByteArray()) + " valueOf " + BitSet.valueOf(new long[] {5L}) + " " + BitSet.valueOf(new long[] {1L << 40 | 3, 1L << 63}) + " " + BitSet.valueOf(new byte[] {(byte) 0x81, 0, 1}) + " " + BitSet.valueOf(new long[] {1L << 40 | 3, 1L << 63}).cardinality() + " stream sum " + primes.stream().sum());
        primes.flip(0, 10);
        System.out.println("flipped " + primes.get(0, 12));
        Base64.Encoder enc = Base64.getEncoder();
        Base64.Decoder dec = Base64.getDecoder();
        String[] inputs = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."};
        for (String s : inputs) {
            String e = enc.encodeToString(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            System.out.println("'" + s + "' -> " + e + " -> '" + new String(dec.decode(e), java.nio.charset.StandardCharsets.UTF_8) + "'");
        }
        byte[] bin = new byte[40];
        for (int i = 0; i < bin.length; i++) bin[i] = (byte) (i * 37 - 100);
        System.out.println("url (no padding) " + Base64.getUrlEncoder().withoutPadding().encodeToString(bin) + " noPadding " + Base64.getEncoder().withoutPadding().encodeToString(new byte[] {1, 2}));
    }
}
