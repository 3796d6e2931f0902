package dev.cncfcontrib.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * JSON generators with one layout (two-space indent, {@code "key": value}, one array item per line) and escapes
 * that keep terminal control characters out: besides what JSON itself escapes, C1 controls, bidirectional
 * overrides and line separators are written as {@code \}{@code uXXXX}.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOutput() {
    }

    public static JsonGenerator generator(Writer writer) {
        try {
            JsonGenerator generator = FACTORY.createGenerator(writer);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setCharacterEscapes(TerminalSafeEscapes.INSTANCE);
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            printer.indentArraysWith(indenter);
            printer.indentObjectsWith(indenter);
            generator.setPrettyPrinter(printer);
            return generator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class TerminalSafeEscapes extends CharacterEscapes {

        static final TerminalSafeEscapes INSTANCE = new TerminalSafeEscapes();

        private final int[] asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();

        private TerminalSafeEscapes() {
            asciiEscapes[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (TerminalText.isUnsafe(ch)) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
