package io.vigil.api.sensor;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether the start of a file looks like text: no NUL byte and valid UTF-8 in its first 8 KiB. */
final class TextSniff {

    static final int SNIFF_BYTES = 8 * 1024;

    private TextSniff() {}

    /**
     * @param bytes     the start of the file
     * @param length    how many of {@code bytes} hold file content
     * @param wholeFile whether these are all the file's bytes: then a multi-byte character cut off at the end is
     *                  invalid, otherwise it may continue beyond what is looked at
     */
    static boolean looksLikeText(byte[] bytes, int length, boolean wholeFile) {
        int checked = Math.min(length, SNIFF_BYTES);
        for (int i = 0; i < checked; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, checked);
        CharBuffer out = CharBuffer.allocate(checked);
        CoderResult result = decoder.decode(in, out, wholeFile && checked == length);
        if (result.isError()) {
            return false;
        }
        // Underflow with bytes left: a character cut at the end. Only an error when nothing follows.
        return !(wholeFile && checked == length && in.hasRemaining());
    }
}
