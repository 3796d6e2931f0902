package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Identified;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values spelled as the catalog spells them (lower case, with hyphens), accepted in any case. Each class
 * is both the converter and the list of completion candidates, so help, errors and completion agree.
 */
final class Values {

    private Values() {
    }

    /** The ids of {@code type}: {@code what} names a value in errors ("'x' is not a maturity level; valid values: ..."). */
    static final class IdentifiedValues<E extends Enum<E> & Identified> implements ITypeConverter<E>, Iterable<String> {

        private final Class<E> type;
        private final String what;

        IdentifiedValues(Class<E> type, String what) {
            this.type = type;
            this.what = what;
        }

        @Override
        public E convert(String value) {
            try {
                return Identified.parse(type, value);
            } catch (IllegalArgumentException e) {
                String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
                throw new TypeConversionException("'" + value + "' is not " + article + what + "; valid values: "
                        + String.join(", ", Identified.ids(type)));
            }
        }

        @Override
        public Iterator<String> iterator() {
            return Identified.ids(type).iterator();
        }
    }

    /** Output formats of commands that print many entries. */
    enum ListFormat implements Identified {
        TABLE, JSON, CSV, MARKDOWN
    }

    /** Output formats of commands that print one entry. */
    enum CardFormat implements Identified {
        TEXT, JSON, MARKDOWN
    }

    /** Output formats of checks and reports. */
    enum ReportFormat implements Identified {
        TEXT, JSON
    }

    /** The shells {@code completion} writes a script for. */
    enum Shell implements Identified {
        BASH, ZSH, FISH
    }
}
