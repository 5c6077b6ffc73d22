import java.util.*;

/** A tiny stack-VM assembler and interpreter, plus a Brainf*ck interpreter, running small programs. */
public class StackVmInterpreter {
    enum Op { PUSH, POP, ADD, SUB, MUL, DIV, MOD, DUP, SWAP, OVER, JMP, JZ, JNZ, LOAD, STORE, PRINT, CALL, RET, HALT, LT, EQ, NEG }

    record Insn(Op op, int arg) {
        @Override public String toString() { return op + (needsArg(op) ? " " + arg : ""); }
    }

    static boolean needsArg(Op op) {
        return op == Op.PUSH || op == Op.JMP || op == Op.JZ || op == Op.JNZ || op == Op.LOAD || op == Op.STORE || op == Op.CALL;
    }

    static class VmError extends RuntimeException { VmError(String m) { super(m); } }

    static List<Insn> assemble(String src) {
        Map<String, Integer> labels = new HashMap<>();
        List<String[]> lines = new ArrayList<>();
        for (String raw : src.split("\n")) {
            String line = raw.replaceAll(";.*", "").trim();
            if (line.isEmpty()) continue;
            if (line.endsWith(":")) { labels.put(line.substring(0, line.length() - 1), lines.size()); continue; }
            lines.add(line.split("\\s+"));
        }
        List<Insn> code = new ArrayList<>();
        for (String[] parts : lines) {
            Op op = Op.valueOf(parts[0].toUpperCase());
            int arg = 0;
            if (needsArg(op)) {
                if (parts.length < 2) throw new VmError("missing argument for " + op);
                String a = parts[1];
                arg = labels.containsKey(a) ? labels.get(a) : Integer.parseInt(a);
            }
            code.add(new Insn(op, arg));
        }
        return code;
    }

    static String run(List<Insn> code, int maxSteps) {
        Deque<Integer> stack = new ArrayDeque<>();
        Deque<Integer> calls = new ArrayDeque<>();
        int[] mem = new int[16];
        StringBuilder out = new StringBuilder();
        int pc = 0, steps = 0;
        while (true) {
            if (++steps > maxSteps) throw new VmError("step limit exceeded at pc " + pc);
            if (pc < 0 || pc >= code.size()) throw new VmError("pc out of range: " + pc);
            Insn in = code.get(pc++);
            switch (in.op()) {
                case PUSH -> stack.push(in.arg());
                case POP -> pop(stack);
                case ADD -> stack.push(pop(stack) + pop(stack));
                case SUB -> { int b = pop(stack), a = pop(stack); stack.push(a - b); }
                case MUL -> stack.push(pop(stack) * pop(stack));
                case DIV -> { int b = pop(stack), a = pop(stack); if (b == 0) throw new VmError("division by zero at pc " + (pc - 1)); stack.push(a / b); }
                case MOD -> { int b = pop(stack), a = pop(stack); stack.push(a % b); }
                case DUP -> { int a = pop(stack); stack.push(a); stack.push(a); }
                case SWAP -> { int b = pop(stack), a = pop(stack); stack.push(b); stack.push(a); }
                case OVER -> { int b = pop(stack), a = pop(stack); stack.push(a); stack.push(b); stack.push(a); }
                case JMP -> pc = in.arg();
                case JZ -> { if (pop(stack) == 0) pc = in.arg(); }
                case JNZ -> { if (pop(stack) != 0) pc = in.arg(); }
                case LOAD -> stack.push(mem[in.arg()]);
                case STORE -> mem[in.arg()] = pop(stack);
                case PRINT -> out.append(pop(stack)).append(' ');
                case CALL -> { calls.push(pc); pc = in.arg(); }
                case RET -> { if (calls.isEmpty()) throw new VmError("return without call"); pc = calls.pop(); }
                case LT -> { int b = pop(stack), a = pop(stack); stack.push(a < b ? 1 : 0); }
                case EQ -> stack.push(pop(stack) == pop(stack) ? 1 : 0);
                case NEG -> stack.push(-pop(stack));
                case HALT -> { return out.toString().trim() + " [steps " + steps + ", stack " + stack + "]"; }
            }
        }
    }

    static int pop(Deque<Integer> s) {
        if (s.isEmpty()) throw new VmError("stack underflow");
        return s.pop();
    }

    static String brainfuck(String prog, String input) {
        byte[] tape = new byte[300];
        int ptr = 0, in = 0;
        StringBuilder out = new StringBuilder();
        int[] match = new int[prog.length()];
        Deque<Integer> st = new ArrayDeque<>();
        for (int i = 0; i < prog.length(); i++) {
            if (prog.charAt(i) == '[') st.push(i);
            else if (prog.charAt(i) == ']') { int j = st.pop(); match[i] = j; match[j] = i; }
        }
        for (int pc = 0; pc < prog.length(); pc++) {
            switch (prog.charAt(pc)) {
                case '>' -> ptr++;
                case '<' -> ptr--;
                case '+' -> tape[ptr]++;
                case '-' -> tape[ptr]--;
                case '.' -> out.append((char) (tape[ptr] & 0xff));
                case ',' -> tape[ptr] = (byte) (in < input.length() ? input.charAt(in++) : 0);
                case '[' -> { if (tape[ptr] == 0) pc = match[pc]; }
                case ']' -> { if (tape[ptr] != 0) pc = match[pc]; }
                default -> { }
            }
        }
        return out.toString();
    }

    public static void main(String[] args) {
        String fact = """
            push 1
            store 0      ; acc = 1
            push 10
            store 1      ; n = 10
            loop:
            load 1
            jz done
            load 0
            load 1
            mul
            store 0
            load 1
            push 1
            sub
            store 1
            jmp loop
            done:
            load 0
            print
            halt
            """;
        List<Insn> code = assemble(fact);
        System.out.println("factorial program: " + code);
        System.out.println("factorial: " + run(code, 10000));
        String fib = """
            push 0
            push 1
            push 15
            store 2
            again:
            over
            print
            dup
            store 3
            add
            load 3
            swap
            load 2
            push 1
            sub
            dup
            store 2
            jnz again
            halt
            """;
        System.out.println("fibonacci: " + run(assemble(fib), 10000));
        String calls = """
            push 7
            call square
            print
            push -3
            call square
            call square
            print
            halt
            square:
            dup
            mul
            ret
            """;
        System.out.println("calls: " + run(assemble(calls), 1000));
        String primes = """
            push 2
            store 0
            outer:
            push 2
            store 1
            inner:
            load 1
            load 1
            mul
            load 0
            swap
            lt
            jnz isprime
            load 0
            load 1
            mod
            jz notprime
            load 1
            push 1
            add
            store 1
            jmp inner
            isprime:
            load 0
            print
            notprime:
            load 0
            push 1
            add
            dup
            store 0
            push 60
            lt
            jnz outer
            halt
            """;
        System.out.println("primes: " + run(assemble(primes), 100000));
        String[] broken = {"push 1\npush 0\ndiv\nhalt", "add\nhalt", "loop:\njmp loop", "ret", "push", "frobnicate 3", "push x"};
        for (String b : broken) {
            try {
                System.out.println("ran: " + run(assemble(b), 500));
            } catch (VmError e) {
                System.out.println("vm error: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                System.out.println("assembly error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        String hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.";
        System.out.print("bf hello: " + brainfuck(hello, ""));
        String rev = ">,[>,]<[.<]";
        System.out.println("bf reverse: " + brainfuck(rev, "stressed"));
        String add = ",>,[<+>-]<------------------------------------------------.";
        System.out.println("bf add: " + brainfuck(add, "34"));
    }
}
