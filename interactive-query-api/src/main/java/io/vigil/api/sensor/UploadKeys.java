package io.vigil.api.sensor;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * S3 keys and display names of uploaded files. A key is {@code <prefix><16 random hex>/<safe name>}: the random
 * segment keeps two uploads of one name apart, the safe name keeps keys printable and free of path tricks.
 */
final class UploadKeys {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_DISPLAY_NAME_LENGTH = 255;
    private static final String FALLBACK_NAME = "upload";

    private final SecureRandom random = new SecureRandom();
    private final String prefix;

    UploadKeys(String prefix) {
        this.prefix = prefix;
    }

    /** A new key for a file the client called {@code fileName} (may be null). */
    String newKey(String fileName) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes) + "/" + safeName(fileName);
    }

    /** The name reduced to {@code [A-Za-z0-9._-]} (others become {@code _}), at most 100 characters. */
    static String safeName(String fileName) {
        String name = displayName(fileName);
        StringBuilder safe = new StringBuilder(Math.min(name.length(), MAX_NAME_LENGTH));
        for (int i = 0; i < name.length() && safe.length() < MAX_NAME_LENGTH; i++) {
            char c = name.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == '-';
            safe.append(allowed ? c : '_');
        }
        boolean onlyDots = safe.chars().allMatch(c -> c == '.');
        return onlyDots ? FALLBACK_NAME : safe.toString();
    }

    /**
     * The name as the client gave it, for display: its last path segment (browsers may send a whole path), control
     * characters dropped, at most 255 characters.
     */
    static String displayName(String fileName) {
        if (fileName == null) {
            return FALLBACK_NAME;
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        StringBuilder name = new StringBuilder();
        fileName.substring(slash + 1)
                .codePoints()
                .filter(c -> !Character.isISOControl(c))
                .limit(MAX_DISPLAY_NAME_LENGTH)
                .forEach(name::appendCodePoint);
        String display = name.toString().strip();
        return display.isEmpty() ? FALLBACK_NAME : display;
    }
}
