package io.vigil.topology.delivery.expectation;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An upper estimate, meant never to fall below the truth, of how many instructions RE2J compiles a pattern into. RE2J expands counted
 * repetition ({@code x{n,m}} becomes m copies of x) before it compiles and, unlike Go's regexp, puts no limit on the
 * product of nested counts: the 23 characters {@code ((a{1000}){1000}){1000}} exhaust any heap. So the size is
 * checked before a pattern is compiled. Every literal, class and operator counts one; an atom under a count counts
 * (count + 1) times, nested counts multiply, and alternatives add up.
 */
final class RegexSize {

    private static final long CAP = 1_000_000_000_000L;
    private static final int MAX_COUNT = 1_000_000;

    private final String regex;
    private final Deque<Group> groups = new ArrayDeque<>();
    private int pos;

    /** Sizes within one group: finished alternatives, the alternative being read, and its last atom. */
    private static final class Group {
        long done;
        long current;
        long last;
    }

    private RegexSize(String regex) {
        this.regex = regex;
    }

    /** The estimated program size of {@code regex}, saturating at 10^12. */
    static long estimate(String regex) {
        return new RegexSize(regex).scan();
    }

    private long scan() {
        groups.push(new Group());
        while (pos < regex.length()) {
            switch (regex.charAt(pos)) {
                case '\\' -> escape();
                case '[' -> characterClass();
                case '(' -> {
                    pos++;
                    groups.push(new Group());
                }
                case ')' -> closeGroup();
                case '|' -> alternative();
                case '{' -> countOrLiteral();
                case '*', '+', '?' -> {
                    pos++;
                    groups.peek().current = add(groups.peek().current, 1);
                }
                default -> {
                    pos++;
                    atom(1);
                }
            }
        }
        while (groups.size() > 1) {
            closeGroup();
        }
        return add(groups.peek().done, groups.peek().current);
    }

    private void atom(long size) {
        Group group = groups.peek();
        group.current = add(group.current, size);
        group.last = size;
    }

    private void closeGroup() {
        pos++;
        if (groups.size() == 1) {
            atom(1); // an unbalanced ')': RE2J refuses the pattern anyway
            return;
        }
        Group closed = groups.pop();
        atom(add(add(closed.done, closed.current), 1));
    }

    private void alternative() {
        pos++;
        Group group = groups.peek();
        group.done = add(group.done, group.current);
        group.current = 0;
        group.last = 0;
    }

    private void escape() {
        pos++;
        if (pos >= regex.length()) {
            return;
        }
        char escaped = regex.charAt(pos);
        if (escaped == 'Q') {
            int end = regex.indexOf("\\E", pos);
            int stop = end < 0 ? regex.length() : end;
            atom(Math.max(1, stop - pos - 1));
            pos = end < 0 ? regex.length() : end + 2;
        } else {
            skipEscapedChar();
            atom(1);
        }
    }

    /** Skips the character after a backslash, or a whole {@code \p{Name}} or {@code \x{hex}}. */
    private void skipEscapedChar() {
        char escaped = regex.charAt(pos);
        boolean braced = (escaped == 'p' || escaped == 'P' || escaped == 'x')
                && pos + 1 < regex.length()
                && regex.charAt(pos + 1) == '{';
        int close = braced ? regex.indexOf('}', pos) : -1;
        pos = braced ? (close < 0 ? regex.length() : close + 1) : pos + 1;
    }

    private void characterClass() {
        pos++;
        if (pos < regex.length() && regex.charAt(pos) == '^') {
            pos++;
        }
        if (pos < regex.length() && regex.charAt(pos) == ']') {
            pos++; // a ']' first in a class is a literal
        }
        while (pos < regex.length()) {
            char c = regex.charAt(pos);
            if (c == ']') {
                pos++;
                break;
            } else if (c == '\\' && pos + 1 < regex.length()) {
                pos++;
                skipEscapedChar();
            } else if (c == '[' && regex.startsWith("[:", pos) && regex.indexOf(":]", pos + 2) > 0) {
                pos = regex.indexOf(":]", pos + 2) + 2;
            } else {
                pos++;
            }
        }
        atom(1);
    }

    /** A counted repetition {@code {n}}, {@code {n,}} or {@code {n,m}}; any other brace is a literal in RE2. */
    private void countOrLiteral() {
        int close = regex.indexOf('}', pos);
        long count = close < 0 ? -1 : count(regex.substring(pos + 1, close));
        if (count < 0) {
            pos++;
            atom(1);
            return;
        }
        pos = close + 1;
        Group group = groups.peek();
        long repeated = Math.min(CAP, group.last * (count + 1));
        group.current = add(group.current - group.last, repeated);
        group.last = repeated;
    }

    /** The largest number of copies {@code n}, {@code n,} or {@code n,m} asks for, or -1 when it is not a count. */
    private static long count(String body) {
        int comma = body.indexOf(',');
        String min = comma < 0 ? body : body.substring(0, comma);
        String max = comma < 0 ? "" : body.substring(comma + 1);
        if (!isNumber(min) || (!max.isEmpty() && !isNumber(max))) {
            return -1;
        }
        long copies = Math.max(number(min), max.isEmpty() ? 0 : number(max));
        return comma >= 0 && max.isEmpty() ? copies + 1 : copies;
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static long number(String digits) {
        return digits.length() > 7 ? MAX_COUNT : Math.min(MAX_COUNT, Long.parseLong(digits));
    }

    private static long add(long a, long b) {
        return Math.min(CAP, a + b);
    }
}
