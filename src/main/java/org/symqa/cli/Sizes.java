package org.symqa.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Sizes in bytes on the command line: a whole number, or one with K, M or G (KiB, MiB, GiB): {@code 1M} is 1,048,576. */
final class Sizes implements ITypeConverter<Long> {
    static final long KIB = 1024;
    static final long MIB = 1024 * KIB;
    static final long GIB = 1024 * MIB;

    @Override
    public Long convert(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT).replaceAll("I?B$", "");
        long unit = 1;
        if (v.endsWith("K")) {
            unit = KIB;
        } else if (v.endsWith("M")) {
            unit = MIB;
        } else if (v.endsWith("G")) {
            unit = GIB;
        }
        if (unit > 1) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n < 1 || n > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a size (a positive number of bytes, or 64K, 1M, 2G)");
        }
    }

    /** {@code 1,048,576 bytes}. */
    static String bytes(long n) {
        return org.symqa.batch.LineAnswerer.bytes(n);
    }
}
