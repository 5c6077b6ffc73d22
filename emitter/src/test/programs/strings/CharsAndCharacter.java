// javac-flags: -XDstringConcat=inline
public class CharsAndCharacter {
    static char next(char c) { return (char) (c + 1); }

    public static void main(String[] args) {
        char a = 'a';
        System.out.println("a=" + a + " code=" + (int) a);
        System.out.println("a+1 (int)=" + (a + 1));
        System.out.println("(char)(a+1)=" + (char) (a + 1));
        char c = a;
        c++;
        System.out.println("c++=" + c);
        c += 2;
        System.out.println("c+=2=" + c);
        c--;
        System.out.println("c--=" + c);
        System.out.println("'z'-'a'=" + ('z' - 'a'));
        System.out.println("'A'+'B'=" + ('A' + 'B'));
        System.out.println("char compare 'a'<'b'=" + ('a' < 'b') + " 'Z'<'a'=" + ('Z' < 'a'));
        char wrap = '\uffff';
        wrap++;
        System.out.println("wrap ffff+1=" + (int) wrap);
        char under = 0;
        under--;
        System.out.println("wrap 0-1=" + (int) under);
        StringBuilder alpha = new StringBuilder();
        for (char ch = 'a'; ch <= 'z'; ch++) alpha.append(ch);
        System.out.println("alphabet=" + alpha);
        StringBuilder upper = new StringBuilder();
        for (char ch = 'a'; ch <= 'z'; ch += 5) upper.append((char) (ch - 32));
        System.out.println("upper by -32=" + upper);
        System.out.println("digit value '7'-'0'=" + ('7' - '0'));
        int num = 0;
        for (char ch : "31415".toCharArray()) num = num * 10 + (ch - '0');
        System.out.println("manual parse=" + num);
        System.out.println("next('y')=" + next('y') + " next(next('y'))=" + next(next('y')));
        String probe = "aZ5 _!\t\n9Qm.";
        for (int i = 0; i < probe.length(); i++) {
            char ch = probe.charAt(i);
            System.out.println("char code " + (int) ch
                + " isDigit=" + Character.isDigit(ch)
                + " isLetter=" + Character.isLetter(ch)
                + " isLetterOrDigit=" + Character.isLetterOrDigit(ch)
                + " isUpper=" + Character.isUpperCase(ch)
                + " isLower=" + Character.isLowerCase(ch)
                + " isWhitespace=" + Character.isWhitespace(ch)
                + " toUpper=" + (int) Character.toUpperCase(ch)
                + " toLower=" + (int) Character.toLowerCase(ch));
        }
        System.out.println("Character.digit('f',16)=" + Character.digit('f', 16) + " digit('9',10)=" + Character.digit('9', 10) + " digit('x',10)=" + Character.digit('x', 10));
        System.out.println("Character.forDigit(11,16)=" + Character.forDigit(11, 16) + " forDigit(5,10)=" + Character.forDigit(5, 10));
        System.out.println("Character.getNumericValue('8')=" + Character.getNumericValue('8'));
        System.out.println("MIN/MAX=" + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println("isLetter(non-ASCII e-acute)=" + Character.isLetter('\u00e9') + " isDigit(arabic 1)=" + Character.isDigit('\u0661'));
        char[] arr = { 'd', 'a', 'c', 'b' };
        for (int i = 0; i < arr.length; i++)
            for (int j = i + 1; j < arr.length; j++)
                if (arr[j] < arr[i]) { char t = arr[i]; arr[i] = arr[j]; arr[j] = t; }
        System.out.println("sorted chars=" + new String(arr));
        int[] freq = new int[128];
        for (char ch : "hello world".toCharArray()) freq[ch]++;
        System.out.println("freq l=" + freq['l'] + " o=" + freq['o'] + " space=" + freq[' ']);
        char fromInt = 66;
        char fromExpr = (char) (fromInt * 2 - 67);
        System.out.println("fromInt=" + fromInt + " fromExpr=" + fromExpr);
        short sh = (short) 'A';
        byte by = (byte) 'A';
        System.out.println("char to short/byte=" + sh + " " + by + " (char)-1=" + (int) (char) -1 + " (char)65601=" + (char) 65601);
        char ternary = true ? 'x' : 0;
        System.out.println("ternary char=" + ternary);
        int ternaryInt = false ? 'x' : 120;
        System.out.println("ternary mixed=" + (true ? 'y' : ternaryInt));
        Character boxed = 'k';
        boxed++;
        System.out.println("boxed char++=" + boxed + " compare=" + Character.compare('a', 'b') + " isSurrogate=" + Character.isSurrogate('\ud800'));
        switch (fromExpr) {
            case 'A': System.out.println("switch matched A"); break;
            case 'B': System.out.println("switch matched B"); break;
            default: System.out.println("switch default");
        }
    }
}
