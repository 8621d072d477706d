package org.symqa.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Collects the bytes of one line of a request head (ended by LF; a CR before it is dropped) across reads, within a
 * length limit. A CR anywhere else is a 400.
 */
final class LineReader {
    private byte[] bytes = new byte[256];
    private int length;

    /**
     * The line when its LF has arrived (as ISO-8859-1, so that every byte is kept), else null; a line longer than
     * {@code limit} bytes (CR not counted) throws the error of {@code tooLong}.
     */
    String read(ByteBuffer in, int limit, Supplier<ApiError> tooLong) throws ApiError {
        while (in.hasRemaining()) {
            byte b = in.get();
            if (b == '\n') {
                int end = length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
                String s = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
                length = 0;
                if (s.indexOf('\r') >= 0) {
                    throw ApiError.http(400, "invalid_request", "bare CR in the request head");
                }
                return s;
            }
            if (length >= limit && !(length == limit && b == '\r')) {
                length = 0;
                throw tooLong.get();
            }
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = b;
        }
        return null;
    }
}
