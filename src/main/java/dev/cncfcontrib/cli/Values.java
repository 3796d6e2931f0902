package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.ChatPlatform;
import dev.cncfcontrib.catalog.GroupKind;
import dev.cncfcontrib.catalog.Identified;
import dev.cncfcontrib.catalog.LegalFilter;
import dev.cncfcontrib.catalog.Maturity;
import dev.cncfcontrib.dco.DcoMode;
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

    abstract static class IdentifiedValues<E extends Enum<E> & Identified> implements ITypeConverter<E>, Iterable<String> {

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

    static final class MaturityValues extends IdentifiedValues<Maturity> {
        MaturityValues() {
            super(Maturity.class, "maturity level");
        }
    }

    static final class LegalValues extends IdentifiedValues<LegalFilter> {
        LegalValues() {
            super(LegalFilter.class, "legal requirement");
        }
    }

    static final class ChatValues extends IdentifiedValues<ChatPlatform> {
        ChatValues() {
            super(ChatPlatform.class, "chat platform");
        }
    }

    static final class GroupKindValues extends IdentifiedValues<GroupKind> {
        GroupKindValues() {
            super(GroupKind.class, "group kind");
        }
    }

    /** Output formats of commands that print many entries. */
    enum ListFormat implements Identified {
        TABLE, JSON, CSV, MARKDOWN;

        @Override
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Output formats of commands that print one entry. */
    enum CardFormat implements Identified {
        TEXT, JSON, MARKDOWN;

        @Override
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final class ListFormatValues extends IdentifiedValues<ListFormat> {
        ListFormatValues() {
            super(ListFormat.class, "list output format");
        }
    }

    static final class CardFormatValues extends IdentifiedValues<CardFormat> {
        CardFormatValues() {
            super(CardFormat.class, "output format");
        }
    }

    static final class DcoModeValues extends IdentifiedValues<DcoMode> {
        DcoModeValues() {
            super(DcoMode.class, "DCO checker");
        }
    }

    /** Output formats of checks and reports. */
    enum ReportFormat implements Identified {
        TEXT, JSON;

        @Override
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final class ReportFormatValues extends IdentifiedValues<ReportFormat> {
        ReportFormatValues() {
            super(ReportFormat.class, "output format");
        }
    }

    /** The shells {@code completion} writes a script for. */
    enum Shell implements Identified {
        BASH, ZSH, FISH;

        @Override
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final class ShellValues extends IdentifiedValues<Shell> {
        ShellValues() {
            super(Shell.class, "shell");
        }
    }
}
