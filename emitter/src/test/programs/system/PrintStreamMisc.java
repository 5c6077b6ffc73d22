import java.io.PrintStream;

public class PrintStreamMisc {
    public static void main(String[] args) {
        PrintStream out = System.out;
        out.println("same stream object=" + (out == System.out));
        out.append("append ").append('c').append("har sequence", 0, 4).append('\n');
        out.write('W');
        out.write('\n');
        byte[] bytes = { 'b', 'y', 't', 'e', 's', '\n' };
        out.write(bytes, 0, bytes.length);
        out.write(bytes, 1, 3);
        out.println();
        out.flush();
        System.out.println("checkError=" + out.checkError());
        System.out.print("");
        System.out.println("");
        System.out.println("after empty print and empty println");
        char[] big = new char[200];
        for (int i = 0; i < big.length; i++) big[i] = (char) ('A' + i % 26);
        System.out.println(big);
        StringBuilder longLine = new StringBuilder();
        for (int i = 0; i < 500; i++) longLine.append(i % 10);
        System.out.println(longLine);
        for (int i = 0; i < 50; i++) System.out.print(i % 10 == 9 ? i + "\n" : i + " ");
        System.out.println("many small prints done");
        System.out.print("a");
        System.out.print("b");
        System.out.print('\n');
        System.out.println("lineSeparator length=" + System.lineSeparator().length());
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.print("final line without newline, flushed at exit");
    }
}
