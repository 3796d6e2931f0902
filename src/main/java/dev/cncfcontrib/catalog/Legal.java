package dev.cncfcontrib.catalog;

/** The legal requirement for contributions, with how it was established. */
public record Legal(LegalKind kind, LegalBasis basis, String signingUrl, boolean signedCommits, String note) {
}
