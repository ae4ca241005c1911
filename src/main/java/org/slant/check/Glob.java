package org.slant.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A path glob as in {@code .gitignore}: {@code *} matches within one path part, {@code **} across parts
 * ({@code news/**}{@code /*.md} matches {@code news/a.md} and {@code news/2024/a.md}), {@code ?} one
 * character, {@code {md,html}} one of the alternatives. A glob without a {@code /} matches the file name
 * in any folder. Paths are compared with {@code /} separators and without a leading {@code ./}.
 *
 * <p>Globs come from user files, so they are matched by a small automaton of our own, simulated
 * breadth-first (as RE2 does) with explicit stacks: time is at most the path length times the glob length,
 * memory a few ints per glob character, whatever the glob. Compiling globs to one RE2/J regex overflowed
 * RE2/J's recursive matcher on a glob of 5,000 {@code **}{@code /} parts.
 */
public final class Glob {

    // instructions of the automaton; each is {op, argument}
    private static final int CHAR = 0;   // the character arg, then the next instruction
    private static final int PART = 1;   // any character but '/'
    private static final int ANY = 2;    // any character
    private static final int SPLIT = 3;  // both the next instruction and arg (no input)
    private static final int JUMP = 4;   // arg (no input)
    private static final int FAIL = 5;   // nothing
    private static final int MATCH = 6;

    private final String text;
    private final int[] op;
    private final int[] arg;

    private Glob(String text, int[] op, int[] arg) {
        this.text = text;
        this.op = op;
        this.arg = arg;
    }

    /** Compiles a glob; throws IllegalArgumentException with a reason when it is malformed. */
    public static Glob of(String glob) {
        String g = normalize(glob);
        if (g.isEmpty()) {
            throw new IllegalArgumentException("empty glob");
        }
        if (g.startsWith("/")) {
            g = g.substring(1);
        } else if (!g.contains("/")) {
            g = "**/" + g;
        }
        if (g.endsWith("/")) {
            g = g + "**";
        }
        Program p = new Program();
        compile(g, p);
        return new Glob(glob, p.ops(), p.args());
    }

    public boolean matches(String path) {
        String s = normalize(path);
        int n = op.length;
        int[] current = new int[n];
        int[] next = new int[n];
        int[] seen = new int[n]; // generation mark, so each instruction is added once per step
        int[] stack = new int[2 * n + 1]; // each instruction is expanded once per step and pushes at most two
        int generation = 1;
        int count = add(0, current, 0, seen, generation, stack);
        for (int i = 0; i < s.length() && count > 0; i++) {
            char c = s.charAt(i);
            generation++;
            int nextCount = 0;
            for (int k = 0; k < count; k++) {
                int pc = current[k];
                boolean step = switch (op[pc]) {
                    case CHAR -> arg[pc] == c;
                    case PART -> c != '/';
                    case ANY -> true;
                    default -> false;
                };
                if (step) {
                    nextCount = add(pc + 1, next, nextCount, seen, generation, stack);
                }
            }
            int[] t = current;
            current = next;
            next = t;
            count = nextCount;
        }
        for (int k = 0; k < count; k++) {
            if (op[current[k]] == MATCH) {
                return true;
            }
        }
        return false;
    }

    /** Adds an instruction and everything it reaches without input (iteratively) to a thread list. */
    private int add(int start, int[] list, int count, int[] seen, int generation, int[] stack) {
        int top = 0;
        stack[top++] = start;
        while (top > 0) {
            int pc = stack[--top];
            if (seen[pc] == generation) {
                continue;
            }
            seen[pc] = generation;
            switch (op[pc]) {
                case JUMP -> stack[top++] = arg[pc];
                case SPLIT -> {
                    stack[top++] = arg[pc];
                    stack[top++] = pc + 1; // popped first: the order does not change the answer
                }
                case FAIL -> {
                }
                default -> list[count++] = pc;
            }
        }
        return count;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    static String normalize(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    /** One pass over the glob; open braces are an explicit stack, so nesting depth costs no Java stack. */
    private static void compile(String g, Program p) {
        Deque<Brace> braces = new ArrayDeque<>();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                boolean dbl = i + 1 < g.length() && g.charAt(i + 1) == '*';
                if (!dbl) {
                    p.star(PART); // "*": [^/]*
                    continue;
                }
                boolean atPartStart = i == 0 || g.charAt(i - 1) == '/';
                i++;
                if (atPartStart && i + 1 < g.length() && g.charAt(i + 1) == '/') {
                    i++;
                    int skip = p.emit(SPLIT, -1); // "**/": zero or more folders, (?:.*/)?
                    p.star(ANY);
                    p.emit(CHAR, '/');
                    p.arg[skip] = p.size;
                } else {
                    p.star(ANY); // "**" elsewhere: .*
                }
            } else if (c == '?') {
                p.emit(PART, 0);
            } else if (c == '{') {
                Brace b = new Brace();
                b.split = p.emit(SPLIT, -1);
                braces.push(b);
            } else if (c == ',' && !braces.isEmpty()) {
                Brace b = braces.peek();
                b.exits.add(p.emit(JUMP, -1));
                p.arg[b.split] = p.size;
                b.split = p.emit(SPLIT, -1);
            } else if (c == '}' && !braces.isEmpty()) {
                Brace b = braces.pop();
                b.exits.add(p.emit(JUMP, -1));
                int fail = p.emit(FAIL, 0); // the last alternative's split has no other way
                p.arg[b.split] = fail;
                for (int exit : b.exits) {
                    p.arg[exit] = p.size;
                }
            } else {
                p.emit(CHAR, c);
            }
        }
        if (!braces.isEmpty()) {
            throw new IllegalArgumentException("unclosed '{' in glob");
        }
        p.emit(MATCH, 0);
    }

    /** An open {@code {...}}: the split before the current alternative, and the jumps out of the others. */
    private static final class Brace {
        int split;
        final List<Integer> exits = new ArrayList<>();
    }

    /** The instructions being built. */
    private static final class Program {
        int[] op = new int[16];
        int[] arg = new int[16];
        int size;

        int emit(int o, int a) {
            if (size == op.length) {
                op = Arrays.copyOf(op, size * 2);
                arg = Arrays.copyOf(arg, size * 2);
            }
            op[size] = o;
            arg[size] = a;
            return size++;
        }

        /** A loop over one character class: {@code L: SPLIT(L+1, out); class; JUMP L; out:}. */
        void star(int cls) {
            int loop = emit(SPLIT, -1);
            emit(cls, 0);
            emit(JUMP, loop);
            arg[loop] = size;
        }

        int[] ops() {
            return Arrays.copyOf(op, size);
        }

        int[] args() {
            return Arrays.copyOf(arg, size);
        }
    }
}
