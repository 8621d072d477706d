package org.symqa.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who may call a server: the API key, the Host names requests may name (against DNS rebinding), and the browser
 * origins allowed by CORS.
 *
 * <p>A request's Host passes when it is an IP address, {@code localhost}, the name the server binds, or a name of
 * {@code allowedHosts}; {@code *} there lets every name pass. A DNS-rebinding page always names its own domain, so
 * it is refused. Browser requests (those with an {@code Origin}) pass only from an origin of {@code corsOrigins}
 * ({@code *}: any); with none listed, no browser page may call the server.
 *
 * @param apiKey       the Bearer token every {@code /v1} and {@code /metrics} request must carry, or null for none
 * @param allowedHosts Host names allowed besides IP addresses, localhost and the bound name (lower case)
 * @param corsOrigins  browser origins allowed ({@code scheme://host[:port]}, {@code null} or {@code *}); empty: CORS off
 */
public record Access(String apiKey, List<String> allowedHosts, List<String> corsOrigins) {
    private static final Pattern ORIGIN = Pattern.compile("https?://[^/?#\\s]+");
    private static final Pattern NAME = Pattern.compile("\\*|[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
    private static final Pattern IP = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|\\[[0-9a-f:.]+\\]");

    public Access {
        if (apiKey != null && apiKey.isBlank()) {
            throw new IllegalArgumentException("API key is blank");
        }
        allowedHosts = allowedHosts.stream().map(h -> stripDot(h.strip().toLowerCase(Locale.ROOT))).toList();
        for (String h : allowedHosts) {
            if (!NAME.matcher(h).matches()) {
                throw new IllegalArgumentException("--allow-host " + h + ": not a host name (give the name without "
                        + "port or scheme, or * for any)");
            }
        }
        corsOrigins = corsOrigins.stream().map(Access::normaliseOrigin).toList();
        for (String o : corsOrigins) {
            if (!o.equals("*") && !o.equals("null") && !ORIGIN.matcher(o).matches()) {
                throw new IllegalArgumentException("--cors-origin " + o + ": not an origin (scheme://host[:port], "
                        + "null, or * for any)");
            }
        }
    }

    /** No key, the default Host names, no CORS. */
    public static Access open() {
        return new Access(null, List.of(), List.of());
    }

    /** The key as UTF-8 bytes, or null. */
    byte[] keyBytes() {
        return apiKey == null ? null : apiKey.getBytes(StandardCharsets.UTF_8);
    }

    /** True when CORS is on. */
    boolean cors() {
        return !corsOrigins.isEmpty();
    }

    /** True when a browser page of this origin may call the server. */
    boolean originAllowed(String origin) {
        String o = normaliseOrigin(origin);
        return corsOrigins.contains("*") || corsOrigins.contains(o);
    }

    /**
     * True when a request naming this Host (header value, port included) may be answered by a server bound to
     * {@code boundHost}; a missing Host (HTTP/1.0) passes.
     */
    boolean hostAllowed(String hostHeader, String boundHost) {
        if (hostHeader == null || allowedHosts.contains("*")) {
            return true;
        }
        String name = hostName(hostHeader);
        return IP.matcher(name).matches() || name.equals("localhost")
                || name.equals(stripDot(boundHost.toLowerCase(Locale.ROOT))) || allowedHosts.contains(name);
    }

    /** The host name of a Host header value: lower case, without port and trailing dot (IPv6 kept in brackets). */
    static String hostName(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return stripDot(colon < 0 ? h : h.substring(0, colon));
    }

    private static String normaliseOrigin(String o) {
        String s = o.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static String stripDot(String h) {
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
