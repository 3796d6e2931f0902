package dev.cncfcontrib.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * File names the JVM cannot represent. It turns file names from bytes into text with the locale's character set
 * ({@code sun.jnu.encoding}, fixed at start: a command-line property cannot change it on JDK 17), so under the C
 * locale {@code café.json} and a folder named {@code répo} are lost before the program sees them. The launcher
 * runs the JVM under C.UTF-8 for that reason; this says what to do when it was started some other way.
 */
final class FileNames {

    private FileNames() {
    }

    /** Empty when file names are UTF-8; else the advice to add to a message about a name that could not be used. */
    static String localeAdvice() {
        String encoding = System.getProperty("sun.jnu.encoding");
        try {
            if (encoding == null || Charset.forName(encoding).equals(StandardCharsets.UTF_8)) {
                return "";
            }
        } catch (IllegalArgumentException unknown) {
            // advise as for any other character set
        }
        return ": this Java reads file names as " + encoding + " (the C or POSIX locale), which cannot hold every name;"
                + " run it under a UTF-8 locale, for example with LC_ALL=C.UTF-8 (bin/cncf-contrib does so itself)";
    }

    /** Converts an option's text to a path, saying why a name cannot be used instead of quoting the JDK. */
    static final class Converter implements ITypeConverter<Path> {

        @Override
        public Path convert(String value) {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                String advice = localeAdvice();
                throw new TypeConversionException("cannot use the file name '" + value + "'"
                        + (advice.isEmpty() ? ": " + e.getReason() : advice));
            }
        }
    }
}
