package io.jiuye.api.plugin;

import java.util.List;
import java.util.Objects;

/**
 * How an agreement number is composed when the agreement takes effect (R-SIGN-5), as data: Hubei's "1… electronic,
 * 2… paper" is a {@link Token#channelDigit(String, String)} followed by year, school code and serial. The serial
 * counts per school, year and channel and is allocated under a lock, so numbers are unique and gap-free per series.
 */
public record AgreementNumberFormat(List<Token> tokens) {
    public AgreementNumberFormat {
        tokens = List.copyOf(tokens);
        if (tokens.stream().filter(t -> t.kind() == TokenKind.SERIAL).count() != 1) {
            throw new IllegalArgumentException("an agreement number has exactly one serial");
        }
    }

    public static AgreementNumberFormat of(Token... tokens) {
        return new AgreementNumberFormat(List.of(tokens));
    }

    public enum TokenKind {
        /** Fixed text, {@code value}. */
        LITERAL,
        /** {@code value} for an online agreement, {@code alternative} for an offline one. */
        CHANNEL_DIGIT,
        /** The graduation year, four digits. */
        YEAR,
        /** The school's code (e.g. 10486). */
        SCHOOL_CODE,
        /** The serial per school, year and channel, zero-padded to {@code width}. */
        SERIAL
    }

    /** One part of the number. */
    public record Token(TokenKind kind, String value, String alternative, int width) {
        public Token {
            Objects.requireNonNull(kind, "kind");
            if (kind == TokenKind.SERIAL && width < 1) {
                throw new IllegalArgumentException("a serial has a width");
            }
        }

        public static Token literal(String text) {
            return new Token(TokenKind.LITERAL, Objects.requireNonNull(text), null, 0);
        }

        public static Token channelDigit(String online, String offline) {
            return new Token(TokenKind.CHANNEL_DIGIT, online, offline, 0);
        }

        public static Token year() {
            return new Token(TokenKind.YEAR, null, null, 0);
        }

        public static Token schoolCode() {
            return new Token(TokenKind.SCHOOL_CODE, null, null, 0);
        }

        public static Token serial(int width) {
            return new Token(TokenKind.SERIAL, null, null, width);
        }
    }

    /** The number for these parts; {@code serial} is the allocated serial. */
    public String format(boolean online, int year, String schoolCode, long serial) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            switch (t.kind()) {
                case LITERAL -> b.append(t.value());
                case CHANNEL_DIGIT -> b.append(online ? t.value() : t.alternative());
                case YEAR -> b.append(year);
                case SCHOOL_CODE -> b.append(schoolCode);
                case SERIAL -> {
                    String digits = Long.toString(serial);
                    b.append("0".repeat(Math.max(0, t.width() - digits.length()))).append(digits);
                }
                default -> throw new IllegalStateException();
            }
        }
        return b.toString();
    }
}
