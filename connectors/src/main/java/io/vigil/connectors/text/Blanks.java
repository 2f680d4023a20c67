package io.vigil.connectors.text;

/** Trimming of a range of the parser's buffer without copying it; blanks are what {@link String#trim} removes. */
public final class Blanks {

    private Blanks() {}

    /** The first index in {@code [from, to)} that is not blank, or {@code to}. */
    public static int skipLeading(char[] text, int from, int to) {
        int i = from;
        while (i < to && text[i] <= ' ') {
            i++;
        }
        return i;
    }

    /** The end of {@code [from, to)} without its trailing blanks. */
    public static int skipTrailing(char[] text, int from, int to) {
        int i = to;
        while (i > from && text[i - 1] <= ' ') {
            i--;
        }
        return i;
    }
}
