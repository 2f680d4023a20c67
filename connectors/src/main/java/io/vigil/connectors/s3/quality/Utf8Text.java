package io.vigil.connectors.s3.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads bytes as UTF-8 text, dropping a leading byte-order mark and failing on malformed input with a
 * {@link java.nio.charset.CharacterCodingException} rather than quietly turning it into U+FFFD, which would let a
 * binary or mis-encoded object pass the CSV checks. Shared with the sensor CSV reader.
 */
public final class Utf8Text {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Text() {}

    /**
     * The text of {@code bytes}, without a leading BOM; reading it throws a
     * {@link java.nio.charset.CharacterCodingException} at the first malformed byte.
     *
     * @throws IOException when reading the first bytes fails
     */
    public static Reader open(InputStream bytes) throws IOException {
        PushbackInputStream in = new PushbackInputStream(bytes, BOM.length);
        byte[] head = new byte[BOM.length];
        int n = in.readNBytes(head, 0, head.length);
        if (n < BOM.length || head[0] != BOM[0] || head[1] != BOM[1] || head[2] != BOM[2]) {
            in.unread(head, 0, n);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }
}
